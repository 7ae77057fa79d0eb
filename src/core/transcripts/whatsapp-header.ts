/**
 * Recognises the date/time header at the start of a WhatsApp line: the common Android shape is read
 * straight from the file's bytes without allocating; any other shape meets a sticky regex without
 * captures on the decoded line start, and the numbers are read from char codes into a reused object.
 * (Capture groups cost ten small strings per line, which dominated GC on large exports.)
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

function twoDigits(bytes: Uint8Array, i: number): number {
  const x = bytes[i] - 48;
  const y = bytes[i + 1] - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/**
 * The most common header, Android's "dd/dd/dddd, hh:mm - ", read straight from the bytes; -1 when
 * the line has any other shape (the regex decides those). HEADER matches exactly these 20 bytes.
 */
function matchCommonHeader(bytes: Uint8Array, pos: number, lineEnd: number, f: HeaderFields): number {
  if (pos + 20 > lineEnd) return -1;
  if (bytes[pos + 2] !== 0x2f || bytes[pos + 5] !== 0x2f || bytes[pos + 10] !== 0x2c || bytes[pos + 11] !== 0x20) return -1;
  if (bytes[pos + 14] !== 0x3a || bytes[pos + 17] !== 0x20 || bytes[pos + 18] !== 0x2d || bytes[pos + 19] !== 0x20) return -1;
  const a = twoDigits(bytes, pos);
  const b = twoDigits(bytes, pos + 3);
  const c1 = twoDigits(bytes, pos + 6);
  const c2 = twoDigits(bytes, pos + 8);
  const hour = twoDigits(bytes, pos + 12);
  const minute = twoDigits(bytes, pos + 15);
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

/** Longer than any header: date, time, seconds, a localized AM/PM in Thai (3 bytes a letter), marks. */
const HEADER_PREFIX_BYTES = 160;

/**
 * The header at the start of the line bytes[pos, lineEnd) of a UTF-8 export: returns the byte index
 * just after it, or -1; fills `f` when it matches.
 */
export function matchHeaderBytes(bytes: Buffer, pos: number, lineEnd: number, f: HeaderFields): number {
  const common = matchCommonHeader(bytes, pos, lineEnd, f);
  if (common >= 0) return common;
  const first = bytes[pos];
  // A header starts with a digit, '[' or a direction mark (U+200E/U+200F start with 0xE2).
  if (!(isDigit(first) || first === 0x5b || first === 0xe2)) return -1;
  const prefix = bytes.toString('utf8', pos, Math.min(lineEnd, pos + HEADER_PREFIX_BYTES));
  const end = matchHeader(prefix, 0, prefix.length, f);
  if (end < 0) return -1;
  const header = prefix.slice(0, end);
  const length = Buffer.byteLength(header);
  // A byte that is not UTF-8 decodes to U+FFFD, which re-encodes longer: such a line has no header.
  if (header.includes('\ufffd') && !bytes.subarray(pos, pos + length).equals(Buffer.from(header, 'utf8'))) return -1;
  return pos + length;
}

/** Returns the index just after the header, or -1; fills `f` when it matches. */
export function matchHeader(text: string, pos: number, lineEnd: number, f: HeaderFields): number {
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
