/**
 * Service standards: the list, and a page per standard with its structured fields and the chapters
 * that embed it. Leaders work on the draft's standards (add, edit, delete); everyone else reads the
 * published ones.
 */
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCertificate, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { PlaybookContent, PlaybookDraft, ServiceStandard } from '../../../../shared/domain/playbook';
import { findStandardChapters } from './standard-chapters';
import { api } from '../../api/client';
import { EmptyState } from '../../components/empty-state';
import { useSubmit } from '../../components/use-submit';
import { StandardDetails } from './standard-details';
import { StandardForm } from './standard-form';

export interface StandardsTabProps {
  content: PlaybookContent;
  editable: boolean;
  standardId: string | undefined;
  onOpenStandard: (id: string | undefined) => void;
  onOpenChapter: (id: string) => void;
  onDraftChanged: (draft: PlaybookDraft | null) => void;
}

export function StandardsTab({ content, editable, standardId, onOpenStandard, onOpenChapter, onDraftChanged }: StandardsTabProps) {
  const [editing, setEditing] = useState<ServiceStandard | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ServiceStandard | null>(null);
  const submit = useSubmit();
  const standard = content.standards.find((s) => s.id === standardId);

  const saved = (s: ServiceStandard) => {
    notifications.show({ color: 'teal', message: `“${s.title}” saved in the draft.` });
    setEditing(null);
    onDraftChanged(null);
    onOpenStandard(s.id);
  };
  const remove = () =>
    submit.run(async () => {
      onDraftChanged(await api.deletePlaybookStandard({ id: deleting!.id }));
      notifications.show({ message: `“${deleting!.title}” deleted from the draft.` });
      setDeleting(null);
      onOpenStandard(undefined);
    });

  const form = editing && <StandardForm key={editing === 'new' ? 'new' : editing.id} standard={editing === 'new' ? null : editing} opened onClose={() => setEditing(null)} onSaved={saved} />;

  if (standardId && standard) {
    const chapters = findStandardChapters(content, standard.id);
    return (
      <Stack>
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => onOpenStandard(undefined)}>
            All standards
          </Button>
          {editable && (
            <Group gap="xs">
              <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => setEditing(standard)}>
                Edit standard
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => (submit.setError(null), setDeleting(standard))}>
                Delete
              </Button>
            </Group>
          )}
        </Group>
        <Paper withBorder radius="md" p="lg">
          <StandardDetails standard={standard} standards={content.standards} />
          <Text size="sm" c="dimmed" mt="lg">
            Id: <code>{standard.id}</code> — embed it in a chapter with <code>[[standard:{standard.id}]]</code>.{' '}
            {chapters.length > 0 ? 'Appears in: ' : 'No chapter embeds it yet.'}
            {chapters.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Anchor component="button" type="button" size="sm" onClick={() => onOpenChapter(c.id)}>
                  {c.title}
                </Anchor>
              </span>
            ))}
          </Text>
        </Paper>
        {form}
        <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this standard?">
          <Stack>
            <Text>“{deleting?.title}” will be removed from the draft. Published versions keep it. Scenarios that score against it must be changed first.</Text>
            {submit.error && (
              <Alert color="red" role="alert">
                {submit.error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDeleting(null)}>
                Cancel
              </Button>
              <Button color="red" loading={submit.busy} onClick={() => void remove()}>
                Delete standard
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3}>Service standards</Title>
          <Text size="sm" c="dimmed">
            The behaviours every reply is trained and scored against. Each has a stable id, so renaming never breaks links or scores.
          </Text>
        </div>
        {editable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Add standard
          </Button>
        )}
      </Group>
      {standardId && !standard && (
        <Alert color="yellow">The standard “{standardId}” is not in this version of the playbook.</Alert>
      )}
      {content.standards.length === 0 ? (
        <EmptyState icon={<IconCertificate />} title="No standards yet">
          {editable ? 'Add the first service standard: one behaviour you expect in every reply.' : 'Your leader has not written any service standards yet.'}
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="list" aria-label="Service standards">
          {content.standards.map((s) => (
            <UnstyledButton key={s.id} role="listitem" onClick={() => onOpenStandard(s.id)} aria-label={s.title}>
              <Paper withBorder radius="md" p="md" h="100%">
                <Text fw={600} mb={4}>
                  {s.title}
                </Text>
                <Text size="sm" c="dimmed" lineClamp={3}>
                  {s.statement}
                </Text>
                {s.target && (
                  <Badge mt="xs" variant="light" size="sm">
                    {s.target.text}
                  </Badge>
                )}
              </Paper>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
      {form}
    </Stack>
  );
}
