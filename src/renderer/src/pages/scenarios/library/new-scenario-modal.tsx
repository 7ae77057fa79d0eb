/** "New scenario": a title, then straight into the editor with a blank draft. */
import { useState } from 'react';
import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { api } from '../../../api/client';
import { useSubmit } from '../../../components/use-submit';
import { FormFooter } from '../../../components/form-footer';

export function NewScenarioModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const [title, setTitle] = useState('');
  const submit = useSubmit();
  const create = () =>
    void submit.run(async () => {
      const created = await api.createScenario({ title });
      setTitle('');
      onCreated(created.item.id);
    });
  return (
    <Modal opened={opened} onClose={onClose} title="New scenario">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <Stack gap="sm">
          <TextInput label="Title" placeholder="e.g. Boots sold out after an Instagram post" value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
          <Text size="xs" c="dimmed">
            To build one from a real chat, open the chat on the Transcripts page and choose "Turn into scenario".
          </Text>
          <FormFooter error={submit.error} busy={submit.busy} submitLabel={'Create and edit'} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
