/**
 * The words of a message as the address detector reads them: tokens with their offsets, case and
 * punctuation taken apart by hand over char codes (this runs on every message that may hold an
 * address), grouped into segments at line ends, commas, semicolons, brackets and sentence ends.
 */

export interface Token {
  start: number;
  end: number;
  /** Without surrounding punctuation; a trailing dot is kept ("Jl.", "Esq."). */
  bare: string;
  /** Lower case, without a trailing dot: the keyword form. */
  key: string;
  num: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written in Thai script, which has no capitals. */
  thai: boolean;
  /** A colon follows it: "Alamat:", "Tel:". */
  colon: boolean;
}

export interface Segment {
  tokens: Token[];
  /** A sentence ends before this segment: blocks do not run across it. */
  breakBefore: boolean;
}

export const STARTS_UPPER = /^\p{Lu}/u;
const THAI = /[\u0e00-\u0e7f]/;
/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATION = new Set(['jl', 'jln', 'no', 'st', 'rd', 'ave', 'kel', 'kec', 'kab', 'brgy', 'subd', 'tp', 'dr', 'mr', 'mrs', 'ms', 'mdm', 'hse', 'blk', 'tmn', 'lrg', 'gg', 'apt', 'q', 'p', 'kg', 'komp', 'perum', 'prov', 'esq', 'mt', 'ph', 'bldg', 'ln', 'blvd', 'av', 'str', 'dsn', 'rt', 'rw']);

function tokensOf(text: string, line: string, offset: number): Token[] {
  const out: Token[] = [];
  // By hand over char codes: this runs on every message that may hold an address.
  const thaiLine = THAI.test(line);
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
    let from = i;
    while (i < line.length && !isSpaceCode(line.charCodeAt(i))) i++;
    let to = i;
    while (from < to && LEADING.has(line[from])) from++;
    while (to > from && TRAILING.has(line[to - 1])) to--;
    if (to === from) continue;
    const bare = line.slice(from, to);
    let key = bare.toLowerCase();
    while (key.endsWith('.')) key = key.slice(0, -1);
    const first = bare.charCodeAt(0);
    const start = offset + from;
    const end = offset + to;
    out.push({ start, end, bare, key, num: isDigitCode(first) || (first === 35 && isDigitCode(bare.charCodeAt(1))), cap: isUpperAt(bare, first), thai: thaiLine && THAI.test(bare), colon: text[end] === ':' });
  }
  return out;
}

const LEADING = new Set(['(', '"', "'", '[', '“', '‘']);
const TRAILING = new Set([',', ';', ':', '!', '?', ')', '"', "'", ']', '”', '’']);

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x200e || code === 0x200f || code === 0x3000;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUpperAt(word: string, code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return STARTS_UPPER.test(word);
}

function endsSentence(text: string, t: Token, next: Token | undefined): boolean {
  const after = text[t.end];
  if (after === '!' || after === '?') return true;
  // Chat rarely capitalises after a full stop: "…, Kedah. lepas 7pm ada orang".
  if (!t.bare.endsWith('.') || next === undefined || ABBREVIATION.has(t.key) || /^\p{Lu}\.$/u.test(t.bare)) return false;
  // "Singapore 380115. Open Tue-Sun": a number ends a sentence before a capital only ("No. 5.2" does not).
  return !t.num || next.cap;
}

/** Cuts a message into segments at line ends, commas, semicolons and sentence ends. */
export function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const tokens = tokensOf(text, line, offset);
    let current: Token[] = [];
    let breakBefore = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // An aside in brackets ("(Mon-Sat 10am-7pm)") is never part of the address before it.
      if (text[t.start - 1] === '(' && current.length) {
        segments.push({ tokens: current, breakBefore });
        current = [];
        breakBefore = true;
      }
      current.push(t);
      const between = text.slice(t.end, tokens[i + 1]?.start ?? t.end + 1);
      const sentence = endsSentence(text, t, tokens[i + 1]) || between.includes(')');
      if (sentence || between.includes(',') || between.includes(';')) {
        segments.push({ tokens: current, breakBefore });
        current = [];
        breakBefore = sentence;
      }
    }
    if (current.length) segments.push({ tokens: current, breakBefore });
    offset += line.length + 1;
  }
  return segments;
}
