/** Title and tags, then the only step that writes: the reviewed, redacted conversations. */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import type { ImportPreview } from '../../../../../shared/contract/transcript-ops';
import { api } from '../../../api/client';
import { useSubmit } from '../../../components/use-submit';

export function SaveImportForm({ preview, keptCount, onBack, onCancel, onSaved }: { preview: ImportPreview; keptCount: number; onBack: () => void; onCancel: () => void; onSaved: (ids: string[]) => void }) {
  const [title, setTitle] = useState(preview.title);
  const [tags, setTags] = useState<string[]>([]);
  const submit = useSubmit();
  const save = () =>
    void submit.run(async () => {
      const saved = await api.saveTranscriptImport({ sessionId: preview.sessionId, title: title.trim() || undefined, tags });
      onSaved(saved.transcripts.map((t) => t.id));
    });
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Title order={4}>Save to the library</Title>
        <Group grow align="start">
          <TextInput label="Title" description={keptCount > 1 ? 'Each conversation gets this title and its date.' : undefined} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} />
          <TagsInput label="Tags" description="Press Enter after each tag." value={tags} onChange={setTags} maxTags={20} placeholder="e.g. sizing, COD" />
        </Group>
        {submit.error && (
          <Alert color="red" role="alert">
            {submit.error}
          </Alert>
        )}
        <Group>
          <Button onClick={save} loading={submit.busy}>
            {keptCount > 1 ? `Save ${keptCount} transcripts` : 'Save transcript'}
          </Button>
          <Button variant="default" onClick={onBack} disabled={submit.busy}>
            Back to who is who
          </Button>
          <Button variant="subtle" color="red" onClick={onCancel} disabled={submit.busy}>
            Cancel import
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
