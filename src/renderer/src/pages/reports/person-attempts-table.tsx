/** A person's attempts history with filters by scenario, status and date; reviewed and counted attempts are marked. */
import { Badge, Group, Select, Table, Text, TextInput } from '@mantine/core';
import type { AttemptFilters, PersonReport } from '../../../../shared/domain/progress';
import { dateTime, pct } from './report-format';

export function PersonAttemptsTable({ report, filters, onFilters, onOpenAttempt }: { report: PersonReport; filters: AttemptFilters; onFilters: (f: AttemptFilters) => void; onOpenAttempt?: (attemptId: string) => void }) {
  const scenarios = [...new Map(report.attempts.map((a) => [a.scenarioId, a.scenarioTitle])).entries()];
  const set = (patch: Partial<AttemptFilters>) => onFilters(Object.fromEntries(Object.entries({ ...filters, ...patch }).filter(([, v]) => v)) as AttemptFilters);
  return (
    <>
      <Group gap="sm" mb="sm" className="cx-no-print">
        <Select label="Scenario" placeholder="All scenarios" clearable searchable data={scenarios.map(([value, label]) => ({ value, label }))} value={filters.scenarioId ?? null} onChange={(v) => set({ scenarioId: v ?? undefined })} w={260} />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={[
            { value: 'finished', label: 'Finished' },
            { value: 'in-progress', label: 'In progress' },
            { value: 'abandoned', label: 'Abandoned' },
          ]}
          value={filters.status ?? null}
          onChange={(v) => set({ status: (v as AttemptFilters['status']) ?? undefined })}
          w={160}
        />
        <TextInput type="date" label="From" value={filters.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} w={150} />
        <TextInput type="date" label="To" value={filters.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} w={150} />
      </Group>
      {report.attempts.length === 0 ? (
        <Text c="dimmed">No attempts match.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Attempts history" highlightOnHover verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Started</Table.Th>
                <Table.Th>Scenario</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Score</Table.Th>
                <Table.Th>Notes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.attempts.map((a) => (
                <Table.Tr key={a.id} onClick={onOpenAttempt && a.status === 'finished' ? () => onOpenAttempt(a.id) : undefined} style={onOpenAttempt && a.status === 'finished' ? { cursor: 'pointer' } : undefined}>
                  <Table.Td>{dateTime(a.startedAt)}</Table.Td>
                  <Table.Td>{a.scenarioTitle}</Table.Td>
                  <Table.Td>{a.status === 'finished' ? (a.passed ? <Badge color="green" variant="light">passed</Badge> : <Badge color="red" variant="light">not passed</Badge>) : <Badge color="gray" variant="light">{a.status}</Badge>}</Table.Td>
                  <Table.Td>
                    {pct(a.score)}
                    {a.reviewed && a.autoScore !== a.score && <Text span size="xs" c="dimmed">{` (auto ${pct(a.autoScore)})`}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {a.mode === 'assessment' && <Badge size="xs" variant="outline">assessment</Badge>}
                      {a.reviewed && <Badge size="xs" variant="light">reviewed</Badge>}
                      {a.autoFailed && <Badge size="xs" color="red" variant="outline">auto-failed</Badge>}
                      {a.countedFor && <Badge size="xs" color="grape" variant="light">{a.countedFor}</Badge>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {report.attemptsMatching > report.attempts.length && (
        <Text size="xs" c="dimmed" mt="xs">
          Showing the newest {report.attempts.length} of {report.attemptsMatching} matching attempts; narrow the dates to see older ones, or export the CSV.
        </Text>
      )}
    </>
  );
}
