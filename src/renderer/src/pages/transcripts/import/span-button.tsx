/**
 * A redaction in a message under review: its placeholder, as a button. It shows what it hides and
 * offers to show the text again here, or everywhere the same text is hidden.
 */
import { Button, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReviewSpanView } from '../../../../../shared/contract/transcript-ops';
import { RedactionMark } from '../chat/redaction-mark';
import { REDACTION_LABELS } from '../transcript-labels';
import type { ReviewHandler } from './review-decision';

export function SpanButton({ span, busy, onReview }: { span: ReviewSpanView; busy: boolean; onReview: ReviewHandler }) {
  return (
    <Popover width={300} position="bottom" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <UnstyledButton aria-label={`${REDACTION_LABELS[span.type]} hidden: ${span.placeholder}. Show or undo`} style={{ display: 'inline', font: 'inherit', verticalAlign: 'baseline' }}>
          <RedactionMark type={span.type}>{span.placeholder}</RedactionMark>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {REDACTION_LABELS[span.type]}
          </Text>
          <Text size="sm">
            Hides: <Text span ff="monospace">{span.original}</Text>
          </Text>
          <Button size="xs" variant="light" color="red" loading={busy} onClick={() => onReview({ undo: [span.id] })}>
            Undo: keep the original text
          </Button>
          <Button size="xs" variant="subtle" color="red" loading={busy} onClick={() => onReview({ undoEverywhere: [span.id] })}>
            Show it again everywhere it is hidden
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
