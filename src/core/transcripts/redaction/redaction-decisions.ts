/**
 * The review screen's edits: undo a redaction (its original text comes back) or redact a
 * selected range too, each for one occurrence or for every occurrence in the import. Works from
 * the original messages, which live only in memory.
 */
import type { RedactionSpan, RedactionType, TranscriptMessage } from '../../../shared/domain/transcript';
import type { RedactionCandidate } from './redaction-candidate';
import { placeholderOf } from './redaction-candidate';
import { renderRedactions } from './redaction-spans';
import { countsOf, type RedactableTranscript, type RedactionOutcome } from './redact-transcript';
import { findOccurrences, needleOf } from '../review/text-occurrences';

import type { HideScope } from '../../../shared/contract/transcript-ops';

/** A range the user selected in the REDACTED text of one message. */
export interface AddedRedaction {
  messageId: string;
  redactedStart: number;
  redactedEnd: number;
  type?: RedactionType;
  /** e.g. "Customer" for [NAME:Customer]. */
  label?: string;
  scope?: HideScope;
}

export interface RedactionDecisions {
  /** Span ids to restore. */
  undo?: string[];
  /** Span ids whose original text is restored wherever a span hides exactly that text. */
  undoEverywhere?: string[];
  add?: AddedRedaction[];
}

export interface AppliedDecisions<T extends RedactableTranscript> {
  outcome: RedactionOutcome<T>;
  /** Ranges newly hidden (each occurrence counts once). */
  hidden: number;
  /** Redactions undone. */
  shown: number;
}

interface OriginalRange extends RedactionCandidate {
  messageId: string;
  /** A bulk occurrence elsewhere: skipped where a redaction already hides it. */
  bulk: boolean;
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

function groupByMessage(spans: RedactionSpan[]): Map<string, RedactionSpan[]> {
  const byMessage = new Map<string, RedactionSpan[]>();
  for (const s of spans) {
    const list = byMessage.get(s.messageId);
    if (list) list.push(s);
    else byMessage.set(s.messageId, [s]);
  }
  return byMessage;
}

/** Span ids to undo: the listed ones, and every span hiding the same text as one listed "everywhere". */
function spansToUndo(spans: RedactionSpan[], decisions: RedactionDecisions): Set<string> {
  const undo = new Set(decisions.undo ?? []);
  const everywhere = new Set(decisions.undoEverywhere ?? []);
  if (everywhere.size === 0) return undo;
  const texts = new Set(spans.filter((s) => everywhere.has(s.id)).map((s) => s.original));
  for (const s of spans) if (texts.has(s.original)) undo.add(s.id);
  return undo;
}

/** The added ranges in original offsets, bulk scopes expanded over every message of the import. */
function rangesToAdd(original: RedactableTranscript, byMessage: Map<string, RedactionSpan[]>, add: AddedRedaction[]): OriginalRange[] {
  const texts = new Map(original.messages.map((m) => [m.id, m.text]));
  const out: OriginalRange[] = [];
  for (const a of add) {
    const text = texts.get(a.messageId);
    if (text === undefined) continue;
    const spans = byMessage.get(a.messageId) ?? [];
    const start = toOriginal(spans, Math.min(a.redactedStart, a.redactedEnd), 'start');
    const end = toOriginal(spans, Math.max(a.redactedStart, a.redactedEnd), 'end');
    if (end <= start) continue;
    const scope = a.scope ?? 'one';
    const type = scope === 'name' ? 'NAME' : (a.type ?? 'OTHER');
    const placeholder = placeholderOf(type, a.label);
    const selection: OriginalRange = { messageId: a.messageId, start, end, type, placeholder, bulk: false };
    if (scope === 'one') {
      out.push(selection);
      continue;
    }
    // The selection itself is one of the occurrences (trimmed to the words); a selection that cuts
    // a word in two matches nowhere as a word, and is hidden as selected.
    const match = scope === 'name' ? 'name' : 'same-text';
    const found = findOccurrences(original.messages, needleOf(text.slice(start, end), match), match);
    if (!found.some((o) => o.messageId === a.messageId && o.start < end && start < o.end)) out.push(selection);
    for (const o of found) out.push({ ...o, type, placeholder, bulk: true });
  }
  return out;
}

/**
 * Ranges added to one message and the spans they leave in place. A range that overlaps a kept
 * span grows to cover it (a redaction never comes undone by hiding part of it); a bulk occurrence
 * that a kept span already hides is left alone.
 */
function combine(kept: RedactionCandidate[], ranges: OriginalRange[]): { candidates: RedactionCandidate[]; added: number } {
  const extra: RedactionCandidate[] = [];
  for (const r of ranges) {
    if (r.bulk && kept.some((s) => s.start <= r.start && r.end <= s.end)) continue;
    let { start, end } = r;
    for (const s of kept) {
      if (s.start < end && start < s.end) {
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
    }
    extra.push({ start, end, type: r.type, placeholder: r.placeholder });
  }
  const merged = mergeAdded(extra);
  const left = kept.filter((s) => !merged.some((e) => s.start < e.end && e.start < s.end));
  return { candidates: left.concat(merged).sort((a, b) => a.start - b.start), added: merged.length };
}

/**
 * Re-renders the transcript from the original messages with the spans that survive the undos,
 * plus the added ranges (which swallow any span they overlap). Returns a fresh outcome and how
 * many ranges were hidden and redactions shown.
 */
export function applyRedactionDecisionsCounted<T extends RedactableTranscript>(
  original: T,
  previous: RedactionOutcome<T>,
  decisions: RedactionDecisions,
): AppliedDecisions<T> {
  const undo = spansToUndo(previous.spans, decisions);
  const byMessage = groupByMessage(previous.spans);
  const added = new Map<string, OriginalRange[]>();
  for (const r of rangesToAdd(original, byMessage, decisions.add ?? [])) {
    const list = added.get(r.messageId);
    if (list) list.push(r);
    else added.set(r.messageId, [r]);
  }
  const spans: RedactionSpan[] = [];
  let hidden = 0;
  let shown = 0;
  const messages: TranscriptMessage[] = original.messages.map((message) => {
    const own = byMessage.get(message.id) ?? [];
    const kept = own.filter((s) => !undo.has(s.id)).map((s): RedactionCandidate => ({ start: s.start, end: s.end, type: s.type, placeholder: s.placeholder }));
    shown += own.length - kept.length;
    const { candidates, added: count } = combine(kept, added.get(message.id) ?? []);
    hidden += count;
    if (candidates.length === 0) return message;
    const rendered = renderRedactions(message.text, message.id, candidates, (k) => `${message.id}-r${k + 1}`);
    spans.push(...rendered.spans);
    return { ...message, text: rendered.text };
  });
  const outcome = { transcript: { ...previous.transcript, messages }, spans, counts: countsOf(spans), suggestions: previous.suggestions };
  return { outcome, hidden, shown };
}

/** As applyRedactionDecisionsCounted, the outcome only. */
export function applyRedactionDecisions<T extends RedactableTranscript>(original: T, previous: RedactionOutcome<T>, decisions: RedactionDecisions): RedactionOutcome<T> {
  return applyRedactionDecisionsCounted(original, previous, decisions).outcome;
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
