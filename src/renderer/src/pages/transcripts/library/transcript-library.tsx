/**
 * The transcript library: search, the list (or the trash), rename and tag, trash and restore,
 * empty the trash, and the way in to a new import (button, or drop a file on the page).
 */
import { useMemo, useState } from 'react';
import { Button, Group, Loader, Modal, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconMessages, IconSearch, IconTrash } from '@tabler/icons-react';
import type { TranscriptListItem } from '../../../../../shared/domain/transcript-list-item';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { FileDropZone } from '../import/file-drop-zone';
import { CHANNEL_LABELS, IMPORT_ROUTE, TRASH_ROUTE } from '../transcript-labels';
import { EditTranscriptModal } from './edit-transcript-modal';
import { TranscriptTable } from './transcript-table';
import { runWithNotice } from '../../../components/run-with-notice';

function matches(item: TranscriptListItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [item.title, CHANNEL_LABELS[item.channel], ...item.tags, ...item.participants.map((p) => p.name)].some((s) => s.toLowerCase().includes(q));
}

export function TranscriptLibrary({ trash, onImport }: { trash: boolean; onImport: (files: File[]) => void }) {
  const list = useAsync(() => api.listTranscripts({}), []);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<TranscriptListItem | null>(null);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const all = list.data ?? [];
  const trashed = all.filter((i) => i.trashedAt !== null);
  const shown = useMemo(() => all.filter((i) => (i.trashedAt !== null) === trash && matches(i, query)), [all, trash, query]);

  const act = async (action: () => Promise<unknown>, message: string) => {
    await runWithNotice(action, message);
    list.reload();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>Transcripts</Title>
          <Text c="dimmed" size="sm">
            Your shop's real chats, with customers' personal data hidden, ready to turn into training scenarios.
          </Text>
        </div>
        <Button component="a" href={`#/${IMPORT_ROUTE}`} leftSection={<IconFileImport size={18} />}>
          Import a chat
        </Button>
      </Group>
      <Group justify="space-between">
        <SegmentedControl
          value={trash ? 'trash' : 'library'}
          onChange={(v) => (window.location.hash = v === 'trash' ? `/${TRASH_ROUTE}` : '/transcripts')}
          data={[
            { value: 'library', label: 'Library' },
            { value: 'trash', label: `Trash${trashed.length ? ` (${trashed.length})` : ''}` },
          ]}
          aria-label="Show"
        />
        <Group>
          <TextInput placeholder="Search title, tag, channel" leftSection={<IconSearch size={16} />} value={query} onChange={(e) => setQuery(e.currentTarget.value)} aria-label="Search transcripts" w={280} />
          {trash && trashed.length > 0 && (
            <Button color="red" variant="light" leftSection={<IconTrash size={16} />} onClick={() => setConfirmEmpty(true)}>
              Empty trash
            </Button>
          )}
        </Group>
      </Group>

      {list.error && <ErrorState title="Could not load the transcripts" error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loader aria-label="Loading transcripts" />}
      {list.data && shown.length > 0 && (
        <TranscriptTable
          items={shown}
          trash={trash}
          onEdit={setEditing}
          onTrash={(item) => void act(() => api.trashTranscript({ id: item.id }), `"${item.title}" moved to the trash. You can restore it from there.`)}
          onRestore={(item) => void act(() => api.restoreTranscript({ id: item.id }), `"${item.title}" is back in the library.`)}
        />
      )}
      {list.data && shown.length === 0 && query.trim() !== '' && <EmptyState icon={<IconSearch />} title="Nothing matches">Try another word, or clear the search.</EmptyState>}
      {list.data && shown.length === 0 && query.trim() === '' && trash && <EmptyState icon={<IconTrash />} title="The trash is empty">Transcripts you delete wait here until you empty the trash.</EmptyState>}
      {list.data && shown.length === 0 && query.trim() === '' && !trash && (
        <EmptyState icon={<IconMessages />} title="No chats imported yet">
          Export a chat from WhatsApp, Messenger, Instagram, Telegram or LINE and drop it below. Phone numbers, emails, addresses, card and account numbers and customers' names are hidden before anything is
          saved, and you review every change.
        </EmptyState>
      )}
      {!trash && <FileDropZone compact={all.length > 0} onFiles={onImport} />}

      <EditTranscriptModal
        item={editing}
        onClose={() => setEditing(null)}
        onSaved={(item) => {
          setEditing(null);
          notifications.show({ color: 'teal', message: `"${item.title}" saved.` });
          list.reload();
        }}
      />
      <Modal opened={confirmEmpty} onClose={() => setConfirmEmpty(false)} title="Empty the trash?">
        <Stack>
          <Text>
            {trashed.length === 1 ? 'The transcript in the trash is' : `The ${trashed.length} transcripts in the trash are`} deleted for good. Scenarios already made from them keep their steps.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmEmpty(false)}>
              Keep them
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirmEmpty(false);
                void act(() => api.emptyTranscriptTrash({}), 'The trash is empty.');
              }}
            >
              Delete for good
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
