/**
 * Import scenario files: pick YAML or JSON files, see what each holds and every problem by line
 * and field, then import the ones that can be read (as drafts; problems only block publishing).
 */
import { useState } from 'react';
import { Alert, Badge, Button, FileButton, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import type { ScenarioImportResult } from '../../../../../shared/contract/scenario-ops';
import { api } from '../../../api/client';
import { useSubmit } from '../../../components/use-submit';

const OUTCOME = { new: { label: 'New scenario', color: 'teal' }, update: { label: 'Updates the draft', color: 'yellow' }, refused: { label: 'Cannot import', color: 'red' } } as const;

export function ImportFilesModal({ opened, onClose, onImported }: { opened: boolean; onClose: () => void; onImported: (count: number) => void }) {
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [preview, setPreview] = useState<ScenarioImportResult | null>(null);
  const submit = useSubmit();

  const close = () => {
    setFiles([]);
    setPreview(null);
    submit.setError(null);
    onClose();
  };

  const pick = (picked: File[]) =>
    void submit.run(async () => {
      const read = await Promise.all(picked.map(async (f) => ({ name: f.name, text: await f.text() })));
      setFiles(read);
      setPreview(read.length ? await api.importScenarioFiles({ files: read, dryRun: true }) : null);
    });

  const importable = preview?.files.filter((f) => f.outcome !== 'refused').length ?? 0;
  const confirm = () =>
    void submit.run(async () => {
      const done = await api.importScenarioFiles({ files });
      onImported(done.imported);
      close();
    });

  return (
    <Modal opened={opened} onClose={close} title="Import scenario files" size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          One scenario per file, YAML (.yaml, .yml) or JSON. Files are imported as drafts: publish them from the editor once they have no problems. A file with
          the id of an existing scenario replaces that scenario's draft.
        </Text>
        <FileButton onChange={pick} accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" multiple>
          {(props) => (
            <Button {...props} variant="light" leftSection={<IconFileUpload size={16} />} w="fit-content" loading={submit.busy && !preview}>
              Choose files…
            </Button>
          )}
        </FileButton>
        {submit.error && (
          <Alert color="red" role="alert">
            {submit.error}
          </Alert>
        )}
        {preview && (
          <Stack gap="xs" aria-label="Files to import">
            {preview.files.map((f) => (
              <Paper key={f.file} withBorder p="sm" radius="md" role="group" aria-label={f.file}>
                <Group justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600} size="sm">
                      {f.file}
                    </Text>
                    {f.title && (
                      <Text size="xs" c="dimmed">
                        {f.title} ({f.scenarioId})
                      </Text>
                    )}
                  </div>
                  <Badge color={OUTCOME[f.outcome].color} variant="light">
                    {OUTCOME[f.outcome].label}
                  </Badge>
                </Group>
                {f.problems.length > 0 && (
                  <List size="xs" mt="xs" spacing={2}>
                    {f.problems.map((p, i) => (
                      <List.Item key={i}>
                        {p.line !== undefined && <b>line {p.line}</b>}
                        {p.line !== undefined && p.field && ', '}
                        {p.field && <code>{p.field}</code>}
                        {(p.line !== undefined || p.field) && ': '}
                        {p.message}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Paper>
            ))}
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={confirm} disabled={importable === 0} loading={submit.busy && preview !== null}>
            {importable === 1 ? 'Import 1 file' : `Import ${importable} files`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
