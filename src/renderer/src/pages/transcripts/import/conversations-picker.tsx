/** The chat split at silences: the leader sets the silence length and picks the conversations to keep. */
import { Button, Checkbox, Group, NumberInput, ScrollArea, Stack, Table, Text } from '@mantine/core';
import type { ImportConversationView } from '../../../../../shared/contract/transcript-ops';
import { formatMessageTime } from '../transcript-labels';

export interface ConversationsPickerProps {
  conversations: ImportConversationView[];
  gapHours: number;
  disabled: boolean;
  onGap: (hours: number) => void;
  onKeep: (indexes: number[]) => void;
}

export function ConversationsPicker({ conversations, gapHours, disabled, onGap, onKeep }: ConversationsPickerProps) {
  const kept = conversations.filter((c) => c.kept).map((c) => c.index);
  const toggle = (index: number, on: boolean) => onKeep(on ? [...kept, index].sort((a, b) => a - b) : kept.filter((k) => k !== index));
  return (
    <Stack gap="sm">
      <Group align="end" gap="sm">
        <NumberInput
          label="New conversation after a silence of"
          suffix=" hours"
          min={0.25}
          max={1440}
          step={1}
          decimalScale={2}
          w={320}
          disabled={disabled}
          defaultValue={gapHours}
          key={gapHours}
          onBlur={(e) => {
            const hours = Number.parseFloat(e.currentTarget.value);
            if (Number.isFinite(hours) && hours >= 0.25 && hours !== gapHours) onGap(hours);
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
        <Button variant="subtle" size="xs" disabled={disabled} onClick={() => onKeep(conversations.map((c) => c.index))}>
          Keep all
        </Button>
        <Button variant="subtle" size="xs" disabled={disabled} onClick={() => onKeep([])}>
          Keep none
        </Button>
      </Group>
      <ScrollArea.Autosize mah={320}>
        <Table verticalSpacing={4} aria-label="Conversations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>Conversation</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Messages</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conversations.map((c) => (
              <Table.Tr key={c.index}>
                <Table.Td>
                  <Checkbox aria-label={`Keep conversation ${c.index + 1}`} checked={c.kept} disabled={disabled} onChange={(e) => toggle(c.index, e.currentTarget.checked)} />
                </Table.Td>
                <Table.Td>{c.index + 1}</Table.Td>
                <Table.Td>{formatMessageTime(c.firstAt)}</Table.Td>
                <Table.Td>{formatMessageTime(c.lastAt)}</Table.Td>
                <Table.Td>{c.messageCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Text size="sm" c="dimmed">
        Each conversation you keep is saved as its own transcript, ready to turn into a scenario.
      </Text>
    </Stack>
  );
}
