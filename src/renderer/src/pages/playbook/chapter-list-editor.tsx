/**
 * The draft's chapters: pick one to edit, add, rename, reorder (drag, or the up/down buttons for
 * the keyboard) and delete after a confirmation.
 */
import { useState } from 'react';
import { ActionIcon, Button, Group, Modal, Paper, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Chapter, PlaybookDraft } from '../../../../shared/domain/playbook';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';

export interface ChapterListEditorProps {
  chapters: Chapter[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onDraftChanged: (draft: PlaybookDraft | null, select?: string) => void;
}

type Dialog = { kind: 'add' } | { kind: 'rename'; chapter: Chapter } | { kind: 'delete'; chapter: Chapter } | null;

export function ChapterListEditor({ chapters, selectedId, onSelect, onDraftChanged }: ChapterListEditorProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [title, setTitle] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const submit = useSubmit();

  const reorder = (ids: string[]) =>
    submit.run(async () => onDraftChanged(await api.reorderPlaybookChapters({ ids })));
  const move = (index: number, by: number) => {
    const ids = chapters.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    ids.splice(Math.max(0, Math.min(ids.length, index + by)), 0, id);
    void reorder(ids);
  };
  const dropOn = (targetId: string) => {
    if (!dragging || dragging === targetId) return;
    const ids = chapters.map((c) => c.id).filter((id) => id !== dragging);
    ids.splice(ids.indexOf(targetId) + (chapters.findIndex((c) => c.id === dragging) < chapters.findIndex((c) => c.id === targetId) ? 1 : 0), 0, dragging);
    setDragging(null);
    void reorder(ids);
  };

  const open = (next: Dialog) => {
    submit.setError(null);
    setTitle(next?.kind === 'rename' ? next.chapter.title : '');
    setDialog(next);
  };
  const confirm = () =>
    submit.run(async () => {
      if (dialog?.kind === 'add') {
        const chapter = await api.addPlaybookChapter({ title });
        onDraftChanged(null, chapter.id);
      } else if (dialog?.kind === 'rename') {
        onDraftChanged(await api.renamePlaybookChapter({ id: dialog.chapter.id, title }));
      } else if (dialog?.kind === 'delete') {
        onDraftChanged(await api.deletePlaybookChapter({ id: dialog.chapter.id }));
        notifications.show({ message: `Chapter “${dialog.chapter.title}” deleted from the draft.` });
      }
      setDialog(null);
    });

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          Chapters
        </Text>
        <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => open({ kind: 'add' })}>
          Add chapter
        </Button>
      </Group>
      {chapters.length === 0 && (
        <Text size="sm" c="dimmed">
          No chapters yet. Add the first one.
        </Text>
      )}
      <Stack gap={4} role="list" aria-label="Chapters of the draft">
        {chapters.map((chapter, index) => (
          <Paper
            key={chapter.id}
            role="listitem"
            withBorder
            radius="sm"
            p={6}
            draggable
            onDragStart={() => setDragging(chapter.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => dropOn(chapter.id)}
            bg={chapter.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
            style={{ opacity: dragging === chapter.id ? 0.5 : 1 }}
          >
            <Group gap={4} wrap="nowrap" align="flex-start">
              <IconGripVertical size={14} style={{ cursor: 'grab', flex: 'none', marginTop: 3 }} aria-hidden />
              <UnstyledButton onClick={() => onSelect(chapter.id)} style={{ flex: 1, minWidth: 0 }} aria-current={chapter.id === selectedId ? 'true' : undefined} aria-label={`${index + 1}. ${chapter.title}`}>
                <Text size="sm" fw={chapter.id === selectedId ? 600 : 400} lineClamp={2}>
                  {index + 1}. {chapter.title}
                </Text>
              </UnstyledButton>
            </Group>
            <Group gap={2} justify="flex-end" wrap="nowrap">
              <Tooltip label="Move up">
                <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Move “${chapter.title}” up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  <IconArrowUp size={14} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Move down">
                <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Move “${chapter.title}” down`} disabled={index === chapters.length - 1} onClick={() => move(index, 1)}>
                  <IconArrowDown size={14} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Rename">
                <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Rename “${chapter.title}”`} onClick={() => open({ kind: 'rename', chapter })}>
                  <IconPencil size={14} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Delete">
                <ActionIcon size="sm" variant="subtle" color="red" aria-label={`Delete “${chapter.title}”`} onClick={() => open({ kind: 'delete', chapter })}>
                  <IconTrash size={14} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        ))}
      </Stack>
      {submit.error && !dialog && (
        <Text size="sm" c="red" role="alert">
          {submit.error}
        </Text>
      )}
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'add' ? 'Add a chapter' : dialog?.kind === 'rename' ? 'Rename the chapter' : 'Delete the chapter?'}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <Stack>
            {dialog?.kind === 'delete' ? (
              <Text>
                “{dialog.chapter.title}” and its text will be removed from the draft. Published versions keep it until you publish again.
              </Text>
            ) : (
              <TextInput label="Chapter title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus required maxLength={120} />
            )}
            {submit.error && (
              <Text size="sm" c="red" role="alert">
                {submit.error}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                Cancel
              </Button>
              <Button type="submit" color={dialog?.kind === 'delete' ? 'red' : undefined} loading={submit.busy}>
                {dialog?.kind === 'add' ? 'Add chapter' : dialog?.kind === 'rename' ? 'Rename' : 'Delete chapter'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
