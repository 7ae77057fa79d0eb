/**
 * A pending import, held in memory only: the uploaded bytes, the parsed (unredacted) chat, the
 * redaction outcome the leader is reviewing, the confirmed sides and the conversations to keep.
 * Nothing here touches the disk; `storedTranscriptsOf` builds the only records that may be written.
 */
import Papa from 'papaparse';
import type { FormatChoice, ParticipantSide, RedactionSpan, StoredTranscript } from '../../shared/domain/transcript';
import { AppError } from '../../shared/errors';
import { importTranscriptFiles, type ImportOptions, type ImportResult } from './import-transcript';
import type { CsvColumnMapping } from './csv-importer';
import { decodeText } from './text-decoding';
import { pseudonymsFor } from './participant-sides';
import { DEFAULT_CONVERSATION_GAP_MS, splitConversations, type ConversationSlice } from './split-conversations';
import { countsOf, redactTranscript, type RedactionOutcome } from './redaction/redact-transcript';
import { toStoredTranscript } from './stored-transcript';
import { readableTitle, titleWithPseudonyms } from './import-title';

export interface UploadedFile {
  fileName: string;
  size: number;
  chunks: Uint8Array[];
  received: number;
}

/** What the workspace tells the importer about the shop. */
export interface ShopHints {
  region?: string;
  brandName?: string;
  staffNames?: string[];
}

export interface ParseChoices {
  format: FormatChoice;
  csvColumns?: CsvColumnMapping;
  telegramChatId?: string;
}

export interface ParsedImport {
  choices: ParseChoices;
  /** Unredacted, with the sides as confirmed so far. Memory only. */
  original: ImportResult;
  outcome: RedactionOutcome<ImportResult>;
  gapMs: number;
  conversations: ConversationSlice[];
  kept: Set<number>;
  /** How many review decisions (undo, added) the outcome carries. */
  reviewEdits: number;
  spansByMessage: Map<string, RedactionSpan[]> | null;
  /** Suggestions the reviewer kept visible ("Keep"); cleared when redaction runs again. */
  dismissed: Set<string>;
}

export interface PendingImport {
  id: string;
  ownerId: string;
  files: UploadedFile[];
  touchedAt: number;
  hints: ShopHints;
  parsed: ParsedImport | null;
}

export function newPendingImport(id: string, ownerId: string, files: { fileName: string; size: number }[], hints: ShopHints, now: number): PendingImport {
  return { id, ownerId, hints, touchedAt: now, parsed: null, files: files.map((f) => ({ fileName: f.fileName, size: f.size, chunks: [], received: 0 })) };
}

/** Appends one chunk; chunks of a file arrive in order, so a repeated or skipped one is refused. */
export function receiveChunk(pending: PendingImport, fileIndex: number, offset: number, bytes: Uint8Array): { received: number; total: number } {
  const file = pending.files[fileIndex];
  if (!file) throw new AppError('INVALID_INPUT', `This import has no file number ${fileIndex + 1}.`);
  if (offset !== file.received) throw new AppError('CONFLICT', `${file.fileName}: expected the part starting at byte ${file.received}, got ${offset}. Start the import again.`);
  if (file.received + bytes.length > file.size) throw new AppError('INVALID_INPUT', `${file.fileName}: more bytes arrived than the file's size (${file.size}). Start the import again.`);
  file.chunks.push(bytes);
  file.received += bytes.length;
  pending.parsed = null;
  const received = pending.files.reduce((sum, f) => sum + f.received, 0);
  return { received, total: pending.files.reduce((sum, f) => sum + f.size, 0) };
}

function bytesOf(file: UploadedFile): Uint8Array {
  if (file.chunks.length === 1) return file.chunks[0];
  const all = new Uint8Array(file.received);
  let at = 0;
  for (const chunk of file.chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  file.chunks = [all];
  return all;
}

/** Header cells of a CSV, for mapping its columns by hand. */
export function csvHeaderOf(pending: PendingImport): string[] {
  const file = pending.files[0];
  const text = decodeText(bytesOf(file).subarray(0, 65536), file.fileName).replace(/^\ufeff/, '');
  const first = Papa.parse<string[]>(text, { header: false, preview: 1 }).data[0] ?? [];
  return first.map((h) => h.trim().slice(0, 80)).slice(0, 50);
}

/** Redacts the chat; the title calls people by their pseudonyms first, so no placeholder shows in it. */
function redact(original: ImportResult, hints: ShopHints): RedactionOutcome<ImportResult> {
  const outcome = redactTranscript({ ...original, title: titleWithPseudonyms(original.title, original.participants) }, { region: hints.region, shopName: hints.brandName });
  const firstAt = original.messages.find((m) => m.kind !== 'system')?.at ?? null;
  const title = readableTitle(outcome.transcript.title, { channel: original.channel, participants: original.participants, firstAt });
  return { ...outcome, transcript: { ...outcome.transcript, title } };
}

/** Parses the uploaded files with the chosen format; throws TranscriptImportError for bad input. */
export function parsePending(pending: PendingImport, choices: ParseChoices, maxBytes: number): ParsedImport {
  const missing = pending.files.find((f) => f.received < f.size);
  if (missing) throw new AppError('CONFLICT', `${missing.fileName} has not finished uploading (${missing.received} of ${missing.size} bytes).`);
  const options: ImportOptions = { ...pending.hints, format: choices.format, maxBytes };
  if (choices.csvColumns) options.csvColumns = choices.csvColumns;
  if (choices.telegramChatId) options.telegramChatId = choices.telegramChatId;
  const original = importTranscriptFiles(pending.files.map((f) => ({ bytes: bytesOf(f), fileName: f.fileName })), options);
  const conversations = splitConversations(original.messages, DEFAULT_CONVERSATION_GAP_MS);
  pending.parsed = {
    choices,
    original,
    outcome: redact(original, pending.hints),
    gapMs: DEFAULT_CONVERSATION_GAP_MS,
    conversations,
    kept: new Set(conversations.map((c) => c.index)),
    reviewEdits: 0,
    spansByMessage: null,
    dismissed: new Set(),
  };
  return pending.parsed;
}

export function parsedOf(pending: PendingImport): ParsedImport {
  if (!pending.parsed) throw new AppError('CONFLICT', 'This import has not been read yet. Choose the file again.');
  return pending.parsed;
}

/** Confirms sides; names are redacted by side, so redaction runs again and review edits start over. */
export function setSides(parsed: ParsedImport, hints: ShopHints, sides: { participantId: string; side: Exclude<ParticipantSide, 'unknown'> }[]): void {
  const bySide = new Map(sides.map((s) => [s.participantId, s.side]));
  const next = parsed.original.participants.map((p) => bySide.get(p.id) ?? p.side);
  if (next.every((side, i) => side === parsed.original.participants[i].side)) return;
  const pseudonyms = pseudonymsFor(
    parsed.original.participants.map((p) => p.name),
    next,
  );
  parsed.original = { ...parsed.original, participants: parsed.original.participants.map((p, i) => ({ ...p, side: next[i], pseudonym: pseudonyms[i] })) };
  parsed.outcome = redact(parsed.original, hints);
  parsed.reviewEdits = 0;
  parsed.spansByMessage = null;
  parsed.dismissed = new Set();
}

/** Splits again at another silence length; every conversation is kept until the user says otherwise. */
export function setGap(parsed: ParsedImport, gapMs: number): void {
  if (gapMs === parsed.gapMs) return;
  parsed.gapMs = gapMs;
  parsed.conversations = splitConversations(parsed.original.messages, gapMs);
  parsed.kept = new Set(parsed.conversations.map((c) => c.index));
}

export function setKept(parsed: ParsedImport, kept: number[]): void {
  parsed.kept = new Set(kept.filter((k) => k >= 0 && k < parsed.conversations.length));
}

export interface SaveChoices {
  idFor: () => string;
  importedAt: string;
  title?: string;
  tags?: string[];
}

/** One stored transcript per kept conversation, built from the redacted outcome only. */
export function storedTranscriptsOf(parsed: ParsedImport, choices: SaveChoices): StoredTranscript[] {
  const unsure = parsed.original.participants.filter((p) => p.side === 'unknown');
  if (unsure.length) throw new AppError('INVALID_INPUT', `Say whether ${unsure.map((p) => p.pseudonym).join(', ')} ${unsure.length === 1 ? 'is' : 'are'} staff or a customer before saving.`);
  const kept = parsed.conversations.filter((c) => parsed.kept.has(c.index));
  if (kept.length === 0) throw new AppError('INVALID_INPUT', 'Keep at least one conversation to save.');
  const base = choices.title?.trim() || parsed.outcome.transcript.title;
  const t = parsed.outcome.transcript;
  return kept.map((slice) => {
    const messages = t.messages.slice(slice.startIndex, slice.endIndex);
    const ids = new Set(messages.map((m) => m.id));
    const senders = new Set(messages.map((m) => m.sender));
    const spans = parsed.outcome.spans.filter((s) => ids.has(s.messageId));
    const title = kept.length > 1 ? `${base} · ${slice.firstAt.slice(0, 10)}` : base;
    return toStoredTranscript(
      { transcript: { ...t, messages, participants: t.participants.filter((p) => senders.has(p.id)) }, spans, counts: countsOf(spans) },
      { id: choices.idFor(), importedAt: choices.importedAt, tags: choices.tags ?? [], title },
    );
  });
}
