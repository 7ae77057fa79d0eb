/**
 * Operations of the transcript domain. Leaders only: transcripts are the shop's real chats.
 * Import is a pending session held in the host's memory: the file arrives in base64 chunks, is
 * parsed and redacted there, previewed and reviewed, and only the redacted result is saved.
 * Then the library: list, read, rename, tag, trash, restore, empty the trash.
 */
import { z } from 'zod';
import { LEADERS, operation } from './operation';
import {
  formatChoiceSchema,
  redactionTypeSchema,
  type MessageKind,
  type ParticipantSide,
  type RedactionSummary,
  type RedactionType,
  type StoredTranscript,
  type TranscriptChannel,
  type TranscriptFormat,
} from '../domain/transcript';
import type { TranscriptListItem } from '../domain/transcript-list-item';

/** Raw bytes per upload call: 4 MB (about 5.4 MB of base64, well under the HTTP host's 64 MB body limit). */
export const TRANSCRIPT_CHUNK_BYTES = 4 * 1024 * 1024;
/** Largest export accepted, per file. */
export const MAX_TRANSCRIPT_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_TRANSCRIPT_FILES = 20;
/** How many review messages one call returns at most. */
export const MAX_REVIEW_PAGE = 200;

export interface ImportStarted {
  sessionId: string;
  chunkBytes: number;
}

export interface ChunkReceived {
  received: number;
  total: number;
}

export interface ImportParticipantView {
  id: string;
  /** The name as exported (only the leader reviewing the import sees it; never stored for customers). */
  name: string;
  pseudonym: string;
  side: ParticipantSide;
  messageCount: number;
}

export interface ImportConversationView {
  index: number;
  firstAt: string;
  lastAt: string;
  messageCount: number;
  kept: boolean;
  /** Suggestions still to check in this conversation. */
  suggestionCount: number;
}

/** Something to know before saving that does not stop the import (e.g. bytes that are not UTF-8 text). */
export interface ImportWarning {
  fileName: string;
  /** Where in the file, 1-based, when the warning is about one place. */
  line?: number;
  column?: number;
  /** The whole sentence to show, naming the file and the place. */
  message: string;
}

export interface ImportPreview {
  sessionId: string;
  fileNames: string[];
  format: TranscriptFormat;
  /** What was asked for: 'auto' or a format the user chose. */
  formatChoice: z.infer<typeof formatChoiceSchema>;
  channel: TranscriptChannel;
  /** The export's title, redacted. */
  title: string;
  /** Chats of a Telegram full export, to pick one; null otherwise. */
  chats: { id: string; name: string; messageCount: number }[] | null;
  chatId: string | null;
  participants: ImportParticipantView[];
  gapHours: number;
  conversations: ImportConversationView[];
  messageCount: number;
  keptMessageCount: number;
  counts: RedactionSummary[];
  /** Review decisions applied so far (they are cleared when sides change). */
  reviewEdits: number;
  /** Uncertain words left visible for the leader to hide or keep, in the conversations kept. */
  suggestionCount: number;
  /** What the leader should check, though the import can go on; empty when all is well. */
  warnings: ImportWarning[];
}

/** A CSV whose columns could not be recognised: map them by hand and parse again. */
export interface ImportNeedsColumns {
  fileName: string;
  header: string[];
  message: string;
}

export type ImportParseResult = { status: 'preview'; preview: ImportPreview } | { status: 'needs-columns'; columns: ImportNeedsColumns };

export interface ReviewSpanView {
  id: string;
  type: RedactionType;
  placeholder: string;
  /** Offsets in the redacted text. */
  redactedStart: number;
  redactedEnd: number;
  /** What the placeholder hides (in the host's memory only; shown so the leader can decide to undo). */
  original: string;
}

/** Words the detector was unsure of, left visible: the leader hides them or keeps them. */
export interface ReviewSuggestionView {
  id: string;
  type: RedactionType;
  /** Why it may be personal, in words for the leader. */
  reason: string;
  /** Offsets in the redacted text (they never overlap a span). */
  redactedStart: number;
  redactedEnd: number;
}

export interface ReviewMessageView {
  id: string;
  at: string;
  sender: string | null;
  text: string;
  kind: MessageKind;
  spans: ReviewSpanView[];
  suggestions: ReviewSuggestionView[];
}

export interface ReviewPage {
  conversation: number;
  offset: number;
  total: number;
  messages: ReviewMessageView[];
}

export interface ReviewChanged {
  counts: RedactionSummary[];
  reviewEdits: number;
  /** The messages whose text or suggestions changed, redacted anew (in every conversation). */
  messages: ReviewMessageView[];
  /** How many places this call hid, and how many redactions it undid. */
  hidden: number;
  shown: number;
  suggestionCount: number;
  conversations: ImportConversationView[];
}

export interface ImportSaved {
  transcripts: TranscriptListItem[];
}

const sessionId = z.string().min(1).max(64);
const transcriptId = z.string().min(1).max(80);
const columnRef = z.union([z.string().min(1).max(200), z.number().int().min(0).max(200)]);
const spanId = z.string().min(1).max(80);
/** How far a hide reaches: this selection; every occurrence of the same text in the import; the words as a name, in any case, wherever they appear. */
export const hideScopeSchema = z.enum(['one', 'every', 'name'], {
  error: 'Say how far to hide: "one" (this selection), "every" (every occurrence of the same text) or "name" (the words as a name, wherever they appear).',
});
export type HideScope = z.infer<typeof hideScopeSchema>;
const tagsSchema = z.array(z.string().trim().min(1).max(40)).max(20);

export const transcriptOps = {
  startTranscriptImport: operation<ImportStarted>()({
    summary: 'Open an import for chat export files (name and size of each); their bytes follow in chunks.',
    access: LEADERS,
    input: z.strictObject({
      files: z
        .array(z.strictObject({ fileName: z.string().trim().min(1).max(255), size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }))
        .min(1, 'Choose a chat export file.')
        .max(MAX_TRANSCRIPT_FILES, `Choose at most ${MAX_TRANSCRIPT_FILES} files of one chat.`),
    }),
  }),
  sendTranscriptImportChunk: operation<ChunkReceived>()({
    summary: 'Send the next part of a file of an open import (base64).',
    access: LEADERS,
    bodyLimitBytes: Math.ceil(TRANSCRIPT_CHUNK_BYTES / 3) * 4 + 64 * 1024,
    input: z.strictObject({
      sessionId,
      fileIndex: z.number().int().min(0).max(MAX_TRANSCRIPT_FILES - 1),
      offset: z.number().int().min(0),
      data: z
        .string()
        .max(Math.ceil(TRANSCRIPT_CHUNK_BYTES / 3) * 4, `Send at most ${TRANSCRIPT_CHUNK_BYTES / 1024 / 1024} MB per part.`)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The part is not base64.'),
    }),
  }),
  parseTranscriptImport: operation<ImportParseResult>()({
    summary: 'Read and redact the uploaded chat (in memory), with the format and options chosen, and preview it.',
    access: LEADERS,
    input: z.strictObject({
      sessionId,
      format: formatChoiceSchema.default('auto'),
      csvColumns: z.strictObject({ timestamp: columnRef, sender: columnRef, message: columnRef, time: columnRef.optional() }).optional(),
      telegramChatId: z.string().min(1).max(80).optional(),
    }),
  }),
  updateTranscriptImport: operation<ImportPreview>()({
    summary: 'Confirm who is staff and who is a customer, the silence that splits conversations, and which conversations to keep.',
    access: LEADERS,
    input: z.strictObject({
      sessionId,
      sides: z.array(z.strictObject({ participantId: z.string().min(1).max(40), side: z.enum(['staff', 'customer']) })).max(500).optional(),
      gapHours: z.number().min(0.25).max(24 * 60).optional(),
      keep: z.array(z.number().int().min(0)).max(100_000).optional(),
    }),
  }),
  getTranscriptImportMessages: operation<ReviewPage>()({
    summary: 'Read redacted messages of one conversation of an open import, with every redaction.',
    access: LEADERS,
    input: z.strictObject({ sessionId, conversation: z.number().int().min(0), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(MAX_REVIEW_PAGE).default(100) }),
  }),
  reviewTranscriptRedactions: operation<ReviewChanged>()({
    summary: 'Undo redactions, redact a selected part of a message too (here, every occurrence of the same text, or as a name wherever it appears), or keep suggested words visible, in an open import.',
    access: LEADERS,
    input: z.strictObject({
      sessionId,
      undo: z.array(spanId).max(1000).optional(),
      /** Undo these, and every other redaction that hides the same original text. */
      undoEverywhere: z.array(spanId).max(1000).optional(),
      add: z
        .array(
          z.strictObject({
            messageId: z.string().min(1).max(40),
            redactedStart: z.number().int().min(0),
            redactedEnd: z.number().int().min(0),
            type: redactionTypeSchema.optional(),
            scope: hideScopeSchema.default('one'),
          }),
        )
        .max(1000)
        .optional(),
      keepSuggestions: z.array(z.string().min(1).max(80)).max(1000).optional(),
    }),
  }),
  saveTranscriptImport: operation<ImportSaved>()({
    summary: 'Save the reviewed, redacted import to the library (one transcript per kept conversation) and close the import.',
    access: LEADERS,
    input: z.strictObject({ sessionId, title: z.string().trim().max(200).optional(), tags: tagsSchema.optional() }),
  }),
  cancelTranscriptImport: operation<{ discarded: boolean }>()({
    summary: 'Cancel an open import; what was uploaded is discarded.',
    access: LEADERS,
    input: z.strictObject({ sessionId }),
  }),
  listTranscripts: operation<TranscriptListItem[]>()({
    summary: 'List the transcript library, the trash included (trashedAt set).',
    access: LEADERS,
    input: z.strictObject({}),
  }),
  getTranscript: operation<StoredTranscript>()({
    summary: 'Read one stored (redacted) transcript.',
    access: LEADERS,
    input: z.strictObject({ id: transcriptId }),
  }),
  updateTranscript: operation<TranscriptListItem>()({
    summary: 'Rename or re-tag a transcript.',
    access: LEADERS,
    input: z.strictObject({ id: transcriptId, title: z.string().trim().min(1, 'Give the transcript a title.').max(200).optional(), tags: tagsSchema.optional() }),
  }),
  trashTranscript: operation<TranscriptListItem>()({
    summary: 'Move a transcript to the trash (it can be restored until the trash is emptied).',
    access: LEADERS,
    input: z.strictObject({ id: transcriptId }),
  }),
  restoreTranscript: operation<TranscriptListItem>()({
    summary: 'Bring a transcript back from the trash.',
    access: LEADERS,
    input: z.strictObject({ id: transcriptId }),
  }),
  emptyTranscriptTrash: operation<{ deleted: number }>()({
    summary: 'Delete every transcript in the trash for good.',
    access: LEADERS,
    input: z.strictObject({}),
  }),
};
