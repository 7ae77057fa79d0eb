/**
 * Spans of a reply that report what someone else said or wrote: a quotation after a speech word or
 * a colon ("the courier's note says 'sorry, delayed'", "sabi ni kuya rider: “bukas na po”"). Words
 * there are not the staff member's own, so they neither earn nor cost points. A quoted label
 * without a speech word (our "Sizes" highlight) stays the reply's own words.
 */

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [
  ['"', '"'],
  ['\u201c', '\u201d'],
  ['\u201e', '\u201c'],
  ['\u00ab', '\u00bb'],
  ['\u300c', '\u300d'],
  ['\u2018', '\u2019'],
  ["'", "'"],
];

/** Folded words that introduce reported speech, in the languages the app trains in. */
const SPEECH_WORDS = new Set([
  'said', 'says', 'say', 'saying', 'wrote', 'writes', 'write', 'written', 'told', 'tells', 'note', 'notes', 'noted', 'message',
  'messaged', 'replied', 'reads', 'read', 'stated', 'states', 'status', 'shows', 'showing', 'update', 'claims', 'claimed',
  'kata', 'katanya', 'bilang', 'tulis', 'menulis', 'ditulis', 'tertulis', 'sabi', 'ayon', 'nakasulat', 'noi', 'ghi', 'viet', 'bao',
  'nhan', 'la', 'bilang', 'sinabi', 'typed', 'type', 'types', 'asked', 'ask', 'asks', 'asking', 'tanya', 'nanya', 'hoi', 'tanong',
]);

/** Thai is written without spaces: these are looked for in the text just before the quote. */
const THAI_SPEECH = ['ว่า', 'บอก', 'เขียน', 'แจ้ง'];

export interface Span {
  start: number;
  end: number;
}

function closingIndex(text: string, open: number, close: string): number {
  const end = text.indexOf(close, open + 1);
  if (end === -1) return -1;
  const newline = text.indexOf('\n', open + 1);
  return newline !== -1 && newline < end ? -1 : end;
}

/** A straight single quote opens only at a word's start, so "don't" and "shop's" are not quotes. */
function canOpen(text: string, at: number, quote: string): boolean {
  if (quote !== "'") return true;
  return at === 0 || /[\s(:[]/.test(text[at - 1]);
}

function introducedAsSpeech(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (/[:：]\s*$/.test(before)) return true;
  if (THAI_SPEECH.some((w) => before.trimEnd().slice(-12).includes(w))) return true;
  const words = before.split(/[^\p{L}\p{M}']+/u).filter(Boolean).slice(-3);
  return words.some((w) => SPEECH_WORDS.has(w.replace(/'s$/, '')));
}

export function reportedSpeechSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const pair = QUOTE_PAIRS.find(([open]) => open === text[i]);
    if (!pair || !canOpen(text, i, pair[0])) continue;
    const end = closingIndex(text, i, pair[1]);
    if (end === -1) continue;
    if (introducedAsSpeech(text, i)) spans.push({ start: i, end: end + 1 });
    i = end;
  }
  return spans;
}
