/**
 * Zipped exports: WhatsApp's "Export chat" with media (holds _chat.txt or "WhatsApp Chat with X.txt"),
 * and Facebook/Instagram/Telegram downloads. Only the chat files to import are unpacked, never the
 * media, and never more than the import's size limit, whatever the zip's headers claim.
 */
import { readZipEntries } from '../../shared/zip/read-zip-entries';
import { zipDirectory, type ZipDirectoryEntry } from '../../shared/zip/zip-directory';
import { ZipReadError } from '../../shared/zip/zip-read-error';
import { TranscriptImportError } from './import-error';

export interface ZipTextEntry {
  name: string;
  bytes: Uint8Array;
}

const CHAT_ENTRY = /(?:^|\/)(?:_chat\.txt|WhatsApp Chat[^/]*\.txt|message_\d+\.json|result\.json|[^/]+\.txt|[^/]+\.csv)$/i;
const THREAD_FILE = /message_\d+\.json$/i;

const rank = (name: string): number => (/_chat\.txt$|WhatsApp Chat/i.test(name) ? 0 : /result\.json$/i.test(name) ? 1 : THREAD_FILE.test(name) ? 2 : 3);

/** The chat file to import: the WhatsApp chat, Telegram's result.json, every message_N.json of a thread, or else the first .txt/.csv. */
function pickChatEntries(candidates: ZipDirectoryEntry[]): ZipDirectoryEntry[] {
  const sorted = [...candidates].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'en', { numeric: true }));
  return THREAD_FILE.test(sorted[0].name) ? sorted.filter((e) => THREAD_FILE.test(e.name)) : [sorted[0]];
}

function importErrorOf(error: ZipReadError, fileName: string): TranscriptImportError {
  if (error.problem === 'TOO_LARGE') return new TranscriptImportError('TOO_LARGE', fileName, `${error.message} Export a shorter period of the chat, or split it.`);
  if (error.problem === 'TOO_MANY_ENTRIES') return new TranscriptImportError('BAD_ZIP', fileName, `${error.message} Zip only the chat you want to import.`);
  return new TranscriptImportError('BAD_ZIP', fileName, `${error.message} Export the chat again.`);
}

/** Unpacks the chat files of a zip, at most `maxBytes` of them together. */
export function chatEntriesOfZip(bytes: Uint8Array, fileName: string, maxBytes: number): ZipTextEntry[] {
  try {
    const candidates = zipDirectory(bytes, { keep: (e) => CHAT_ENTRY.test(e.name) && !e.name.startsWith('__MACOSX/') });
    if (candidates.length === 0) {
      throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, 'the zip holds no chat file (_chat.txt, message_1.json, result.json or a .txt/.csv).');
    }
    return readZipEntries(bytes, pickChatEntries(candidates), { maxTotalBytes: maxBytes });
  } catch (error) {
    if (error instanceof ZipReadError) throw importErrorOf(error, fileName);
    throw error;
  }
}
