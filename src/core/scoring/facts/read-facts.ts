/**
 * Reads the facts in a text: prices (RM164, 164 ringgit, ₱1,280, 150rb, 150.000đ), times and time
 * ranges (12–5pm, noon till 5, 12.00–17.00, jam 12 sampai 5, 17h, 9 โมง), weekdays and their
 * ranges (Sun, Minggu, Chủ nhật, T2–T7, Mon to Sat), today/tomorrow, durations (7 days, a week,
 * seminggu, 7 ngày, 24h), percentages, sizes and measurements. Works on the folded text, so
 * "Chủ Nhật" and "chu nhat" read alike; positions point into the original.
 */
import type { FoldedText } from '../text-folding';
import type { Fact, FactValue } from './fact-types';
import * as W from './fact-words';

interface Token {
  text: string;
  kind: 'num' | 'word' | 'sym';
  start: number;
  end: number;
  /** No space or other character between this token and the next. */
  glued: boolean;
  capitalised: boolean;
}

const TOKEN = /(\d+(?:[.,:]\d+)*)|([\p{L}\p{M}]+(?:'[\p{L}]+)?)|([₱₦฿$%₵~–—-])/gu;
const THAI = /[\u0e00-\u0e7f]/;
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

function tokenize(folded: FoldedText): Token[] {
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
function lookup<T>(tokens: Token[], i: number, table: Readonly<Record<string, T>>): { value: T; length: number } | null {
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

function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.').replace(/[.,:](?=.*[.,:])/g, ''));
}

/** "9:30", "17.00", "9.30" as minutes after midnight, or null. */
function clockTime(raw: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(raw);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 ? (h % 24) * 60 + min : null;
}

function hourReadings(hourMinutes: number, meridiem: 'am' | 'pm' | null): number[] {
  const h = Math.floor(hourMinutes / 60);
  const m = hourMinutes % 60;
  if (h >= 13) return [hourMinutes];
  if (meridiem === 'pm') return [((h % 12) + 12) * 60 + m];
  if (meridiem === 'am') return [(h % 12) * 60 + m];
  return h === 12 ? [hourMinutes] : [hourMinutes, hourMinutes + 720];
}

interface Reading {
  value: FactValue;
  length: number;
}

function numberAt(tokens: Token[], i: number): { value: number; length: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') return { value: parseNumber(t.text), length: 1 };
  const word = t.text.replace(/ng$/, '');
  if (t.kind === 'word' && (Object.hasOwn(W.NUMBER_WORDS, t.text) || Object.hasOwn(W.NUMBER_WORDS, word))) return { value: W.NUMBER_WORDS[t.text] ?? W.NUMBER_WORDS[word], length: 1 };
  if (t.kind === 'word' && THAI.test(t.text)) {
    const digits = t.text.match(/^(หนึ่ง|สอง|สาม|สี่|ห้า|หก)$/);
    if (digits) return { value: W.NUMBER_WORDS[digits[1]], length: 1 };
  }
  return null;
}

function readMoney(tokens: Token[], i: number): Reading | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prefix = Object.hasOwn(W.CURRENCIES, t.text) ? W.CURRENCIES[t.text] : t.glued && Object.hasOwn(W.GLUED_CURRENCIES, t.text) ? W.GLUED_CURRENCIES[t.text] : undefined;
  if (prefix && next?.kind === 'num') {
    const amount = withMultiplier(tokens, i + 1);
    return { value: { kind: 'money', amount: amount.value, currency: prefix }, length: 1 + amount.length };
  }
  if (t.kind !== 'num') {
    // "lima ringgit", "five hundred naira" is rare; a number word with a currency word is enough.
    const n = numberAt(tokens, i);
    const currency = tokens[i + 1];
    if (n && t.kind === 'word' && currency && Object.hasOwn(W.CURRENCIES, currency.text)) return { value: { kind: 'money', amount: n.value, currency: W.CURRENCIES[currency.text] }, length: 2 };
    return null;
  }
  const amount = withMultiplier(tokens, i);
  const after = tokens[i + amount.length];
  if (after && Object.hasOwn(W.CURRENCIES, after.text)) return { value: { kind: 'money', amount: amount.value, currency: W.CURRENCIES[after.text] }, length: amount.length + 1 };
  if (after && tokens[i + amount.length - 1].glued && Object.hasOwn(W.GLUED_CURRENCIES, after.text) && after.text === 'd') return { value: { kind: 'money', amount: amount.value, currency: 'VND' }, length: amount.length + 1 };
  if (amount.length > 1) return { value: { kind: 'money', amount: amount.value }, length: amount.length };
  return null;
}

function withMultiplier(tokens: Token[], i: number): { value: number; length: number } {
  const value = parseNumber(tokens[i].text);
  const next = tokens[i + 1];
  if (next && Object.hasOwn(W.MULTIPLIERS, next.text) && (tokens[i].glued || next.text.length > 2)) return { value: value * W.MULTIPLIERS[next.text], length: 2 };
  return { value, length: 1 };
}

/** A time of day at token i: a clock time, an hour with a mark or am/pm, noon; or an hour after a lead word. */
function readTime(tokens: Token[], i: number, afterLead: boolean): { minutes: number[]; length: number; explicit: boolean } | null {
  const noon = lookup(tokens, i, W.NOON_WORDS);
  if (noon) return { minutes: [noon.value], length: noon.length, explicit: true };
  // Thai afternoon hours come after the word: บ่ายสอง / บ่าย 2 (โมง) is 2 pm.
  if (tokens[i].text === 'บ่าย') {
    const hour = numberAt(tokens, i + 1);
    if (hour && hour.value >= 1 && hour.value <= 6) return { minutes: [(hour.value + 12) * 60], length: tokens[i + 2]?.text === 'โมง' ? 3 : 2, explicit: true };
  }
  const n = numberAt(tokens, i);
  if (!n) return null;
  const raw = tokens[i].text;
  const clock = tokens[i].kind === 'num' ? clockTime(raw) : null;
  let length = 1;
  let base: number | null = clock;
  if (base === null && Number.isInteger(n.value) && n.value <= 24) base = n.value * 60;
  if (base === null) return null;
  let explicit = clock !== null;
  const mark = tokens[i + length];
  if (mark && W.HOUR_MARKS.has(mark.text)) {
    length++;
    explicit = true;
    const minutes = tokens[i + length];
    if (mark.text === 'h' && minutes?.kind === 'num' && /^\d{2}$/.test(minutes.text)) {
      base += Number(minutes.text);
      length++;
    }
  }
  let meridiem: 'am' | 'pm' | null = null;
  // Tagalog puts a linker between the hour and the time of day: "10 ng gabi", "9 sa umaga".
  if ((tokens[i + length]?.text === 'ng' || tokens[i + length]?.text === 'sa') && Object.hasOwn(W.MERIDIEM, tokens[i + length + 1]?.text ?? '')) length++;
  const m1 = tokens[i + length];
  if (m1 && (m1.text === 'a' || m1.text === 'p') && tokens[i + length + 1]?.text === 'm') {
    meridiem = m1.text === 'a' ? 'am' : 'pm';
    length += 2;
  } else if (m1 && Object.hasOwn(W.MERIDIEM, m1.text)) {
    meridiem = W.MERIDIEM[m1.text];
    length++;
  }
  if (!explicit && meridiem === null && !afterLead) return null;
  return { minutes: hourReadings(base, meridiem), length, explicit: explicit || meridiem !== null };
}

function readTimeOrRange(tokens: Token[], i: number): Reading | null {
  const lead = i > 0 && W.HOUR_LEADS.has(tokens[i - 1].text);
  const first = readTime(tokens, i, lead) ?? (tokens[i].kind === 'num' && W.RANGE_WORDS.has(tokens[i + 1]?.text ?? '') ? bareHour(tokens, i) : null);
  if (!first) return null;
  const sep = tokens[i + first.length];
  if (sep && W.RANGE_WORDS.has(sep.text)) {
    const second = readTime(tokens, i + first.length + 1, true);
    if (second) {
      const pmAfter = second.minutes.every((m) => m >= 720) && second.explicit;
      const from = pmAfter ? first.minutes.filter((m) => m <= Math.max(...second.minutes)) : first.minutes;
      return { value: { kind: 'time-range', from, to: second.minutes }, length: first.length + 1 + second.length };
    }
  }
  if (!first.explicit && !lead) return null;
  return { value: { kind: 'time', minutes: first.minutes }, length: first.length };
}

function bareHour(tokens: Token[], i: number): { minutes: number[]; length: number; explicit: boolean } | null {
  const n = parseNumber(tokens[i].text);
  return Number.isInteger(n) && n <= 24 ? { minutes: hourReadings(n * 60, null), length: 1, explicit: false } : null;
}

function weekdayAt(tokens: Token[], i: number): { day: number; length: number } | null {
  const t = tokens[i];
  if (W.VI_NUMBERED_DAY_HEADS.has(t.text) && tokens[i + 1]?.kind === 'num') {
    const n = Number(tokens[i + 1].text);
    if (n >= 2 && n <= 7) return { day: n - 2, length: 2 };
  }
  const hit = lookup(tokens, i, W.WEEKDAYS);
  if (!hit) return null;
  if (hit.length === 1 && W.WEEKDAY_OR_WEEK.has(t.text) && i > 0 && numberAt(tokens, i - 1)) return null;
  return { day: hit.value, length: hit.length };
}

function readWeekdays(tokens: Token[], i: number): Reading | null {
  const set = lookup(tokens, i, W.DAY_SETS);
  if (set) return { value: { kind: 'weekday', days: set.value }, length: set.length };
  const first = weekdayAt(tokens, i);
  if (!first) return null;
  const sep = tokens[i + first.length];
  if (sep && W.RANGE_WORDS.has(sep.text)) {
    const second = weekdayAt(tokens, i + first.length + 1);
    if (second) {
      const days: number[] = [];
      for (let d = first.day; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === second.day || days.length > 7) break;
      }
      return { value: { kind: 'weekday', days }, length: first.length + 1 + second.length };
    }
  }
  return { value: { kind: 'weekday', days: [first.day] }, length: first.length };
}

function readRelativeDay(tokens: Token[], i: number): Reading | null {
  const hit = lookup(tokens, i, W.RELATIVE_DAYS);
  if (!hit) return null;
  // Vietnamese "mai" is tomorrow, but "chị Mai" / "Mai ơi" is a name.
  if (tokens[i].text === 'mai' && hit.length === 1 && ((i > 0 && W.HONORIFICS.has(tokens[i - 1].text)) || tokens[i].capitalised)) return null;
  return { value: { kind: 'relative-day', offset: hit.value }, length: hit.length };
}

function readDuration(tokens: Token[], i: number): Reading | null {
  const t = tokens[i];
  if (Object.hasOwn(W.ONE_OF_UNIT, t.text)) return { value: { kind: 'duration', hours: W.DURATION_UNITS[W.ONE_OF_UNIT[t.text]] }, length: 1 };
  const n = numberAt(tokens, i);
  if (!n) return null;
  const unit = lookup(tokens, i + 1, W.DURATION_UNITS);
  if (!unit) return null;
  return { value: { kind: 'duration', hours: n.value * unit.value }, length: 1 + unit.length };
}

function dayOfMonth(t: Token | undefined): number | null {
  if (t?.kind !== 'num' || !/^\d{1,2}$/.test(t.text)) return null;
  const n = Number(t.text);
  return n >= 1 && n <= 31 ? n : null;
}

function readDate(tokens: Token[], i: number): Reading | null {
  const t = tokens[i];
  const vietnamese = t.text === 'ngay' && dayOfMonth(tokens[i + 1]) !== null;
  if ((W.DATE_LEADS.has(t.text) || vietnamese) && dayOfMonth(tokens[i + 1]) !== null) {
    const month = tokens[i + 2] && Object.hasOwn(W.MONTHS, tokens[i + 2].text) ? W.MONTHS[tokens[i + 2].text] : undefined;
    return { value: { kind: 'date', day: dayOfMonth(tokens[i + 1])!, ...(month ? { month } : {}) }, length: month ? 3 : 2 };
  }
  const day = dayOfMonth(t);
  if (day === null) {
    // "Dec 28", "December 28th"
    if (Object.hasOwn(W.MONTHS, t.text) && t.text !== 'may' && dayOfMonth(tokens[i + 1]) !== null)
      return { value: { kind: 'date', day: dayOfMonth(tokens[i + 1])!, month: W.MONTHS[t.text] }, length: tokens[i + 2] && W.ORDINAL_SUFFIXES.has(tokens[i + 2].text) ? 3 : 2 };
    return null;
  }
  let length = 1;
  if (t.glued && tokens[i + 1] && W.ORDINAL_SUFFIXES.has(tokens[i + 1].text)) length = 2;
  const monthToken = tokens[i + length]?.text === 'of' ? tokens[i + length + 1] : tokens[i + length];
  const month = monthToken && Object.hasOwn(W.MONTHS, monthToken.text) ? W.MONTHS[monthToken.text] : undefined;
  if (month) length += tokens[i + length]?.text === 'of' ? 2 : 1;
  if (length === 1) return null;
  return { value: { kind: 'date', day, ...(month ? { month } : {}) }, length };
}

function readOther(tokens: Token[], i: number): Reading | null {
  const t = tokens[i];
  if (W.SIZE_WORDS.has(t.text) && tokens[i + 1]?.kind === 'num') return { value: { kind: 'quantity', value: parseNumber(tokens[i + 1].text), unit: 'size' }, length: 2 };
  if (t.kind !== 'num') return null;
  const value = parseNumber(t.text);
  const next = tokens[i + 1];
  const pct = lookup(tokens, i + 1, Object.fromEntries([...W.PERCENT_WORDS].map((w) => [w, true])));
  if (next?.text === '%' || pct) return { value: { kind: 'percent', value }, length: 1 + (pct?.length ?? 1) };
  if (next && Object.hasOwn(W.QUANTITY_UNITS, next.text) && (t.glued || next.text.length > 1)) {
    const u = W.QUANTITY_UNITS[next.text];
    return { value: { kind: 'quantity', value: Math.round(value * u.factor * 1000) / 1000, unit: u.unit }, length: 2 };
  }
  return null;
}

const READERS = [readMoney, readTimeOrRange, readWeekdays, readRelativeDay, readDuration, readDate, readOther];

export interface ReadFacts {
  facts: Fact[];
  /** Tokens that are neither facts nor fillers: a phrase with none is a fact phrase. */
  otherWords: number;
}

export function readFacts(folded: FoldedText): ReadFacts {
  const tokens = tokenize(folded);
  const facts: Fact[] = [];
  let otherWords = 0;
  for (let i = 0; i < tokens.length; ) {
    const readings = READERS.map((r) => r(tokens, i)).filter((r): r is Reading => r !== null);
    if (readings.length === 0) {
      const t = tokens[i];
      if (t.kind === 'num') facts.push({ kind: 'number', value: parseNumber(t.text), start: t.start, end: t.end });
      else if (t.kind === 'word' && !W.FACT_FILLERS.has(t.text) && !W.RANGE_WORDS.has(t.text)) otherWords++;
      i++;
      continue;
    }
    const longest = Math.max(...readings.map((r) => r.length));
    const end = tokens[i + longest - 1].end;
    // "24h" is both a time and a duration: keep every reading of the same stretch.
    for (const r of readings) if (r.length === longest) facts.push({ ...r.value, start: tokens[i].start, end });
    i += longest;
  }
  return { facts: joinWeekdayLists(facts, folded.original), otherWords };
}

const LIST_JOINER = /^\s*(?:,|&|\+|\/|and|dan|at|va|và|y|และ|,\s*and)\s*$/i;

/** "Weekdays and Saturday", "Mon, Wed & Fri": one set of days, as the reply means it. */
function joinWeekdayLists(facts: Fact[], original: string): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const last = out[out.length - 1];
    if (f.kind === 'weekday' && last?.kind === 'weekday' && LIST_JOINER.test(original.slice(last.end, f.start))) {
      out[out.length - 1] = { kind: 'weekday', days: [...new Set([...last.days, ...f.days])].sort((a, b) => a - b), start: last.start, end: f.end };
    } else out.push(f);
  }
  return out;
}
