/**
 * Every open assignment with completion, each person's state and overdue marks; remind, close, and
 * assign new work. `focusId` scrolls to one assignment (a link from the home); `assignScenarioId`
 * opens the form with that scenario chosen.
 */
import { useEffect, useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Progress, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell, IconClipboardList, IconPlus } from '@tabler/icons-react';
import type { AssignmentView } from '../../../../shared/domain/progress';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { COUNTS_LABEL, STATE_COLOR, STATE_LABEL, pct, shortDate } from '../reports/report-format';
import { NewAssignmentModal } from './new-assignment-modal';

export function AssignmentsView({ focusId = null, assignScenarioId = null, onFormClosed }: { focusId?: string | null; assignScenarioId?: string | null; onFormClosed?: () => void }) {
  const [includeClosed, setIncludeClosed] = useState(false);
  const list = useAsync(() => api.listAssignments({ includeClosed }), [includeClosed]);
  const [creating, setCreating] = useState(assignScenarioId !== null);
  useEffect(() => setCreating(assignScenarioId !== null), [assignScenarioId]);
  useEffect(() => {
    if (focusId && list.data) document.getElementById(`assignment-${focusId}`)?.scrollIntoView({ block: 'center' });
  }, [focusId, list.data]);
  const closeForm = () => {
    setCreating(false);
    onFormClosed?.();
  };
  const act = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      notifications.show({ message, color: 'teal' });
      list.reload();
    } catch (error) {
      notifications.show({ message: errorMessage(error), color: 'red' });
    }
  };

  return (
    <>
      <Group justify="space-between" mb="md">
        <Switch label="Show closed assignments" checked={includeClosed} onChange={(e) => setIncludeClosed(e.currentTarget.checked)} />
        <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
          New assignment
        </Button>
      </Group>
      {list.error && <ErrorState title="Could not load assignments" error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loader aria-label="Loading assignments" />}
      {list.data?.length === 0 && (
        <EmptyState icon={<IconClipboardList />} title="Nothing assigned yet" action={<Button onClick={() => setCreating(true)}>Assign a scenario</Button>}>
          Assign a scenario or the playbook to a role, to everyone, or to chosen people, with a due date. It appears on their training home.
        </EmptyState>
      )}
      <Stack>
        {list.data?.map((a) => (
          <AssignmentCard
            key={a.id}
            a={a}
            focused={a.id === focusId}
            onRemind={() => act(() => api.remindAssignment({ id: a.id }), `Reminder shown on the home of everyone who has not finished "${a.title}".`)}
            onClose={() => act(() => api.closeAssignment({ id: a.id }), `"${a.title}" closed.`)}
          />
        ))}
      </Stack>
      <NewAssignmentModal
        opened={creating}
        scenarioId={assignScenarioId}
        onClose={closeForm}
        onCreated={(a) => {
          closeForm();
          notifications.show({ message: `Assigned "${a.title}" to ${a.people.length} ${a.people.length === 1 ? 'person' : 'people'}.`, color: 'teal' });
          list.reload();
        }}
      />
    </>
  );
}

function AssignmentCard({ a, focused, onRemind, onClose }: { a: AssignmentView; focused: boolean; onRemind: () => void; onClose: () => void }) {
  const target = a.target.type === 'role' ? `all ${a.target.role}s` : a.target.type === 'everyone' ? 'everyone' : `${a.people.length} chosen`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      id={`assignment-${a.id}`}
      aria-label={`Assignment ${a.title}`}
      aria-current={focused ? 'true' : undefined}
      style={focused ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="start">
        <div>
          <Title order={4}>{a.title}</Title>
          <Text size="sm" c="dimmed">
            {a.kind === 'scenario' ? `${a.mode} mode · pass at ${pct(a.passMark)} · ${COUNTS_LABEL[a.counts].toLowerCase()}` : 'Playbook acknowledgement'} · to {target}
            {a.dueDate ? ` · due ${shortDate(a.dueDate)}` : ' · no due date'} · by {a.createdByName}
          </Text>
          {a.remindedAt && (
            <Text size="xs" c="dimmed">
              Reminded {shortDate(a.remindedAt)}
            </Text>
          )}
        </div>
        {a.closedAt ? (
          <Badge color="gray">closed</Badge>
        ) : (
          <Group gap="xs" className="cx-no-print">
            <Button size="xs" variant="light" leftSection={<IconBell size={14} />} onClick={onRemind} disabled={a.progress.done === a.progress.total}>
              Remind
            </Button>
            <Button size="xs" variant="subtle" color="gray" onClick={onClose}>
              Close
            </Button>
          </Group>
        )}
      </Group>
      <Group mt="sm" gap="sm">
        <Progress value={a.progress.completionRate * 100} w={200} aria-label={`${a.progress.done} of ${a.progress.total} done`} />
        <Text size="sm">
          {a.progress.done} of {a.progress.total} done{a.progress.passRate !== null && a.kind === 'scenario' ? ` · ${pct(a.progress.passRate)}% passed` : ''}
          {a.progress.overdue > 0 && <Text span c="red">{` · ${a.progress.overdue} overdue`}</Text>}
        </Text>
      </Group>
      <Group gap={6} mt="sm">
        {a.people.map((p) => (
          <Badge key={p.personId} variant={p.overdue ? 'filled' : 'light'} color={p.overdue ? 'red' : STATE_COLOR[p.state]} tt="none" data-person-state={`${p.name}|${p.state}`}>
            {p.name}: {STATE_LABEL[p.state]}
            {p.score !== null ? ` ${pct(p.score)}` : ''}
            {p.overdue ? ' · overdue' : ''}
          </Badge>
        ))}
      </Group>
    </Paper>
  );
}
