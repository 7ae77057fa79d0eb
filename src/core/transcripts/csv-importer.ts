/**
 * CSV chat logs: a header row naming timestamp, sender and message columns (common names in our
 * markets' languages), or an explicit mapping. Quoting, BOM and embedded newlines via papaparse.
 */
import Papa from 'papaparse';
import type { RawChat, RawMessage } from './raw-chat';
import { TranscriptImportError } from './import-error';
import { decideDateOrder } from './whatsapp-importer';

/** Column names or 0-based indexes; `time` is for exports that split date and time. */
export interface CsvColumnMapping {
  timestamp: string | number;
  sender: string | number;
  message: string | number;
  time?: string | number;
}

const TIMESTAMP_NAMES = ['timestamp', 'datetime', 'date_time', 'date time', 'sent_at', 'sent at', 'created_at', 'created', 'time_sent', 'date', 'waktu', 'tanggal', 'thời gian', 'ngày', 'วันที่', 'วันเวลา', 'fecha', 'datum', 'zeit', 'tarikh', 'masa', '日時', '日付', 'time'];
const TIME_NAMES = ['time', 'jam', 'giờ', 'เวลา', 'hora', 'uhrzeit', '時刻', 'masa'];
const SENDER_NAMES = ['sender', 'sender_name', 'sender name', 'from', 'author', 'name', 'user', 'username', 'speaker', 'pengirim', 'nama', 'người gửi', 'ผู้ส่ง', 'remitente', 'absender', 'von', 'penghantar', '送信者', 'who'];
const MESSAGE_NAMES = ['message', 'messages', 'text', 'content', 'body', 'msg', 'message_text', 'pesan', 'isi', 'isi pesan', 'mesej', 'tin nhắn', 'nội dung', 'ข้อความ', 'mensaje', 'nachricht', 'texto', 'メッセージ', '内容'];

function normalizeName(name: string): string {
  return name.replace(/^\ufeff/, '').trim().toLowerCase();
}

function findColumn(header: string[], names: string[], taken: number[]): number {
  const normalized = header.map(normalizeName);
  for (const name of names) {
    const i = normalized.findIndex((h, idx) => h === name && !taken.includes(idx));
    if (i >= 0) return i;
  }
  for (const name of names) {
    if (name.length < 4) continue;
    const i = normalized.findIndex((h, idx) => h.includes(name) && !taken.includes(idx));
    if (i >= 0) return i;
  }
  return -1;
}

function resolveMapped(header: string[], column: string | number, fileName: string, role: string): number {
  if (typeof column === 'number') {
    if (column < 0 || column >= header.length) throw new TranscriptImportError('MISSING_COLUMNS', fileName, `the ${role} column ${column} does not exist; the file has ${header.length} columns.`, { line: 1 });
    return column;
  }
  const i = header.map(normalizeName).indexOf(normalizeName(column));
  if (i < 0) throw new TranscriptImportError('MISSING_COLUMNS', fileName, `there is no column named "${column}" for the ${role}; the header has ${header.map((h) => `"${h}"`).join(', ')}.`, { line: 1 });
  return i;
}

export function detectCsvColumns(header: string[]): CsvColumnMapping | null {
  const taken: number[] = [];
  const message = findColumn(header, MESSAGE_NAMES, taken);
  if (message >= 0) taken.push(message);
  const sender = findColumn(header, SENDER_NAMES, taken);
  if (sender >= 0) taken.push(sender);
  const timestamp = findColumn(header, TIMESTAMP_NAMES, taken);
  if (message < 0 || sender < 0 || timestamp < 0) return null;
  taken.push(timestamp);
  const time = normalizeName(header[timestamp]).includes('date') || ['tanggal', 'ngày', 'วันที่', 'fecha', 'datum', '日付', 'tarikh'].includes(normalizeName(header[timestamp])) ? findColumn(header, TIME_NAMES, taken) : -1;
  return time >= 0 ? { timestamp, sender, message, time } : { timestamp, sender, message };
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,9})?[ ]?(Z|[+-]\d{2}:?\d{2})?$/;
const LOCAL_LIKE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4}),?[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?[ \u202f]?([AaPp]\.?[Mm]\.?)?$/;

function pad2(n: number | string): string {
  return String(n).padStart(2, '0');
}

/** Parses every timestamp of the column together, so d/m vs m/d is decided once for the file. */
function parseTimestamps(values: string[], fileName: string, firstDataLine: number, regionHint?: string): string[] {
  const locals: { index: number; parts: number[] }[] = [];
  const out: string[] = new Array(values.length);
  values.forEach((raw, i) => {
    const v = raw.trim();
    const iso = ISO_LIKE.exec(v);
    if (iso) {
      const offset = iso[7] ? (iso[7] === 'Z' ? 'Z' : iso[7].length === 5 ? `${iso[7].slice(0, 3)}:${iso[7].slice(3)}` : iso[7]) : '';
      out[i] = `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${offset}`;
      return;
    }
    if (/^\d{10}(\d{3})?$/.test(v)) {
      out[i] = new Date(v.length === 10 ? Number(v) * 1000 : Number(v)).toISOString().replace('.000Z', 'Z');
      return;
    }
    const local = LOCAL_LIKE.exec(v);
    if (!local) throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, `"${v.slice(0, 40)}" is not a date and time this importer understands (use e.g. 2024-04-02 21:14:05 or 02/04/2024 21:14).`, { line: firstDataLine + i });
    const meridiem = local[7] ? (local[7][0].toLowerCase() === 'p' ? 2 : 1) : 0;
    locals.push({ index: i, parts: [+local[1], +local[2], +local[3], +local[4], +local[5], local[6] ? +local[6] : 0, meridiem] });
  });
  if (locals.length) {
    const flat = locals.flatMap((l) => l.parts);
    const order = decideDateOrder(flat, locals[0].parts[0] > 999, regionHint);
    for (const { index, parts } of locals) {
      const [a, b, c, h, mi, s, mer] = parts;
      const year = order === 'ymd' ? a : c < 100 ? 2000 + c : c;
      const [month, day] = order === 'ymd' ? [b, c] : order === 'dmy' ? [b, a] : [a, b];
      const hour = mer === 2 && h < 12 ? h + 12 : mer === 1 && h === 12 ? 0 : h;
      out[index] = `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(mi)}:${pad2(s)}`;
    }
  }
  return out;
}

export function looksLikeCsv(text: string, fileName: string): boolean {
  if (/\.(csv|tsv)$/i.test(fileName)) return true;
  const firstLine = text.slice(0, 2000).split('\n', 1)[0];
  const parsed = Papa.parse<string[]>(firstLine, { header: false });
  return parsed.data.length > 0 && detectCsvColumns(parsed.data[0]) !== null;
}

export function parseCsvText(text: string, fileName: string, mapping?: CsvColumnMapping, regionHint?: string): RawChat {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { header: false, skipEmptyLines: 'greedy' });
  const rows = parsed.data.filter((r) => Array.isArray(r));
  if (rows.length === 0) throw new TranscriptImportError('EMPTY', fileName, 'the CSV has no rows.');
  const header = rows[0];
  const detected = mapping ?? detectCsvColumns(header);
  if (!detected) {
    throw new TranscriptImportError('MISSING_COLUMNS', fileName, `could not tell which columns hold the time, the sender and the message (header: ${header.slice(0, 8).map((h) => `"${h.slice(0, 30)}"`).join(', ')}). Map the columns by hand.`, { line: 1 });
  }
  const ts = resolveMapped(header, detected.timestamp, fileName, 'timestamp');
  const sender = resolveMapped(header, detected.sender, fileName, 'sender');
  const message = resolveMapped(header, detected.message, fileName, 'message');
  const time = detected.time !== undefined ? resolveMapped(header, detected.time, fileName, 'time') : -1;
  const data = rows.slice(1);
  if (data.length === 0) throw new TranscriptImportError('NO_MESSAGES', fileName, 'the CSV has a header row but no messages below it.', { line: 2 });
  const stamps = parseTimestamps(data.map((r) => (time >= 0 ? `${r[ts] ?? ''} ${r[time] ?? ''}` : r[ts] ?? '')), fileName, 2, regionHint);
  const messages: RawMessage[] = data.map((row, i) => {
    const author = (row[sender] ?? '').trim();
    const body = (row[message] ?? '').replace(/\r\n?/g, '\n');
    return author ? { at: stamps[i], author, text: body, kind: /^\[[^[\]\n]{1,24}\]$|^<[^<>\n]{1,40}>$/.test(body) ? 'media' : 'text' } : { at: stamps[i], author: null, text: body, kind: 'system' };
  });
  return { format: 'csv', title: fileName.replace(/\.(csv|tsv)$/i, ''), messages };
}
