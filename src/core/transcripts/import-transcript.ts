/**
 * The importer entry point shared by the CLI, the Electron main and the HTTP host:
 * bytes + file name in, a normalized (not yet redacted) transcript out, or a TranscriptImportError.
 */
import {
  channelOfFormat,
  type FormatChoice,
  type TranscriptChannel,
  type TranscriptFormat,
  type TranscriptMessage,
  type TranscriptParticipant,
} from '../../shared/domain/transcript';
import type { ImportWarning } from '../../shared/contract/transcript-ops';
import { columnsOf, type ChatChoice, type RawChat } from './raw-chat';
import { TranscriptImportError } from './import-error';
import { decodeText, isZip, startsWithBytes, unreadableCharactersWarning } from './text-decoding';
import { chatEntriesOfZip } from './zip-export';
import { detectTextFormat, type DetectedKind } from './detect-format';
import { parseWhatsAppBytes, parseWhatsAppText } from './whatsapp-importer';
import { isInstagramThread, parseFacebookThreads } from './facebook-json-importer';
import { parseTelegramExport } from './telegram-importer';
import { parseLineText } from './line-importer';
import { parseCsvText, type CsvColumnMapping } from './csv-importer';
import { parseJsonText } from './json-reading';
import { guessSides, pseudonymsFor } from './participant-sides';

export const DEFAULT_MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export interface ImportOptions {
  format?: FormatChoice;
  /** ISO 3166 region of the shop (e.g. "MY"): decides phone formats and ambiguous dates. */
  region?: string;
  brandName?: string;
  staffNames?: string[];
  csvColumns?: CsvColumnMapping;
  /** Which chat of a Telegram full export; the busiest one when absent. */
  telegramChatId?: string;
  maxBytes?: number;
}

export interface ImportResult {
  format: TranscriptFormat;
  channel: TranscriptChannel;
  title: string;
  participants: TranscriptParticipant[];
  messages: TranscriptMessage[];
  /** Present for a Telegram export with several chats, so the user can pick another. */
  chats?: ChatChoice[];
  /** Present when something should be checked though the import went on (bytes that are not UTF-8). */
  warnings?: ImportWarning[];
}

export interface ImportFile {
  bytes: Uint8Array;
  fileName: string;
}

/** Detects the format (unless overridden) without parsing everything; null when unknown. */
export function detectFormat(bytes: Uint8Array, fileName: string, maxBytes = DEFAULT_MAX_IMPORT_BYTES): DetectedKind | null {
  try {
    if (isZip(bytes)) {
      const entry = chatEntriesOfZip(bytes, fileName, maxBytes)[0];
      return detectTextFormat(decodeText(entry.bytes, entry.name), entry.name);
    }
    return detectTextFormat(decodeText(bytes.subarray(0, 65536), fileName), fileName);
  } catch {
    return null;
  }
}

function checkSize(file: ImportFile, maxBytes: number): void {
  if (file.bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    throw new TranscriptImportError('TOO_LARGE', file.fileName, `the file is ${mb(file.bytes.length)} MB; the limit is ${mb(maxBytes)} MB. Export a shorter period of the chat, or split the file.`);
  }
  if (file.bytes.length === 0 || (file.bytes.length < 64 && new TextDecoder().decode(file.bytes).trim() === '')) {
    throw new TranscriptImportError('EMPTY', file.fileName, 'the file is empty. Export the chat again and choose the new file.');
  }
}

function parseText(text: string, fileName: string, kind: DetectedKind, options: ImportOptions): RawChat {
  switch (kind) {
    case 'whatsapp':
      return parseWhatsAppText(text, fileName, { regionHint: options.region });
    case 'line':
      return parseLineText(text, fileName);
    case 'csv':
      return parseCsvText(text, fileName, options.csvColumns, options.region);
    case 'telegram':
      return parseTelegramExport(parseJsonText(text, fileName), fileName, options.telegramChatId);
    case 'messenger':
    case 'instagram': {
      const value = parseJsonText(text, fileName);
      const format = options.format === 'messenger' || options.format === 'instagram' ? options.format : isInstagramThread(value, fileName, text.slice(0, 65536)) ? 'instagram' : 'messenger';
      return parseFacebookThreads([{ value, fileName }], format);
    }
  }
}

/** Enough of a file to recognise it: detection reads its first 8,192 characters. */
const HEAD_BYTES = 65536;

function isUtf16(bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff]);
}

function decodeAndParse(files: ImportFile[], options: ImportOptions): RawChat {
  const first = files[0];
  const chosen = options.format && options.format !== 'auto' ? options.format : null;
  // WhatsApp exports are parsed from their bytes; only the head is decoded to recognise one (and to refuse binary files).
  const head = decodeText(first.bytes.subarray(0, HEAD_BYTES), first.fileName);
  if (files.length === 1 && !isUtf16(first.bytes) && (chosen ?? detectTextFormat(head, first.fileName)) === 'whatsapp') {
    return parseWhatsAppBytes(first.bytes, first.fileName, { regionHint: options.region });
  }
  const texts = files.map((f) => ({ text: decodeText(f.bytes, f.fileName), fileName: f.fileName }));
  const kind = chosen ?? detectTextFormat(texts[0].text, first.fileName);
  if (!kind) {
    throw new TranscriptImportError('UNKNOWN_FORMAT', first.fileName, 'this is not a chat export this app recognises (WhatsApp .txt/.zip, Messenger or Instagram message_1.json, Telegram result.json, LINE .txt, or CSV). Choose the format by hand if it is one of them.', { line: 1 });
  }
  if (texts.length > 1 && (kind === 'messenger' || kind === 'instagram')) {
    const values = texts.map((t) => ({ value: parseJsonText(t.text, t.fileName), fileName: t.fileName }));
    const format = kind === 'instagram' || isInstagramThread(values[0].value, first.fileName, texts[0].text.slice(0, 65536)) ? 'instagram' : 'messenger';
    return parseFacebookThreads(values, chosen === 'messenger' ? 'messenger' : format);
  }
  return parseText(texts[0].text, texts[0].fileName, kind, options);
}

function expandZips(files: ImportFile[], maxBytes: number): ImportFile[] {
  return files.flatMap((file) => {
    if (!isZip(file.bytes)) return [file];
    return chatEntriesOfZip(file.bytes, file.fileName, maxBytes).map((e) => ({ bytes: e.bytes, fileName: `${file.fileName}/${e.name}` }));
  });
}

function normalize(raw: RawChat, fileName: string, options: ImportOptions): ImportResult {
  const { at, authors, texts, kinds } = raw.columns ?? columnsOf(raw.messages ?? []);
  const count = texts.length;
  if (count === 0) throw new TranscriptImportError('NO_MESSAGES', fileName, 'the export holds no messages.');
  const names: string[] = [];
  const index = new Map<string, number>();
  let previous: string | null = null; // consecutive messages share an author: skip the map then
  for (let i = 0; i < count; i++) {
    const author = authors[i];
    if (kinds[i] === 'system' || author === null || author === previous) continue;
    previous = author;
    if (index.has(author)) continue;
    index.set(author, names.length);
    names.push(author);
  }
  if (names.length === 0) {
    const onlySystem = kinds.every((k) => k === 'system');
    throw new TranscriptImportError(onlySystem ? 'ONLY_SYSTEM_MESSAGES' : 'NO_PARTICIPANTS', fileName, onlySystem ? 'the export holds only platform notices (encryption notice, calls, joins), no messages from people.' : 'no message names its sender.');
  }
  const sides = guessSides(names, { brandName: options.brandName, staffNames: options.staffNames });
  const pseudonyms = pseudonymsFor(names, sides);
  const participants = names.map((name, i) => ({ id: `p${i + 1}`, name, side: sides[i], pseudonym: pseudonyms[i] }));
  const messages: TranscriptMessage[] = new Array(count);
  let lastAuthor: string | null = null;
  let lastSender: string | null = null;
  for (let i = 0; i < count; i++) {
    const author = authors[i];
    let sender: string | null = null;
    if (kinds[i] !== 'system' && author !== null) {
      if (author !== lastAuthor) {
        const found = index.get(author);
        lastAuthor = author;
        lastSender = found === undefined ? null : participants[found].id;
      }
      sender = lastSender;
    }
    messages[i] = { id: `m${i + 1}`, at: at[i], sender, text: texts[i], kind: kinds[i] };
  }
  const result: ImportResult = { format: raw.format, channel: channelOfFormat(raw.format), title: raw.title, participants, messages };
  if (raw.chats) result.chats = raw.chats;
  return result;
}

/** Imports one or more files of one chat (several message_N.json of a thread are merged). */
export function importTranscriptFiles(files: ImportFile[], options: ImportOptions = {}): ImportResult {
  if (files.length === 0) throw new TranscriptImportError('EMPTY', '(no file)', 'no file was chosen.');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  for (const file of files) checkSize(file, maxBytes);
  const expanded = expandZips(files, maxBytes);
  for (const file of expanded) checkSize(file, maxBytes);
  const result = normalize(decodeAndParse(expanded, options), files[0].fileName, options);
  const warnings = expanded.flatMap((f) => unreadableCharactersWarning(f.bytes, f.fileName) ?? []);
  if (warnings.length) result.warnings = warnings;
  return result;
}

export function importTranscript(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportResult {
  return importTranscriptFiles([{ bytes, fileName }], options);
}
