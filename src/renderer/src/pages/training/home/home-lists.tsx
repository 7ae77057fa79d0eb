/** The lists on the training home: assigned scenarios, attempts to continue, latest results. */
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBook2, IconCalendarDue, IconCircleCheck, IconCircleX, IconPlayerPlay } from '@tabler/icons-react';
import type { AttemptListItem, MyAssignment } from '../../../../../shared/contract/training-ops';
import { channelLabel } from '../player/channel-themes';
import { percent } from '../feedback/status-marks';

const STATUS_WORD: Record<MyAssignment['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  passed: 'Passed',
  'not-passed': 'Not passed yet',
  acknowledged: 'Read and acknowledged',
};

export const formatDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString([], { day: 'numeric', month: 'short', year: 'numeric' });

function actionWord(a: MyAssignment): string {
  if (a.kind === 'playbook') return a.status === 'acknowledged' ? 'Open the playbook' : 'Read and acknowledge';
  return a.status === 'in-progress' ? 'Continue' : a.status === 'passed' || a.status === 'not-passed' ? 'Play again' : 'Start';
}

export function AssignmentCard({ a, onPlay, busy }: { a: MyAssignment; onPlay: () => void; busy: boolean }) {
  const action = actionWord(a);
  const done = a.status === 'passed' || a.status === 'acknowledged';
  return (
    <Card withBorder radius="md" padding="md" data-testid="assignment-card" aria-label={`Assignment: ${a.title}`} component="article">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600}>{a.title}</Text>
          {a.kind === 'playbook' ? (
            <Group gap="xs">
              <Badge variant="default">Playbook</Badge>
            </Group>
          ) : (
            <Group gap="xs">
              <Badge variant="default">{channelLabel(a.channel)}</Badge>
              <Badge variant="default">{a.mode === 'coach' ? 'Coach mode' : 'Assessment'}</Badge>
              <Text size="sm" c="dimmed">
                Pass mark {percent(a.passMark)}
              </Text>
            </Group>
          )}
          <Group gap="md">
            {a.dueDate && (
              <Group gap={4}>
                {a.overdue ? <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden /> : <IconCalendarDue size={16} aria-hidden />}
                <Text size="sm" fw={a.overdue ? 700 : 400}>
                  {a.overdue ? `Overdue — was due ${formatDay(a.dueDate)}` : `Due ${formatDay(a.dueDate)}`}
                </Text>
              </Group>
            )}
            <Group gap={4}>
              {done && <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />}
              {a.status === 'not-passed' && <IconCircleX size={16} color="var(--mantine-color-red-7)" aria-hidden />}
              <Text size="sm">
                {STATUS_WORD[a.status]}
                {a.bestScore !== null ? ` · best ${percent(a.bestScore)}` : ''}
              </Text>
            </Group>
          </Group>
        </Stack>
        <Button
          leftSection={a.kind === 'playbook' ? <IconBook2 size={16} /> : <IconPlayerPlay size={16} />}
          onClick={onPlay}
          loading={busy}
          variant={done ? 'default' : 'filled'}
          color={done ? undefined : 'teal.9'}
          aria-label={`${action}: ${a.title}`}
        >
          {action}
        </Button>
      </Group>
    </Card>
  );
}

export function AttemptRow({ item, action, onOpen }: { item: AttemptListItem; action: string; onOpen: () => void }) {
  const when = new Date(item.endedAt ?? item.startedAt).toLocaleString([], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <Card withBorder radius="md" padding="sm" component="article" aria-label={item.title}>
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {item.title}
          </Text>
          <Text size="sm" c="dimmed">
            {channelLabel(item.channel)} · {item.assignmentId ? 'assigned' : 'practice'} · {when}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {item.score !== null && item.passed !== null && (
            <Group gap={4} wrap="nowrap">
              {item.passed ? <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden /> : <IconCircleX size={18} color="var(--mantine-color-red-7)" aria-hidden />}
              <Text size="sm" fw={600}>
                {percent(item.score)} {item.passed ? 'passed' : 'not passed'}
                {item.reviewed ? ' · reviewed' : ''}
              </Text>
            </Group>
          )}
          <Button size="xs" variant="default" onClick={onOpen} aria-label={`${action}: ${item.title}`}>
            {action}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
