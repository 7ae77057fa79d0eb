/**
 * Reads the facts in a text: prices (RM164, 164 ringgit, ₱1,280, 150rb, 150.000đ), times and time
 * ranges (12–5pm, noon till 5, 12.00–17.00, jam 12 sampai 5, 17h, 9 โมง), weekdays and their
 * ranges (Sun, Minggu, Chủ nhật, T2–T7, Mon to Sat), today/tomorrow, durations (7 days, a week,
 * seminggu, 7 ngày, 24h), percentages, sizes and measurements. Works on the folded text, so
 * "Chủ Nhật" and "chu nhat" read alike; positions point into the original.
 */
import type { FoldedText } from '../text-folding';
import { clockTime, hourReadings, lookup, parseNumber, THAI, tokenize, type Token } from './fact-tokens';
import type { Fact, FactValue } from './fact-types';
import * as W from './fact-words';

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
  // "2-3 days", "1–2 วัน", "3 to 5 hari": a range of durations, read as its longest (what it promises at most).
  const upper = W.RANGE_WORDS.has(tokens[i + n.length]?.text ?? '') ? numberAt(tokens, i + n.length + 1) : null;
  const unitAt = upper ? i + n.length + 1 + upper.length : i + n.length;
  const unit = lookup(tokens, unitAt, W.DURATION_UNITS);
  if (!unit) return null;
  return { value: { kind: 'duration', hours: (upper ?? n).value * unit.value }, length: unitAt - i + unit.length };
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
