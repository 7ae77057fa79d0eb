/**
 * Turns a free-text result's match positions into marks over the trainee's own reply: rubric hits,
 * must-avoid findings and tone findings, each with a reference the feedback list uses. Overlaps keep
 * the earlier (then longer) match, so every character is marked at most once.
 */
import type { FreeTextResult } from '../../../../../shared/domain/scoring';

export type MarkKind = 'hit' | 'avoid' | 'tone';

export interface ReplyMark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Shown as a superscript and in the list: "1", "A1", "T1". */
  ref: string;
  label: string;
}

export type ReplySegment = { text: string; mark: ReplyMark | null };

const TONE_LABELS = { apology: 'Apology', 'customer-name': "Customer's name", shouting: 'Shouting in capitals', 'exclamation-stack': 'Stack of "!!!"' } as const;

export function replyMarks(result: FreeTextResult): ReplyMark[] {
  const marks: ReplyMark[] = [];
  result.elements.forEach((e, i) => {
    if (e.status === 'hit') for (const m of e.matches) marks.push({ start: m.start, end: m.end, kind: 'hit', ref: String(i + 1), label: e.label });
  });
  result.mustAvoid.forEach((f, i) => {
    for (const m of f.matches) marks.push({ start: m.start, end: m.end, kind: 'avoid', ref: `A${i + 1}`, label: f.label });
  });
  result.tone.forEach((t, i) => {
    const bad = t.check === 'shouting' || t.check === 'exclamation-stack';
    for (const m of t.matches) marks.push({ start: m.start, end: m.end, kind: bad ? 'avoid' : 'tone', ref: `T${i + 1}`, label: TONE_LABELS[t.check] });
  });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ReplyMark[] = [];
  for (const m of marks) if (m.end > m.start && (kept.length === 0 || m.start >= kept[kept.length - 1].end)) kept.push(m);
  return kept;
}

export function replySegments(reply: string, marks: readonly ReplyMark[]): ReplySegment[] {
  const segments: ReplySegment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > reply.length) continue;
    if (m.start > at) segments.push({ text: reply.slice(at, m.start), mark: null });
    segments.push({ text: reply.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < reply.length) segments.push({ text: reply.slice(at), mark: null });
  return segments;
}
