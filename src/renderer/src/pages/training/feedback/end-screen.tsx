/** The end of a play-through: score, passed or not (icon and words), per-standard results, the outcome, reply times, and what next. */
import { Badge, Button, Card, Group, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowLeft, IconMoodHappy, IconMoodNeutral, IconMoodSad, IconRefresh, IconTrophy, IconTargetArrow } from '@tabler/icons-react';
import type { AttemptView } from '../../../../../shared/contract/training-ops';
import { PerStandardTable } from './per-standard-table';
import type { OpenStandard } from './standard-link';
import { formatSeconds, percent, StatusIcon } from './status-marks';

const OUTCOME = {
  good: { Icon: IconMoodHappy, word: 'Good outcome', color: 'teal.9' },
  neutral: { Icon: IconMoodNeutral, word: 'Neutral outcome', color: 'gray.7' },
  poor: { Icon: IconMoodSad, word: 'Poor outcome', color: 'red.9' },
} as const;

export function EndScreen({ view, onTryAgain, onBack, onOpenStandard, busy }: { view: AttemptView; onTryAgain: () => void; onBack: () => void; onOpenStandard: OpenStandard; busy: boolean }) {
  const score = view.score;
  if (!score) return null;
  const passed = score.passed;
  const outcome = view.outcome ? OUTCOME[view.outcome.rating] : null;
  const replies = view.conversation.filter((c) => c.kind === 'reply');
  const targets = new Map(view.feedback.map((f) => [f.stepId, f.replyTimeTargetSec]));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="end-title" data-testid="end-screen">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={56} radius="xl" color={passed ? 'teal.9' : 'red.9'}>
            {passed ? <IconTrophy size={32} aria-hidden /> : <IconTargetArrow size={32} aria-hidden />}
          </ThemeIcon>
          <div>
            <Title order={2} id="end-title">
              {passed ? 'Passed' : 'Not passed yet'} — {percent(score.score)}
            </Title>
            <Text c="dimmed" size="sm">
              {score.earned} of {score.max} points · pass mark {percent(view.scenario.passMark)}
              {score.autoFailed ? ' · a reply contained an auto-fail item, so the attempt scores 0' : ''}
            </Text>
          </div>
        </Group>
        {view.outcome && outcome && (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge color={outcome.color} variant="filled" leftSection={<outcome.Icon size={14} aria-hidden />} style={{ flexShrink: 0 }}>
              {outcome.word}
            </Badge>
            <Text size="sm">{view.outcome.text}</Text>
          </Group>
        )}
        <div>
          <Title order={4} mb={4}>
            Per standard
          </Title>
          <PerStandardTable totals={score.perStandard} standards={view.standards} onOpenStandard={onOpenStandard} caption="Points per standard for the whole attempt" />
        </div>
        <div>
          <Title order={4} mb={4}>
            Time per reply
          </Title>
          <Table aria-label="Time per reply against targets" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reply</Table.Th>
                <Table.Th>Time</Table.Th>
                <Table.Th>Target</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {replies.map((r, i) => {
                const target = targets.get(r.stepId) ?? null;
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>Reply {i + 1}</Table.Td>
                    <Table.Td>{formatSeconds(r.replyTimeSec)}</Table.Td>
                    <Table.Td>
                      {target === null ? (
                        <Text size="sm" c="dimmed">
                          no target (a choice)
                        </Text>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <StatusIcon mark={r.replyTimeSec <= target ? 'hit' : 'missed'} word={r.replyTimeSec <= target ? 'In time' : 'Slow'} />
                          <Text size="sm">{formatSeconds(target)}</Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
        <Group>
          <Button leftSection={<IconRefresh size={18} />} onClick={onTryAgain} loading={busy}>
            Try again
          </Button>
          <Button variant="default" leftSection={<IconArrowLeft size={18} />} onClick={onBack}>
            Back to training
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
