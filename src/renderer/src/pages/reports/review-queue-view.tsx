/**
 * The review queue: finished free-text replies nobody has looked at yet. "All", or only the
 * borderline ones (within 10 points of the pass mark, or auto-failed); the choice is remembered
 * on this computer. Oldest first.
 */
import { useState } from 'react';
import { Badge, Group, Loader, Paper, SegmentedControl, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { dateTime, pct } from './report-format';

const FILTER_KEY = 'cxdojo.review-queue-filter';
const REASON = { 'auto-failed': ['Auto-failed', 'red'], 'near-pass-mark': ['Near the pass mark', 'orange'], 'free-text': ['Written reply', 'gray'] } as const;

export function ReviewQueueView({ onOpen }: { onOpen: (attemptId: string) => void }) {
  const [filter, setFilter] = useState<'all' | 'borderline'>(() => (localStorage.getItem(FILTER_KEY) === 'borderline' ? 'borderline' : 'all'));
  const queue = useAsync(() => api.reviewQueue({ filter }), [filter]);
  const choose = (value: string) => {
    const next = value === 'borderline' ? 'borderline' : 'all';
    localStorage.setItem(FILTER_KEY, next);
    setFilter(next);
  };
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text c="dimmed" size="sm">
          Written replies waiting for a human look. Your review replaces the automatic score in reports; the automatic one is kept.
        </Text>
        <SegmentedControl
          aria-label="Which replies to review"
          value={filter}
          onChange={choose}
          data={[
            { value: 'all', label: 'All written replies' },
            { value: 'borderline', label: 'Near the pass mark or auto-failed' },
          ]}
        />
      </Group>
      {queue.error && <ErrorState title="Could not load the review queue" error={queue.error} onRetry={queue.reload} />}
      {!queue.data && !queue.error && <Loader aria-label="Loading the review queue" />}
      {queue.data?.length === 0 && (
        <EmptyState icon={<IconChecklist />} title="Nothing waiting for review">
          {filter === 'all' ? 'Every written reply has been reviewed.' : 'No reply is near the pass mark or auto-failed. Switch to "All written replies" to see the rest.'}
        </EmptyState>
      )}
      {queue.data && queue.data.length > 0 && (
        <Paper withBorder radius="md">
          <Table highlightOnHover aria-label="Review queue" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Person</Table.Th>
                <Table.Th>Scenario</Table.Th>
                <Table.Th>Finished</Table.Th>
                <Table.Th>Score</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.slice(0, 300).map((item) => (
                <Table.Tr key={item.attemptId}>
                  <Table.Td>
                    <UnstyledButton onClick={() => onOpen(item.attemptId)} aria-label={`Review ${item.personName}'s reply on ${item.scenarioTitle}`}>
                      <Text fw={500} c="blue">
                        {item.personName}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{item.scenarioTitle}</Table.Td>
                  <Table.Td>{dateTime(item.endedAt)}</Table.Td>
                  <Table.Td>
                    {pct(item.score)} <Text span size="xs" c="dimmed">{`/ pass ${pct(item.passMark)}`}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={REASON[item.reason][1]}>
                      {REASON[item.reason][0]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
