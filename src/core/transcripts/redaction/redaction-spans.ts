/**
 * Turns overlapping candidates into one clean set of spans and renders the redacted text,
 * recording both original and redacted offsets so a review UI can highlight and undo each one.
 */
import type { RedactionSpan, RedactionType } from '../../../shared/domain/transcript';
import type { RedactionCandidate } from './redaction-candidate';

/** On equal length, the more specific type wins. */
const PRIORITY: Record<RedactionType, number> = { EMAIL: 0, URL: 1, CARD: 2, ID: 3, ACCOUNT: 4, PHONE: 5, ADDRESS: 6, ORDER: 7, NAME: 8, OTHER: 9 };

/** Longest first, then by type priority; a candidate overlapping an accepted one is dropped. */
export function resolveOverlaps(candidates: RedactionCandidate[]): RedactionCandidate[] {
  if (candidates.length === 1 && candidates[0].end > candidates[0].start) return candidates; // most texts with a hit have one
  if (candidates.length <= 1) return candidates.filter((c) => c.end > c.start);
  const sorted = candidates.filter((c) => c.end > c.start).sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start);
  const accepted: RedactionCandidate[] = [];
  for (const c of sorted) {
    if (!accepted.some((a) => c.start < a.end && a.start < c.end)) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export interface RenderedText {
  text: string;
  spans: RedactionSpan[];
}

/** Applies non-overlapping candidates (sorted by start) to the original text. */
export function renderRedactions(original: string, messageId: string, accepted: RedactionCandidate[], idOf: (index: number) => string): RenderedText {
  if (accepted.length === 0) return { text: original, spans: [] };
  let out = '';
  let cursor = 0;
  const spans: RedactionSpan[] = new Array(accepted.length);
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i];
    out += original.slice(cursor, c.start);
    const redactedStart = out.length;
    out += c.placeholder;
    spans[i] = { id: idOf(i), messageId, type: c.type, start: c.start, end: c.end, redactedStart, redactedEnd: out.length, placeholder: c.placeholder, original: original.slice(c.start, c.end) };
    cursor = c.end;
  }
  out += original.slice(cursor);
  return { text: out, spans };
}
