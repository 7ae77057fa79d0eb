/**
 * WhatsApp "Export chat" .txt, Android (`date, time - name: text`) and iOS (`[date, time] name: text`).
 * One linear pass over the UTF-8 bytes: headers are recognised in place and each message's text is
 * decoded on its own, so the file never exists as one 2-bytes-a-character string (an emoji anywhere
 * makes a JS string of the whole file twice its size). Then the date order is decided over the whole
 * file and timestamps are written.
 */
import type { RawChat, RawColumns } from './raw-chat';
import type { MessageKind } from '../../shared/domain/transcript';
import { TranscriptImportError } from './import-error';
import { isWhatsAppMediaText, isWhatsAppSystemNotice } from './whatsapp-text-kinds';
import { matchHeader, matchHeaderBytes, newHeaderFields, plausibleDate } from './whatsapp-header';

const MAX_AUTHOR = 100;

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

interface Collected {
  columns: RawColumns;
  /** a, b, c, hour, minute, second, meridiem (0 none, 1 am, 2 pm) per message; off-heap, so GC never scans it. */
  parts: Int32Array;
  bracketed: number;
  yearFirst: number;
}

/** bytes[start, end) as text. No encoding argument: Node then skips its encoding lookup, a third of the cost for short pieces. */
function utf8(bytes: Buffer, start: number, end: number): string {
  return bytes.toString(undefined, start, end);
}

/** Author names are at most this many characters, so ": " is looked for this far at most (3 bytes a character). */
const MAX_AUTHOR_BYTES = MAX_AUTHOR * 3 + 2;

/** Index of the ": " that ends an author name in bytes[start, lineEnd), or -1. */
function authorEnd(bytes: Uint8Array, start: number, lineEnd: number): number {
  const end = Math.min(lineEnd - 1, start + MAX_AUTHOR_BYTES);
  for (let i = start; i < end; i++) if (bytes[i] === 0x3a && bytes[i + 1] === 0x20) return i;
  return -1;
}

function startsWithLeftToRightMark(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === 0xe2 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x8e;
}

function collect(bytes: Buffer): Collected {
  const texts: string[] = [];
  const authors: (string | null)[] = [];
  const kinds: MessageKind[] = [];
  let parts = new Int32Array(7 * 1024);
  let used = 0;
  let bracketed = 0;
  let yearFirst = 0;
  let openTextStart = -1;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // UTF-8 byte order mark
  const len = bytes.length;
  const f = newHeaderFields();
  const recent: KnownAuthor[] = [];
  while (pos < len) {
    let lineEnd = bytes.indexOf(0x0a, pos);
    if (lineEnd < 0) lineEnd = len;
    const headerEnd = matchHeaderBytes(bytes, pos, lineEnd, f);
    if (headerEnd >= 0 && plausibleDate(f)) {
      if (openTextStart >= 0) texts.push(utf8(bytes, openTextStart, pos - 1));
      const bodyStart = headerEnd;
      const colon = authorEnd(bytes, bodyStart, lineEnd);
      let author: string | null = null;
      let textStart = bodyStart;
      if (colon > bodyStart) {
        // A chat has few authors: reuse a recent one's string when its bytes are here, without decoding.
        author = recentAuthor(recent, bytes, bodyStart, colon);
        if (author === null) {
          const raw = utf8(bytes, bodyStart, colon);
          if (raw.length <= MAX_AUTHOR) {
            author = hasDirectionMark(raw) ? raw.replace(/^[\u200e\u202a\u202c]+|[\u200e\u202a\u202c]+$/g, '') : rememberAuthor(recent, bytes, bodyStart, colon, raw);
          }
        }
        if (author !== null) textStart = colon + 2;
      }
      if (startsWithLeftToRightMark(bytes, textStart)) textStart += 3;
      authors.push(author);
      kinds.push(author === null ? 'system' : 'text');
      openTextStart = textStart;
      if (f.bracketed) bracketed++;
      if (f.aDigits === 4) yearFirst++;
      if (used + 7 > parts.length) {
        const grown = new Int32Array(parts.length * 2);
        grown.set(parts);
        parts = grown;
      }
      parts[used++] = f.a;
      parts[used++] = f.b;
      parts[used++] = f.c;
      parts[used++] = f.hour;
      parts[used++] = f.minute;
      parts[used++] = f.second;
      parts[used++] = f.meridiem;
    }
    pos = lineEnd + 1;
  }
  if (openTextStart >= 0) texts.push(utf8(bytes, openTextStart, len).replace(/\n+$/, ''));
  return { columns: { at: new Array<string>(texts.length), authors, texts, kinds }, parts: parts.subarray(0, used), bracketed, yearFirst };
}

const RECENT_AUTHORS = 32;

interface KnownAuthor {
  bytes: Uint8Array;
  name: string;
}

/** The remembered author whose bytes are exactly bytes[start, end), or null. */
function recentAuthor(recent: KnownAuthor[], bytes: Uint8Array, start: number, end: number): string | null {
  const length = end - start;
  search: for (let k = 0; k < recent.length; k++) {
    const known = recent[k].bytes;
    if (known.length !== length) continue;
    for (let i = 0; i < length; i++) if (known[i] !== bytes[start + i]) continue search;
    return recent[k].name;
  }
  return null;
}

function rememberAuthor(recent: KnownAuthor[], bytes: Uint8Array, start: number, end: number, name: string): string {
  const known = { bytes: bytes.slice(start, end), name };
  if (recent.length < RECENT_AUTHORS) recent.push(known);
  else recent[recent.length - 1] = known;
  return name;
}

function hasDirectionMark(s: string): boolean {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  return first === 0x200e || first === 0x202a || first === 0x202c || last === 0x200e || last === 0x202a || last === 0x202c;
}

/** Decides d/m vs m/d from the whole file: a part above 12 settles it, else the order that keeps dates ascending. */
export function decideDateOrder(parts: ArrayLike<number>, yearFirst: boolean, regionHint?: string): DateOrder {
  if (yearFirst) return 'ymd';
  let firstOver12 = false;
  let secondOver12 = false;
  for (let i = 0; i < parts.length; i += 7) {
    if (parts[i] > 12) firstOver12 = true;
    if (parts[i + 1] > 12) secondOver12 = true;
  }
  if (firstOver12 && !secondOver12) return 'dmy';
  if (secondOver12 && !firstOver12) return 'mdy';
  const backwardsDmy = countBackwards(parts, 'dmy');
  const backwardsMdy = countBackwards(parts, 'mdy');
  if (backwardsDmy !== backwardsMdy) return backwardsDmy < backwardsMdy ? 'dmy' : 'mdy';
  return regionHint === 'US' || regionHint === 'PH' ? 'mdy' : 'dmy';
}

function countBackwards(parts: ArrayLike<number>, order: 'dmy' | 'mdy'): number {
  let previous = -1;
  let backwards = 0;
  for (let i = 0; i < parts.length; i += 7) {
    const day = order === 'dmy' ? parts[i] : parts[i + 1];
    const month = order === 'dmy' ? parts[i + 1] : parts[i];
    const key = fullYear(parts[i + 2]) * 400 + month * 32 + day;
    if (key < previous) backwards++;
    previous = key;
  }
  return backwards;
}

function fullYear(y: number): number {
  return y >= 100 ? y : y < 70 ? 2000 + y : 1900 + y;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Builds ISO strings reusing the date and time parts: consecutive messages share a day, and a day has 86,400 seconds. */
function isoWriter(order: DateOrder): (parts: ArrayLike<number>, i: number) => string {
  let lastKey = -1;
  let lastDate = '';
  const times: string[] = [];
  return (parts, i) => {
    const a = parts[i];
    const b = parts[i + 1];
    const c = parts[i + 2];
    const year = order === 'ymd' ? a : fullYear(c);
    const month = order === 'ymd' ? b : order === 'dmy' ? b : a;
    const day = order === 'ymd' ? c : order === 'dmy' ? a : b;
    const key = year * 10000 + month * 100 + day;
    if (key !== lastKey) {
      lastKey = key;
      lastDate = `${year}-${pad2(month)}-${pad2(day)}T`;
    }
    let hour = parts[i + 3];
    const meridiem = parts[i + 6];
    if (meridiem === 1 && hour === 12) hour = 0;
    else if (meridiem === 2 && hour < 12) hour += 12;
    const seconds = (hour * 60 + parts[i + 4]) * 60 + parts[i + 5];
    let time = times[seconds];
    if (time === undefined) time = times[seconds] = `${pad2(hour)}:${pad2(parts[i + 4])}:${pad2(parts[i + 5])}`;
    return lastDate + time;
  };
}

export interface WhatsAppOptions {
  regionHint?: string;
}

/** True when the first lines of the text carry WhatsApp headers. */
export function looksLikeWhatsApp(text: string): boolean {
  const f = newHeaderFields();
  let pos = 0;
  for (let n = 0; n < 20 && pos < text.length; n++) {
    let next = text.indexOf('\n', pos);
    if (next < 0) next = text.length;
    if (matchHeader(text, pos, next, f) >= 0 && plausibleDate(f)) return true;
    pos = next + 1;
  }
  return false;
}

/** Parses an export already decoded to text (UTF-16 files, tests). */
export function parseWhatsAppText(text: string, fileName: string, options: WhatsAppOptions = {}): RawChat {
  return parseWhatsAppBytes(Buffer.from(text, 'utf8'), fileName, options);
}

/** Parses a UTF-8 export from its bytes. */
export function parseWhatsAppBytes(raw: Uint8Array, fileName: string, options: WhatsAppOptions = {}): RawChat {
  let bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (bytes.includes(0x0d)) bytes = Buffer.from(bytes.toString('utf8').replace(/\r\n?/g, '\n'), 'utf8'); // Windows line ends
  const collected = collect(bytes);
  const { columns, parts } = collected;
  const { at, authors, texts, kinds } = columns;
  const count = texts.length;
  if (count === 0) {
    throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, 'no line starts with a WhatsApp date and time (like "14/03/2024, 10:02 - Name: text"). Export the chat from WhatsApp with "Export chat" and choose that file.', { line: 1 });
  }
  const order = decideDateOrder(parts, collected.yearFirst > count / 2, options.regionHint);
  const isoOf = isoWriter(order);
  for (let i = 0, p = 0; i < count; i++, p += 7) {
    // Messages in the same second share one string.
    at[i] = i > 0 && parts[p] === parts[p - 7] && parts[p + 1] === parts[p - 6] && parts[p + 2] === parts[p - 5] && parts[p + 3] === parts[p - 4] && parts[p + 4] === parts[p - 3] && parts[p + 5] === parts[p - 2] && parts[p + 6] === parts[p - 1] ? at[i - 1] : isoOf(parts, p);
    if (kinds[i] === 'system') continue;
    const body = texts[i];
    if (isWhatsAppMediaText(body)) kinds[i] = 'media';
    else if (body.length < 300 && isWhatsAppSystemNotice(body)) {
      kinds[i] = 'system';
      authors[i] = null;
    }
  }
  const ios = collected.bracketed > count / 2;
  return { format: ios ? 'whatsapp-ios' : 'whatsapp-android', title: fileName.replace(/\.(txt|zip)$/i, ''), columns };
}
