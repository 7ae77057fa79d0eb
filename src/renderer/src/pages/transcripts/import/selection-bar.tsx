/**
 * The bar under the review: what is selected in a message, the type to hide it as, and how far to
 * hide it: here, every occurrence of the same text in the import, or as a name wherever it appears.
 */
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { HideScope } from '../../../../../shared/contract/transcript-ops';
import { REDACTION_TYPES, type RedactionType } from '../../../../../shared/domain/transcript';
import { REDACTION_LABELS } from '../transcript-labels';
import type { MessageSelection } from './use-message-selection';

export interface SelectionBarProps {
  selection: MessageSelection | null;
  type: RedactionType;
  onType: (type: RedactionType) => void;
  busy: boolean;
  onHide: (scope: HideScope) => void;
  /** What the last action did ("Hidden in 4 places."), read out when it changes. */
  status: string | null;
}

export function SelectionBar({ selection, type, onType, busy, onHide, status }: SelectionBarProps) {
  return (
    <Paper withBorder radius="md" p="md" pos="sticky" bottom={0} style={{ zIndex: 2 }} shadow="sm">
      <Stack gap="xs">
        <Group align="end" gap="sm" wrap="wrap">
          <Text size="sm" style={{ flex: 1, minWidth: 200 }} aria-live="polite">
            {selection ? (
              <>
                Selected: <Text span fw={600} ff="monospace">{selection.text.slice(0, 80)}</Text>
              </>
            ) : (
              'Select text in a message to redact it.'
            )}
          </Text>
          <Select label="Hide it as" w={230} data={REDACTION_TYPES.map((t) => ({ value: t, label: REDACTION_LABELS[t] }))} value={type} allowDeselect={false} onChange={(v) => v && onType(v as RedactionType)} />
          <Button color="orange" disabled={!selection} loading={busy} onClick={() => onHide('one')}>
            Redact selection
          </Button>
        </Group>
        <Group gap="sm" justify="flex-end" wrap="wrap">
          <Text size="sm" c="dimmed" role="status" style={{ flex: 1, minWidth: 200 }}>
            {status}
          </Text>
          <Button variant="light" color="orange" disabled={!selection} loading={busy} onClick={() => onHide('every')}>
            Hide every occurrence
          </Button>
          <Button variant="light" color="orange" disabled={!selection} loading={busy} onClick={() => onHide('name')}>
            Hide this name wherever it appears
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
