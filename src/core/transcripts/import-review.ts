/**
 * Reviewing a pending import's redactions (see import-session.ts): the spans and live suggestions
 * of a message, the leader's decisions applied to the whole import, and how many suggestions are
 * left to check in each conversation. Memory only, like the rest of the pending import.
 */
import type { RedactionSpan } from '../../shared/domain/transcript';
import type { ParsedImport } from './import-session';
import { applyRedactionDecisionsCounted, type AddedRedaction } from './redaction/redaction-decisions';
import { placeSuggestions, suggestionsByMessage, type PlacedSuggestion } from './review/suggestions-in-review';

export interface ReviewDecisions {
  undo?: string[];
  undoEverywhere?: string[];
  add?: AddedRedaction[];
  /** Suggestions the reviewer keeps visible. */
  keepSuggestions?: string[];
}

export interface ReviewApplied {
  /** Ids of the messages whose text or suggestions changed. */
  messageIds: string[];
  hidden: number;
  shown: number;
}

function spansByMessage(parsed: ParsedImport): Map<string, RedactionSpan[]> {
  if (!parsed.spansByMessage) {
    const map = new Map<string, RedactionSpan[]>();
    for (const span of parsed.outcome.spans) {
      const list = map.get(span.messageId);
      if (list) list.push(span);
      else map.set(span.messageId, [span]);
    }
    parsed.spansByMessage = map;
  }
  return parsed.spansByMessage;
}

export function spansOf(parsed: ParsedImport, messageId: string): RedactionSpan[] {
  return spansByMessage(parsed).get(messageId) ?? [];
}

/** The suggestions still to check in one message, placed in its redacted text. */
export function suggestionsOf(parsed: ParsedImport, messageId: string): PlacedSuggestion[] {
  if (parsed.outcome.suggestions.length === 0) return [];
  const own = parsed.outcome.suggestions.filter((s) => s.messageId === messageId);
  return placeSuggestions(spansOf(parsed, messageId), own, parsed.dismissed);
}

/** Suggestions still to check per conversation (by conversation index). */
export function suggestionCounts(parsed: ParsedImport): number[] {
  const counts = parsed.conversations.map(() => 0);
  if (parsed.outcome.suggestions.length === 0) return counts;
  const byMessage = suggestionsByMessage(parsed.outcome.suggestions);
  const spans = spansByMessage(parsed);
  const messages = parsed.original.messages;
  for (const c of parsed.conversations) {
    for (let i = c.startIndex; i < c.endIndex; i++) {
      const own = byMessage.get(messages[i].id);
      if (own) counts[c.index] += placeSuggestions(spans.get(messages[i].id) ?? [], own, parsed.dismissed).length;
    }
  }
  return counts;
}

/** Suggestions still to check in the conversations that will be saved. */
export function keptSuggestionCount(parsed: ParsedImport, counts = suggestionCounts(parsed)): number {
  return counts.reduce((sum, n, index) => (parsed.kept.has(index) ? sum + n : sum), 0);
}

/** Applies undos, added ranges (bulk ones over the whole import) and kept suggestions. */
export function applyReview(parsed: ParsedImport, decisions: ReviewDecisions): ReviewApplied {
  const known = new Set(parsed.outcome.spans.map((s) => s.id));
  const undo = (decisions.undo ?? []).filter((id) => known.has(id));
  const undoEverywhere = (decisions.undoEverywhere ?? []).filter((id) => known.has(id));
  const messageIds = new Set(parsed.original.messages.map((m) => m.id));
  const add = (decisions.add ?? []).filter((a) => messageIds.has(a.messageId));
  const kept = new Set(parsed.outcome.suggestions.filter((s) => decisions.keepSuggestions?.includes(s.id) && !parsed.dismissed.has(s.id)).map((s) => s.id));
  for (const id of kept) parsed.dismissed.add(id);
  const keptIn = parsed.outcome.suggestions.filter((s) => kept.has(s.id)).map((s) => s.messageId);
  if (undo.length + undoEverywhere.length + add.length === 0) return { messageIds: [...new Set(keptIn)], hidden: 0, shown: 0 };

  const before = parsed.outcome.transcript.messages;
  const applied = applyRedactionDecisionsCounted(parsed.original, parsed.outcome, { undo, undoEverywhere, add });
  parsed.outcome = applied.outcome;
  parsed.reviewEdits += applied.hidden + applied.shown;
  parsed.spansByMessage = null;
  const after = parsed.outcome.transcript.messages;
  const touched = new Set([...keptIn, ...undo.map((id) => id.replace(/-r\d+$/, '')), ...add.map((a) => a.messageId)]);
  const changed = after.filter((m, i) => touched.has(m.id) || m.text !== before[i].text).map((m) => m.id);
  return { messageIds: changed, hidden: applied.hidden, shown: applied.shown };
}
