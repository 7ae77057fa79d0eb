/** The evidence behind one heatmap cell: the attempts the mastery number rests on, and what was missed. */
import { Badge, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import type { TeamReportFilters } from '../../../../shared/domain/progress';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { ErrorState } from '../../components/error-state';
import { shortDate } from './report-format';

export interface EvidenceTarget {
  personId: string;
  personName: string;
  standardId: string;
  standardTitle: string;
}

export function EvidenceModal({ target, filters, onClose, onOpenPerson }: { target: EvidenceTarget | null; filters: TeamReportFilters; onClose: () => void; onOpenPerson: (id: string) => void }) {
  return (
    <Modal opened={target !== null} onClose={onClose} size="lg" title={target ? `${target.personName} · ${target.standardTitle}` : ''}>
      {target && <EvidenceList target={target} filters={filters} onOpenPerson={onOpenPerson} />}
    </Modal>
  );
}

function EvidenceList({ target, filters, onOpenPerson }: { target: EvidenceTarget; filters: TeamReportFilters; onOpenPerson: (id: string) => void }) {
  const rows = useAsync(() => api.masteryEvidence({ personId: target.personId, standardId: target.standardId, filters }), [target.personId, target.standardId, JSON.stringify(filters)]);
  if (rows.error) return <ErrorState title="Could not load the evidence" error={rows.error} onRetry={rows.reload} />;
  if (!rows.data) return <Loader aria-label="Loading evidence" />;
  if (rows.data.length === 0) return <Text c="dimmed">No finished attempt has tested this standard yet.</Text>;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        The newest attempts that tested this standard, newest first (newer ones weigh more in the mastery number).
      </Text>
      <Table aria-label="Evidence" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Scenario</Table.Th>
            <Table.Th>Points</Table.Th>
            <Table.Th>Missed</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.data.map((r) => (
            <Table.Tr key={r.attemptId}>
              <Table.Td>{shortDate(r.endedAt)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {r.scenarioTitle}
                  {r.reviewed && (
                    <Badge size="xs" variant="light">
                      reviewed
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {r.earned} of {r.max}
              </Table.Td>
              <Table.Td>{r.missed.length ? r.missed.join('; ') : <Text c="dimmed">nothing</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="blue" style={{ cursor: 'pointer' }} onClick={() => onOpenPerson(target.personId)} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && onOpenPerson(target.personId)}>
        Open {target.personName}'s report
      </Text>
    </Stack>
  );
}
