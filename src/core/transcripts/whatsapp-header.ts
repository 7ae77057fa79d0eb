/**
 * Recognises the date/time header at the start of a WhatsApp line without allocating: a sticky
 * regex without captures finds its end, then the numbers are read from char codes into a reused
 * object. (Capture groups cost ten small strings per line, which dominated GC on large exports.)
 */
import { meridiemOf } from './whatsapp-text-kinds';

// Every quantifier is bounded or over a disjoint class, so matching a line is linear.
const HEADER =
  /[\u200e\u200f]?\[?\d{1,4}(?:\/\d{1,2}\/|\.\d{1,2}\.|-\d{1,2}-)\d{1,4}\.?,?[ \u00a0]{0,2}(?:上午|下午|午前|午後|오전|오후)?[ \u00a0]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \u202f\u00a0]?(?:[^\d\s\]\-\u2013:,][^\d\]\-\u2013:\n]{0,11}?)?[ \u202f\u00a0]?(?:\][ \u00a0]|[ \u00a0][-\u2013][ \u00a0])/y;

export interface HeaderFields {
  bracketed: boolean;
  a: number;
  aDigits: number;
  b: number;
  c: number;
  cDigits: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 none, 1 am, 2 pm */
  meridiem: number;
}

export function newHeaderFields(): HeaderFields {
  return { bracketed: false, a: 0, aDigits: 0, b: 0, c: 0, cDigits: 0, hour: 0, minute: 0, second: 0, meridiem: 0 };
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function twoDigits(text: string, i: number): number {
  const x = text.charCodeAt(i) - 48;
  const y = text.charCodeAt(i + 1) - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/**
 * The most common header, Android's "dd/dd/dddd, hh:mm - ", read straight from char codes; -1 when
 * the line has any other shape (the regex decides those). HEADER matches exactly these 20 chars.
 */
function matchCommonHeader(text: string, pos: number, lineEnd: number, f: HeaderFields): number {
  if (pos + 20 > lineEnd) return -1;
  if (text.charCodeAt(pos + 2) !== 0x2f || text.charCodeAt(pos + 5) !== 0x2f || text.charCodeAt(pos + 10) !== 0x2c || text.charCodeAt(pos + 11) !== 0x20) return -1;
  if (text.charCodeAt(pos + 14) !== 0x3a || text.charCodeAt(pos + 17) !== 0x20 || text.charCodeAt(pos + 18) !== 0x2d || text.charCodeAt(pos + 19) !== 0x20) return -1;
  const a = twoDigits(text, pos);
  const b = twoDigits(text, pos + 3);
  const c1 = twoDigits(text, pos + 6);
  const c2 = twoDigits(text, pos + 8);
  const hour = twoDigits(text, pos + 12);
  const minute = twoDigits(text, pos + 15);
  if (a < 0 || b < 0 || c1 < 0 || c2 < 0 || hour < 0 || minute < 0) return -1;
  f.bracketed = false;
  f.a = a;
  f.aDigits = 2;
  f.b = b;
  f.c = c1 * 100 + c2;
  f.cDigits = 4;
  f.hour = hour;
  f.minute = minute;
  f.second = 0;
  f.meridiem = 0;
  return pos + 20;
}

/** Returns the index just after the header, or -1; fills `f` when it matches. */
export function matchHeader(text: string, pos: number, lineEnd: number, f: HeaderFields): number {
  const common = matchCommonHeader(text, pos, lineEnd, f);
  if (common >= 0) return common;
  HEADER.lastIndex = pos;
  if (!HEADER.test(text)) return -1;
  const end = HEADER.lastIndex;
  if (end > lineEnd) return -1;
  let i = pos;
  let code = text.charCodeAt(i);
  if (code === 0x200e || code === 0x200f) code = text.charCodeAt(++i);
  f.bracketed = code === 0x5b;
  if (f.bracketed) i++;
  let n = 0;
  let digits = 0;
  for (; isDigit((code = text.charCodeAt(i))); i++, digits++) n = n * 10 + code - 48;
  f.a = n;
  f.aDigits = digits;
  i++; // separator
  for (n = 0; isDigit((code = text.charCodeAt(i))); i++) n = n * 10 + code - 48;
  f.b = n;
  i++;
  for (n = 0, digits = 0; isDigit((code = text.charCodeAt(i))); i++, digits++) n = n * 10 + code - 48;
  f.c = n;
  f.cDigits = digits;
  const prefixStart = i;
  while (!isDigit(text.charCodeAt(i))) i++;
  let meridiem = 0;
  if (i - prefixStart > 3) {
    // an East Asian marker before the time (午後2:05)
    const m = meridiemOf(text.slice(prefixStart, i).replace(/^[.,\s\u00a0]+/, ''));
    meridiem = m === 'am' ? 1 : m === 'pm' ? 2 : 0;
  }
  for (n = 0; isDigit((code = text.charCodeAt(i))); i++) n = n * 10 + code - 48;
  f.hour = n;
  i++;
  for (n = 0; isDigit((code = text.charCodeAt(i))); i++) n = n * 10 + code - 48;
  f.minute = n;
  f.second = 0;
  code = text.charCodeAt(i);
  if ((code === 0x3a || code === 0x2e) && isDigit(text.charCodeAt(i + 1))) {
    for (i++, n = 0; isDigit((code = text.charCodeAt(i))); i++) n = n * 10 + code - 48;
    f.second = n;
  }
  const tailEnd = f.bracketed && text.charCodeAt(end - 2) === 0x5d ? end - 2 : end - 3;
  if (tailEnd > i + 1) {
    const m = meridiemOf(text.slice(i, tailEnd));
    meridiem = m === 'am' ? 1 : m === 'pm' ? 2 : meridiem;
  }
  f.meridiem = meridiem;
  return end;
}

export function plausibleDate(f: HeaderFields): boolean {
  if (f.aDigits === 4) return f.b >= 1 && f.b <= 12 && f.c >= 1 && f.c <= 31;
  if (f.aDigits === 3 || f.cDigits === 3) return false;
  return f.a >= 1 && f.a <= 31 && f.b >= 1 && f.b <= 31 && (f.a <= 12 || f.b <= 12);
}
