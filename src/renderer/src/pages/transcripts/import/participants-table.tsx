/** Who is who: the name as exported, the guessed side (the leader confirms it) and how they will appear. */
import { Badge, SegmentedControl, Table, Text } from '@mantine/core';
import type { ImportParticipantView } from '../../../../../shared/contract/transcript-ops';

export function ParticipantsTable({ participants, disabled, onSide }: { participants: ImportParticipantView[]; disabled: boolean; onSide: (id: string, side: 'staff' | 'customer') => void }) {
  return (
    <Table verticalSpacing="xs" aria-label="People in the chat">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name in the export</Table.Th>
          <Table.Th>Messages</Table.Th>
          <Table.Th>Is this person…</Table.Th>
          <Table.Th>Saved as</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {participants.map((p) => (
          <Table.Tr key={p.id} data-participant={p.name}>
            <Table.Td>
              <Text fw={500}>{p.name}</Text>
            </Table.Td>
            <Table.Td>{p.messageCount}</Table.Td>
            <Table.Td>
              <SegmentedControl
                size="xs"
                disabled={disabled}
                aria-label={`Side of ${p.name}`}
                value={p.side === 'unknown' ? '' : p.side}
                onChange={(v) => onSide(p.id, v as 'staff' | 'customer')}
                data={[
                  { value: 'staff', label: 'Staff' },
                  { value: 'customer', label: 'Customer' },
                ]}
              />
              {p.side === 'unknown' && (
                <Badge ml="xs" color="yellow" variant="light">
                  Choose one
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm" c={p.side === 'staff' ? undefined : 'dimmed'}>
                {p.side === 'staff' ? `${p.pseudonym} (staff keep their name)` : p.pseudonym}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
