/**
 * The detector's uncertain candidates as the reviewer sees them: positioned in the REDACTED text
 * of their message (suggestions index the original text; the spans say how far each placeholder
 * moves what follows it), and gone once a redaction covers them or the reviewer kept the words.
 */
import type { RedactionSpan } from '../../../shared/domain/transcript';
import type { RedactionSuggestion } from '../redaction/redact-transcript';

export interface PlacedSuggestion {
  suggestion: RedactionSuggestion;
  redactedStart: number;
  redactedEnd: number;
}

/**
 * Places one message's suggestions among its spans (both by original offsets). A suggestion that
 * overlaps a span is not shown: that text is hidden already; of two that overlap, the first is.
 * Sorted by position.
 */
export function placeSuggestions(spans: readonly RedactionSpan[], suggestions: readonly RedactionSuggestion[], dismissed: ReadonlySet<string>): PlacedSuggestion[] {
  if (suggestions.length === 0) return [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const placed: PlacedSuggestion[] = [];
  for (const suggestion of [...suggestions].sort((a, b) => a.start - b.start)) {
    if (dismissed.has(suggestion.id) || suggestion.end <= suggestion.start) continue;
    const last = placed[placed.length - 1];
    if (last && suggestion.start < last.suggestion.end) continue;
    if (sorted.some((s) => s.start < suggestion.end && suggestion.start < s.end)) continue;
    let shift = 0;
    for (const s of sorted) {
      if (s.end > suggestion.start) break;
      shift += s.redactedEnd - s.redactedStart - (s.end - s.start);
    }
    placed.push({ suggestion, redactedStart: suggestion.start + shift, redactedEnd: suggestion.end + shift });
  }
  return placed;
}

/** Suggestions grouped by message id, for looking up one message's while paging. */
export function suggestionsByMessage(suggestions: readonly RedactionSuggestion[]): Map<string, RedactionSuggestion[]> {
  const map = new Map<string, RedactionSuggestion[]>();
  for (const s of suggestions) {
    const list = map.get(s.messageId);
    if (list) list.push(s);
    else map.set(s.messageId, [s]);
  }
  return map;
}
