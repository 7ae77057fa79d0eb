/** Rename and tag a transcript. */
import { useEffect, useState } from 'react';
import { Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import type { TranscriptListItem } from '../../../../../shared/domain/transcript-list-item';
import { api } from '../../../api/client';
import { useSubmit } from '../../../components/use-submit';
import { FormFooter } from '../../../components/form-footer';

export function EditTranscriptModal({ item, onClose, onSaved }: { item: TranscriptListItem | null; onClose: () => void; onSaved: (item: TranscriptListItem) => void }) {
  const [title, setTitle] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const submit = useSubmit();
  useEffect(() => {
    if (item) {
      setTitle(item.title);
      setTags(item.tags);
      submit.setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item]);
  const save = () =>
    void submit.run(async () => {
      if (!item) return;
      onSaved(await api.updateTranscript({ id: item.id, title, tags }));
    });
  return (
    <Modal opened={item !== null} onClose={onClose} title="Rename and tag">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack>
          <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} required data-autofocus error={submit.fieldErrors.title} />
          <TagsInput label="Tags" description="Press Enter after each tag." value={tags} onChange={setTags} maxTags={20} />
          <FormFooter error={submit.fieldErrors.title ? null : submit.error} busy={submit.busy} submitLabel={'Save'} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
