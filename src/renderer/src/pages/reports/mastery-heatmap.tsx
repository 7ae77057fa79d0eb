/**
 * People × standards, each cell coloured by mastery level with its number and level in words (so
 * colour is never the only signal). Each cell is a button that opens the evidence behind it.
 * Headers show a standard's short title wrapped onto as many lines as it needs, so twelve
 * standards fit a 1280 px window without sideways scrolling; the full title is in the tooltip.
 */
import { Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { TeamReport } from '../../../../shared/domain/progress';
import { shortTitle } from '../../../../shared/domain/standard-short-title';
import { LEVEL_COLOR, levelWords, pct } from './report-format';

const PERSON_WIDTH = 124;
/** Narrowest a standard's column gets before the table scrolls (phones, narrow windows). */
const MIN_COLUMN = 56;


export function MasteryHeatmap({ report, onCell, onPerson }: { report: TeamReport; onCell: (personId: string, standardId: string) => void; onPerson: (personId: string) => void }) {
  return (
    <Table.ScrollContainer minWidth={PERSON_WIDTH + report.standards.length * MIN_COLUMN}>
      <Table withTableBorder withColumnBorders aria-label="Mastery heatmap" layout="fixed" verticalSpacing={4} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={PERSON_WIDTH} style={{ verticalAlign: 'bottom' }}>
              Person
            </Table.Th>
            {report.standards.map((s) => (
              <Table.Th key={s.id} px={3} style={{ verticalAlign: 'bottom' }} data-standard-header>
                <Tooltip label={s.title} withArrow multiline maw={320}>
                  <Text fz={10.5} fw={600} lh={1.2} lang="en" style={{ hyphens: 'auto', overflowWrap: 'break-word' }}>
                    {shortTitle(s.title)}
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
                      px={2}
                      py={6}
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
                      <Text fz={10} lh={1.2} c="inherit">
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
