/**
 * Where a piece of text the reviewer chose occurs again in an import, for the bulk review
 * actions: "hide every occurrence" (the same text) and "hide this name wherever it appears"
 * (case-insensitive, as whole words). Offsets index the ORIGINAL message texts.
 */

export interface TextOccurrence {
  messageId: string;
  start: number;
  end: number;
}

export type OccurrenceMatch = 'same-text' | 'name';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Thai is written without spaces between words: a name there cannot be asked to stand alone. */
const THAI = /\p{Script=Thai}/u;
/** Punctuation and spaces a selection often catches around a name ("Bambang," or " Bambang"). */
const NAME_EDGE = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text to look for: trimmed, and for a name its surrounding punctuation dropped; '' when nothing is left. */
export function needleOf(selected: string, match: OccurrenceMatch): string {
  const trimmed = selected.trim();
  return match === 'name' ? trimmed.replace(NAME_EDGE, '') : trimmed;
}

/**
 * A pattern for the needle. Same text: exact, and where the needle starts or ends with a letter
 * or digit it must not run on into another word ("Ani" is not hidden inside "Daniel"). Name: the
 * same word boundaries on both sides, any case, any run of spaces or a line break between its words.
 */
function patternOf(needle: string, match: OccurrenceMatch): RegExp {
  const bounded = !THAI.test(needle);
  const body = match === 'name' ? needle.split(/\s+/).map(escapeRegExp).join('\\s+') : escapeRegExp(needle);
  const before = bounded && WORD_CHAR.test(needle[0]) ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
  const after = bounded && WORD_CHAR.test(needle[needle.length - 1]) ? '(?![\\p{L}\\p{N}\\p{M}])' : '';
  return new RegExp(before + body + after, match === 'name' ? 'giu' : 'gu');
}

/** Every occurrence of the needle in the messages, in message order. */
export function findOccurrences(messages: readonly { id: string; text: string }[], needle: string, match: OccurrenceMatch): TextOccurrence[] {
  if (needle === '') return [];
  const pattern = patternOf(needle, match);
  // A cheap pre-check per message: most messages do not hold the needle at all.
  const probe = match === 'name' ? needle.split(/\s+/)[0].toLowerCase() : needle;
  const out: TextOccurrence[] = [];
  for (const m of messages) {
    const haystack = match === 'name' ? m.text.toLowerCase() : m.text;
    if (!haystack.includes(probe)) continue;
    for (const hit of m.text.matchAll(pattern)) out.push({ messageId: m.id, start: hit.index, end: hit.index + hit[0].length });
  }
  return out;
}
