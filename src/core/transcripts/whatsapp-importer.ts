/**
 * WhatsApp "Export chat" .txt, Android (`date, time - name: text`) and iOS (`[date, time] name: text`).
 * One linear pass with a sticky header regex (no per-line strings), then the date order is decided
 * over the whole file and timestamps are written. Multi-line texts are one slice of the file.
 */
import type { RawChat, RawMessage } from './raw-chat';
import { TranscriptImportError } from './import-error';
import { isWhatsAppMediaText, isWhatsAppSystemNotice, meridiemOf } from './whatsapp-text-kinds';

// Every quantifier is bounded or over a disjoint class, so matching a line is linear.
const HEADER =
  /[\u200e\u200f]?(\[)?(\d{1,4})([./-])(\d{1,2})\3(\d{1,4})\.?,?[ \u00a0]{0,2}(上午|下午|午前|午後|오전|오후)?[ \u00a0]?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?[ \u202f\u00a0]?([^\d\s\]\-\u2013:,][^\d\]\-\u2013:\n]{0,11}?)?[ \u202f\u00a0]?(?:\][ \u00a0]|[ \u00a0][-\u2013][ \u00a0])/y;

const MAX_AUTHOR = 100;

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

interface Collected {
  messages: RawMessage[];
  parts: number[]; // a, b, c, hour, minute, second, meridiem(0 none, 1 am, 2 pm) per message
  bracketed: number;
  yearFirst: number;
  firstLine: number;
}

function collect(text: string): Collected {
  const messages: RawMessage[] = [];
  const parts: number[] = [];
  let bracketed = 0;
  let yearFirst = 0;
  let firstLine = -1;
  let open: RawMessage | null = null;
  let openTextStart = 0;
  let pos = 0;
  let lineNo = 0;
  const len = text.length;
  while (pos < len) {
    lineNo++;
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = len;
    HEADER.lastIndex = pos;
    const m = HEADER.exec(text);
    if (m && m.index + m[0].length <= lineEnd && plausibleDate(m)) {
      if (open) open.text = text.slice(openTextStart, pos - 1);
      if (firstLine < 0) firstLine = lineNo;
      const bodyStart = pos + m[0].length;
      const colon = text.indexOf(': ', bodyStart);
      let author: string | null = null;
      let textStart = bodyStart;
      if (colon > bodyStart && colon < lineEnd && colon - bodyStart <= MAX_AUTHOR) {
        author = text.slice(bodyStart, colon).replace(/^[\u200e\u202a\u202c]+|[\u200e\u202a\u202c]+$/g, '');
        textStart = colon + 2;
      }
      if (text.charCodeAt(textStart) === 0x200e) textStart++;
      open = { at: '', author, text: '', kind: author === null ? 'system' : 'text' };
      openTextStart = textStart;
      messages.push(open);
      if (m[1]) bracketed++;
      if (m[2].length === 4) yearFirst++;
      const marker = m[10] ? meridiemOf(m[10]) : m[6] ? meridiemOf(m[6]) : null;
      parts.push(+m[2], +m[4], +m[5], +m[7], +m[8], m[9] ? +m[9] : 0, marker === 'am' ? 1 : marker === 'pm' ? 2 : 0);
    }
    pos = lineEnd + 1;
  }
  if (open) open.text = text.slice(openTextStart, len).replace(/\n+$/, '');
  return { messages, parts, bracketed, yearFirst, firstLine };
}

function plausibleDate(m: RegExpExecArray): boolean {
  const a = +m[2];
  const b = +m[4];
  const c = +m[5];
  if (m[2].length === 4) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (m[2].length === 3 || m[5].length === 3) return false;
  return a >= 1 && a <= 31 && b >= 1 && b <= 31 && (a <= 12 || b <= 12);
}

/** Decides d/m vs m/d from the whole file: a part above 12 settles it, else the order that keeps dates ascending. */
export function decideDateOrder(parts: number[], yearFirst: boolean, regionHint?: string): DateOrder {
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

function countBackwards(parts: number[], order: 'dmy' | 'mdy'): number {
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

function isoOf(parts: number[], i: number, order: DateOrder): string {
  const a = parts[i];
  const b = parts[i + 1];
  const c = parts[i + 2];
  const [year, month, day] = order === 'ymd' ? [a, b, c] : order === 'dmy' ? [fullYear(c), b, a] : [fullYear(c), a, b];
  let hour = parts[i + 3];
  const meridiem = parts[i + 6];
  if (meridiem === 1 && hour === 12) hour = 0;
  else if (meridiem === 2 && hour < 12) hour += 12;
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(parts[i + 4])}:${pad2(parts[i + 5])}`;
}

export interface WhatsAppOptions {
  regionHint?: string;
}

/** True when the first lines of the text carry WhatsApp headers. */
export function looksLikeWhatsApp(text: string): boolean {
  let pos = 0;
  for (let n = 0; n < 20 && pos < text.length; n++) {
    HEADER.lastIndex = pos;
    const m = HEADER.exec(text);
    if (m && plausibleDate(m)) return true;
    const next = text.indexOf('\n', pos);
    if (next < 0) break;
    pos = next + 1;
  }
  return false;
}

export function parseWhatsAppText(rawText: string, fileName: string, options: WhatsAppOptions = {}): RawChat {
  const text = rawText.includes('\r') ? rawText.replace(/\r\n?/g, '\n') : rawText;
  const collected = collect(text);
  const { messages, parts } = collected;
  if (messages.length === 0) {
    throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, 'no line starts with a WhatsApp date and time (like "14/03/2024, 10:02 - Name: text"). Export the chat from WhatsApp with "Export chat" and choose that file.', { line: 1 });
  }
  const order = decideDateOrder(parts, collected.yearFirst > messages.length / 2, options.regionHint);
  for (let i = 0, p = 0; i < messages.length; i++, p += 7) {
    const message = messages[i];
    message.at = isoOf(parts, p, order);
    if (message.kind === 'system') continue;
    if (isWhatsAppMediaText(message.text)) message.kind = 'media';
    else if (message.text.length < 300 && isWhatsAppSystemNotice(message.text)) {
      message.kind = 'system';
      message.author = null;
    }
  }
  const ios = collected.bracketed > messages.length / 2;
  return { format: ios ? 'whatsapp-ios' : 'whatsapp-android', title: fileName.replace(/\.(txt|zip)$/i, ''), messages };
}
