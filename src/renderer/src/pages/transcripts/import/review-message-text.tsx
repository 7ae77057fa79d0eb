/**
 * A message under review: its redacted text with every redaction highlighted by type (a button
 * to undo it) and every suggestion underlined (a button to hide or keep it). Text is rendered as
 * text; the element's text is exactly the redacted text, so selections map to its offsets.
 */
import { Fragment } from 'react';
import type { ReviewMessageView, ReviewSpanView, ReviewSuggestionView } from '../../../../../shared/contract/transcript-ops';
import type { ReviewHandler } from './review-decision';
import { SpanButton } from './span-button';
import { SuggestionButton } from './suggestion-button';

type Part = { text: string } | { span: ReviewSpanView } | { suggestion: ReviewSuggestionView };

/** Spans and suggestions never overlap (the host drops a suggestion a span covers). */
function partsOf(message: ReviewMessageView): Part[] {
  const marks = [...message.spans.map((span) => ({ start: span.redactedStart, end: span.redactedEnd, part: { span } })), ...message.suggestions.map((suggestion) => ({ start: suggestion.redactedStart, end: suggestion.redactedEnd, part: { suggestion } }))].sort((a, b) => a.start - b.start);
  const parts: Part[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push({ text: message.text.slice(at, mark.start) });
    parts.push(mark.part);
    at = mark.end;
  }
  if (at < message.text.length) parts.push({ text: message.text.slice(at) });
  return parts;
}

export function ReviewMessageText({ message, busy, onReview }: { message: ReviewMessageView; busy: boolean; onReview: ReviewHandler }) {
  return (
    <span data-message-text={message.id}>
      {partsOf(message).map((part, i) =>
        'span' in part ? (
          <SpanButton key={part.span.id} span={part.span} busy={busy} onReview={onReview} />
        ) : 'suggestion' in part ? (
          <SuggestionButton key={part.suggestion.id} messageId={message.id} suggestion={part.suggestion} words={message.text.slice(part.suggestion.redactedStart, part.suggestion.redactedEnd)} busy={busy} onReview={onReview} />
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </span>
  );
}
