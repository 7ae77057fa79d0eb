/**
 * The review screen's edits: undo a redaction (its original text comes back) or redact a
 * selected range too. Works from the original messages, which live only in memory.
 */
import type { RedactionSpan, RedactionType, TranscriptMessage } from '../../../shared/domain/transcript';
import type { RedactionCandidate } from './redaction-candidate';
import { placeholderOf } from './redaction-candidate';
import { renderRedactions } from './redaction-spans';
import { countsOf, type RedactableTranscript, type RedactionOutcome } from './redact-transcript';

/** A range the user selected in the REDACTED text of one message. */
export interface AddedRedaction {
  messageId: string;
  redactedStart: number;
  redactedEnd: number;
  type?: RedactionType;
  /** e.g. "Customer" for [NAME:Customer]. */
  label?: string;
}

export interface RedactionDecisions {
  /** Span ids to restore. */
  undo?: string[];
  add?: AddedRedaction[];
}

/** Maps a position in the redacted text back to the original; inside a placeholder it snaps outward. */
function toOriginal(spans: RedactionSpan[], position: number, edge: 'start' | 'end'): number {
  let shift = 0;
  for (const s of spans) {
    if (edge === 'start' ? position < s.redactedStart : position <= s.redactedStart) break;
    if (position < s.redactedEnd) return edge === 'start' ? s.start : s.end;
    shift = s.end - s.redactedEnd;
  }
  return position + shift;
}

/**
 * Re-renders the transcript from the original messages with the spans that survive `undo`,
 * plus the added ranges (which swallow any span they overlap). Returns a fresh outcome.
 */
export function applyRedactionDecisions<T extends RedactableTranscript>(
  original: T,
  previous: RedactionOutcome<T>,
  decisions: RedactionDecisions,
): RedactionOutcome<T> {
  const undo = new Set(decisions.undo ?? []);
  const byMessage = new Map<string, RedactionSpan[]>();
  for (const s of previous.spans) {
    const list = byMessage.get(s.messageId) ?? [];
    list.push(s);
    byMessage.set(s.messageId, list);
  }
  const added = new Map<string, RedactionCandidate[]>();
  for (const a of decisions.add ?? []) {
    const spans = byMessage.get(a.messageId) ?? [];
    const start = toOriginal(spans, Math.min(a.redactedStart, a.redactedEnd), 'start');
    const end = toOriginal(spans, Math.max(a.redactedStart, a.redactedEnd), 'end');
    if (end <= start) continue;
    const type = a.type ?? 'OTHER';
    const list = added.get(a.messageId) ?? [];
    list.push({ start, end, type, placeholder: placeholderOf(type, a.label) });
    added.set(a.messageId, list);
  }
  const spans: RedactionSpan[] = [];
  const messages: TranscriptMessage[] = original.messages.map((message) => {
    const extra = added.get(message.id) ?? [];
    const kept = (byMessage.get(message.id) ?? [])
      .filter((s) => !undo.has(s.id) && !extra.some((e) => s.start < e.end && e.start < s.end))
      .map((s): RedactionCandidate => ({ start: s.start, end: s.end, type: s.type, placeholder: s.placeholder }));
    const all = mergeAdded(kept.concat(extra));
    if (all.length === 0) return message;
    const rendered = renderRedactions(message.text, message.id, all, (k) => `${message.id}-r${k + 1}`);
    spans.push(...rendered.spans);
    return { ...message, text: rendered.text };
  });
  return { transcript: { ...previous.transcript, messages }, spans, counts: countsOf(spans), suggestions: previous.suggestions };
}

/** Added ranges may overlap each other: merge them into one span of the first one's type. */
function mergeAdded(candidates: RedactionCandidate[]): RedactionCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: RedactionCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else out.push({ ...c });
  }
  return out;
}
