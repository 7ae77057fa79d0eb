/**
 * The tokens facts are read from: numbers, words (Thai split into words by Intl.Segmenter, Thai
 * numbers in words merged into one number) and currency marks, with where each stands in the
 * original text; plus the number, clock-time and lexicon look-ups every fact reader shares.
 */
import type { FoldedText } from '../text-folding';

export interface Token {
  text: string;
  kind: 'num' | 'word' | 'sym';
  start: number;
  end: number;
  /** No space or other character between this token and the next. */
  glued: boolean;
  capitalised: boolean;
}

const TOKEN = /(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}]+(?:'[\p{L}]+)?)|([₱₦฿$%₵~–—-])/gu;
export const THAI = /[\u0e00-\u0e7f]/;
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

const THAI_DIGITS = /[\u0e50-\u0e59]/g;
const THAI_UNITS: Readonly<Record<string, number>> = { 'สิบ': 10, 'ร้อย': 100, 'พัน': 1000, 'หมื่น': 10_000, 'แสน': 100_000 };
const THAI_DIGIT_WORDS: Readonly<Record<string, number>> = {
  'ศูนย์': 0, 'หนึ่ง': 1, 'เอ็ด': 1, 'สอง': 2, 'ยี่': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9,
};

/** Thai numbers written in words, as one number: ห้าร้อยเก้าสิบ = 590, ยี่สิบเอ็ด = 21. */
function mergeThaiNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    let total = 0;
    let digit: number | null = null;
    while (j < tokens.length && (Object.hasOwn(THAI_DIGIT_WORDS, tokens[j].text) || Object.hasOwn(THAI_UNITS, tokens[j].text))) {
      const t = tokens[j].text;
      if (Object.hasOwn(THAI_UNITS, t)) {
        total += (digit ?? 1) * THAI_UNITS[t];
        digit = null;
      } else digit = THAI_DIGIT_WORDS[t];
      j++;
    }
    // A lone digit word stays a word (สอง can be part of ordinary text); a unit makes it a number.
    const hasUnit = tokens.slice(i, j).some((t) => Object.hasOwn(THAI_UNITS, t.text));
    if (j > i && hasUnit) {
      out.push({ ...tokens[i], text: String(total + (digit ?? 0)), kind: 'num', end: tokens[j - 1].end, glued: tokens[j - 1].glued });
      i = j - 1;
    } else out.push(tokens[i]);
  }
  return out;
}

export function tokenize(folded: FoldedText): Token[] {
  const out: Token[] = [];
  const { normStart, normEnd, original } = folded;
  const norm = THAI_DIGITS.test(folded.norm) ? folded.norm.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50)) : folded.norm;
  const push = (text: string, kind: Token['kind'], from: number, to: number): void => {
    const start = normStart[from];
    const end = normEnd[to - 1];
    if (out.length > 0) out[out.length - 1].glued = out[out.length - 1].end === start;
    out.push({ text, kind, start, end, glued: false, capitalised: /^\p{Lu}/u.test(original.slice(start, end)) });
  };
  for (const m of norm.matchAll(TOKEN)) {
    const kind = m[1] ? 'num' : m[2] ? 'word' : 'sym';
    if (kind === 'word' && THAI.test(m[0])) {
      for (const s of segmenter.segment(m[0])) if (s.isWordLike) push(s.segment, 'word', m.index + s.index, m.index + s.index + s.segment.length);
    } else push(m[0], kind, m.index, m.index + m[0].length);
  }
  return THAI.test(norm) ? mergeThaiNumbers(out) : out;
}

const firstWordsCache = new WeakMap<object, ReadonlySet<string>>();

function firstWordsOf(table: Readonly<Record<string, unknown>>): ReadonlySet<string> {
  let words = firstWordsCache.get(table);
  if (!words) firstWordsCache.set(table, (words = new Set(Object.keys(table).map((k) => k.split(' ')[0]))));
  return words;
}

/** The longest lexicon entry starting at token i (up to three tokens; Thai ones joined without spaces). */
export function lookup<T>(tokens: Token[], i: number, table: Readonly<Record<string, T>>): { value: T; length: number } | null {
  const first = tokens[i];
  if (!first || (first.kind !== 'word' && !Object.hasOwn(table, first.text)) || (!THAI.test(first.text) && !firstWordsOf(table).has(first.text))) return null;
  const joiner = THAI.test(first.text) ? '' : ' ';
  const keys: string[] = [];
  let key = '';
  for (let n = 0; n < 3 && i + n < tokens.length && tokens[i + n].kind !== 'num'; n++) {
    key = n === 0 ? tokens[i].text : `${key}${joiner}${tokens[i + n].text}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) if (Object.hasOwn(table, keys[n - 1])) return { value: table[keys[n - 1]], length: n };
  return null;
}

export function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.').replace(/[.,:](?=.*[.,:])/g, ''));
}

/** "9:30", "17.00", "9.30" as minutes after midnight, or null. */
export function clockTime(raw: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 ? (h % 24) * 60 + min : null;
}

export function hourReadings(hourMinutes: number, meridiem: 'am' | 'pm' | null): number[] {
  const h = Math.floor(hourMinutes / 60);
  const m = hourMinutes % 60;
  if (h >= 13) return [hourMinutes];
  if (meridiem === 'pm') return [((h % 12) + 12) * 60 + m];
  if (meridiem === 'am') return [(h % 12) * 60 + m];
  return h === 12 ? [hourMinutes] : [hourMinutes, hourMinutes + 720];
}
