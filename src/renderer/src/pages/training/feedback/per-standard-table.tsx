/** Points per standard: earned of the applicable maximum, with a bar and the numbers in words. */
import { Group, Progress, Table, Text } from '@mantine/core';
import type { StandardRef } from '../../../../../shared/contract/training-ops';
import type { StandardTotal } from '../../../../../shared/domain/scoring';
import { StandardLink, standardFinder, type OpenStandard } from './standard-link';

export function PerStandardTable({ totals, standards, onOpenStandard, caption }: { totals: StandardTotal[]; standards: StandardRef[]; onOpenStandard: OpenStandard; caption: string }) {
  const find = standardFinder(standards);
  const shown = totals.filter((t) => t.max > 0 || t.earned !== 0);
  if (shown.length === 0) return null;
  return (
    <Table verticalSpacing={6} aria-label={caption}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Standard</Table.Th>
          <Table.Th w={170}>Points</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shown.map((t) => {
          const share = t.max > 0 ? Math.min(1, t.earned / t.max) : 0;
          return (
            <Table.Tr key={t.standardId}>
              <Table.Td>
                <StandardLink standard={find(t.standardId)!} onOpen={onOpenStandard} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={share * 100} w={60} size="sm" color={share >= 0.8 ? 'teal' : share >= 0.5 ? 'yellow' : 'red'} aria-hidden />
                  <Text size="sm">
                    {t.earned} of {t.max}
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
