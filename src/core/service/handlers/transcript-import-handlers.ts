/**
 * The import operations over a pending import held in memory (see import-session.ts): upload in
 * chunks, parse and redact, confirm sides and conversations, review redactions, save or cancel.
 * Only `saveTranscriptImport` writes, and it writes the redacted records alone. Unexpected
 * failures while reading a file are turned into a plain message, so no chat text reaches a log.
 */
import { MAX_TRANSCRIPT_FILE_BYTES, TRANSCRIPT_CHUNK_BYTES } from '../../../shared/contract/transcript-ops';
import { AppError } from '../../../shared/errors';
import { ImportSessions } from '../../transcripts/import-sessions';
import { TranscriptImportError } from '../../transcripts/import-error';
import { applyReview, keptSuggestionCount, suggestionCounts } from '../../transcripts/import-review';
import {
  csvHeaderOf,
  parsedOf,
  parsePending,
  receiveChunk,
  setGap,
  setKept,
  setSides,
  storedTranscriptsOf,
  type PendingImport,
} from '../../transcripts/import-session';
import { listItemOf } from '../../../shared/domain/transcript-list-item';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import type { WorkspaceState } from '../workspace-state';
import { newRecordId } from '../../store/record-id';
import { conversationsOf, previewOf, reviewMessageOf, reviewPageOf } from './transcript-import-views';
import type { transcriptOps } from '../../../shared/contract/transcript-ops';

const registries = new WeakMap<WorkspaceState, ImportSessions>();

/** The pending imports of this workspace (tests use it to check that cancel discards). */
export function importSessionsOf(ws: WorkspaceState): ImportSessions {
  let sessions = registries.get(ws);
  if (!sessions) {
    sessions = new ImportSessions();
    registries.set(ws, sessions);
  }
  return sessions;
}

function pendingFor(ctx: HandlerContext, sessionId: string): PendingImport {
  return importSessionsOf(ctx.ws).get(sessionId, actorOf(ctx).id, ctx.now.getTime());
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)} MB`;
}

/** Runs an importer step; anything but a typed import error becomes a message without chat text. */
function reading<T>(fileName: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_FILE', `${fileName}: this file could not be read as a chat export. Check it is the file the app exported, or choose the format by hand.`, [{ path: fileName, message: 'could not be read' }]);
  }
}

export const transcriptImportHandlers = {
  startTranscriptImport(input, ctx) {
    const actor = actorOf(ctx);
    for (const file of input.files) {
      if (file.size > MAX_TRANSCRIPT_FILE_BYTES) {
        throw new TranscriptImportError('TOO_LARGE', file.fileName, `the file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_TRANSCRIPT_FILE_BYTES)}. Export a shorter period of the chat, or split the file.`);
      }
      if (file.size === 0) throw new TranscriptImportError('EMPTY', file.fileName, 'the file is empty. Export the chat again and choose the new file.');
    }
    const { settings, people } = ctx.ws.data;
    const hints = { region: settings.region, brandName: settings.brandName, staffNames: people.filter((p) => p.active).map((p) => p.name) };
    const pending = importSessionsOf(ctx.ws).start(actor.id, input.files, hints, ctx.now.getTime());
    return { sessionId: pending.id, chunkBytes: TRANSCRIPT_CHUNK_BYTES };
  },

  sendTranscriptImportChunk(input, ctx) {
    const pending = pendingFor(ctx, input.sessionId);
    const bytes = Buffer.from(input.data, 'base64');
    return receiveChunk(pending, input.fileIndex, input.offset, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  },

  parseTranscriptImport(input, ctx) {
    const pending = pendingFor(ctx, input.sessionId);
    const choices = { format: input.format, ...(input.csvColumns ? { csvColumns: input.csvColumns } : {}), ...(input.telegramChatId ? { telegramChatId: input.telegramChatId } : {}) };
    try {
      const parsed = reading(pending.files[0].fileName, () => parsePending(pending, choices, MAX_TRANSCRIPT_FILE_BYTES));
      return { status: 'preview' as const, preview: previewOf(pending, parsed) };
    } catch (error) {
      if (error instanceof TranscriptImportError && error.importCode === 'MISSING_COLUMNS' && !input.csvColumns) {
        const header = reading(pending.files[0].fileName, () => csvHeaderOf(pending));
        return { status: 'needs-columns' as const, columns: { fileName: error.fileName, header, message: error.message } };
      }
      throw error;
    }
  },

  updateTranscriptImport(input, ctx) {
    const pending = pendingFor(ctx, input.sessionId);
    const parsed = parsedOf(pending);
    if (input.sides) setSides(parsed, pending.hints, input.sides);
    if (input.gapHours !== undefined) setGap(parsed, Math.round(input.gapHours * 3_600_000));
    if (input.keep) setKept(parsed, input.keep);
    return previewOf(pending, parsed);
  },

  getTranscriptImportMessages(input, ctx) {
    const parsed = parsedOf(pendingFor(ctx, input.sessionId));
    return reviewPageOf(parsed, input.conversation, input.offset, input.limit);
  },

  reviewTranscriptRedactions(input, ctx) {
    const parsed = parsedOf(pendingFor(ctx, input.sessionId));
    const applied = applyReview(parsed, input);
    const changed = new Set(applied.messageIds);
    const messages = parsed.outcome.transcript.messages.filter((m) => changed.has(m.id)).map((m) => reviewMessageOf(parsed, m));
    const suggestions = suggestionCounts(parsed);
    return {
      counts: parsed.outcome.counts,
      reviewEdits: parsed.reviewEdits,
      messages,
      hidden: applied.hidden,
      shown: applied.shown,
      suggestionCount: keptSuggestionCount(parsed, suggestions),
      conversations: conversationsOf(parsed, suggestions),
    };
  },

  async saveTranscriptImport(input, ctx) {
    const actor = actorOf(ctx);
    const pending = pendingFor(ctx, input.sessionId);
    const records = storedTranscriptsOf(parsedOf(pending), { idFor: newRecordId, importedAt: ctx.now.toISOString(), title: input.title, tags: input.tags });
    await ctx.ws.transcripts.saveAll(records);
    importSessionsOf(ctx.ws).discard(pending.id, actor.id);
    return { transcripts: records.map(listItemOf) };
  },

  cancelTranscriptImport(input, ctx) {
    return { discarded: importSessionsOf(ctx.ws).discard(input.sessionId, actorOf(ctx).id) };
  },
} satisfies HandlersOf<typeof transcriptOps>;
