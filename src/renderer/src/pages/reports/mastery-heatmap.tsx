/**
 * People × standards, each cell coloured by mastery level with its number and level in words (so
 * colour is never the only signal). Each cell is a button that opens the evidence behind it.
 */
import { Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { TeamReport } from '../../../../shared/domain/progress';
import { LEVEL_COLOR, levelWords, pct } from './report-format';

export function MasteryHeatmap({ report, onCell, onPerson }: { report: TeamReport; onCell: (personId: string, standardId: string) => void; onPerson: (personId: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder withColumnBorders aria-label="Mastery heatmap" layout="fixed" verticalSpacing={4} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>Person</Table.Th>
            {report.standards.map((s) => (
              <Table.Th key={s.id} w={84}>
                <Tooltip label={s.title} withArrow>
                  <Text size="xs" fw={600} lineClamp={3} style={{ lineHeight: 1.2 }}>
                    {s.title}
                  </Text>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.personId}>
              <Table.Th scope="row">
                <UnstyledButton onClick={() => onPerson(row.personId)} aria-label={`Open ${row.name}'s report`}>
                  <Text size="sm" fw={500} c="blue">
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.role} · {row.attempts} attempts
                  </Text>
                </UnstyledButton>
              </Table.Th>
              {row.cells.map((cell, i) => {
                const color = cell.level ? LEVEL_COLOR[cell.level] : null;
                const words = levelWords(cell);
                return (
                  <Table.Td key={cell.standardId} p={2} data-cell={`${row.name}|${cell.standardId}`}>
                    <UnstyledButton
                      w="100%"
                      p={6}
                      disabled={cell.evidence === 0}
                      aria-label={`${row.name}, ${report.standards[i].title}: ${cell.value === null ? 'no attempts' : `${pct(cell.value)}, ${words}`}. Show evidence.`}
                      onClick={() => onCell(row.personId, cell.standardId)}
                      style={{
                        borderRadius: 4,
                        textAlign: 'center',
                        background: color ? `var(--mantine-color-${color}-light)` : undefined,
                        color: color ? `var(--mantine-color-${color}-light-color)` : 'var(--mantine-color-dimmed)',
                      }}
                    >
                      <Text size="sm" fw={700} c="inherit">
                        {pct(cell.value)}
                      </Text>
                      <Text fz={11} lh={1.2} c="inherit">
                        {words}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
