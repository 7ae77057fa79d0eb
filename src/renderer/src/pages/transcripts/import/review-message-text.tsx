/**
 * A message under review: its redacted text with every redaction highlighted by type. A
 * highlight is a button: it shows what it hides and offers to undo it.
 */
import { Fragment } from 'react';
import { Button, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReviewMessageView, ReviewSpanView } from '../../../../../shared/contract/transcript-ops';
import { RedactionMark } from '../chat/redaction-mark';
import { REDACTION_LABELS } from '../transcript-labels';

function SpanButton({ span, busy, onUndo }: { span: ReviewSpanView; busy: boolean; onUndo: (id: string) => void }) {
  return (
    <Popover width={280} position="bottom" withArrow shadow="md" trapFocus>
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
          <Button size="xs" variant="light" color="red" loading={busy} onClick={() => onUndo(span.id)}>
            Undo: keep the original text
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

export function ReviewMessageText({ message, busy, onUndo }: { message: ReviewMessageView; busy: boolean; onUndo: (spanId: string) => void }) {
  const parts: ({ text: string } | { span: ReviewSpanView })[] = [];
  let at = 0;
  for (const span of [...message.spans].sort((a, b) => a.redactedStart - b.redactedStart)) {
    if (span.redactedStart > at) parts.push({ text: message.text.slice(at, span.redactedStart) });
    parts.push({ span });
    at = span.redactedEnd;
  }
  if (at < message.text.length) parts.push({ text: message.text.slice(at) });
  return (
    <span data-message-text={message.id}>
      {parts.map((part, i) => ('span' in part ? <SpanButton key={part.span.id} span={part.span} busy={busy} onUndo={onUndo} /> : <Fragment key={i}>{part.text}</Fragment>))}
    </span>
  );
}
