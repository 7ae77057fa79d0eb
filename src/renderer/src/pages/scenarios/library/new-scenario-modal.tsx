/** "New scenario": a title, then straight into the editor with a blank draft. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { api } from '../../../api/client';
import { useSubmit } from '../../../components/use-submit';

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
          {submit.error && <Alert color="red">{submit.error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.busy}>
              Create and edit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
