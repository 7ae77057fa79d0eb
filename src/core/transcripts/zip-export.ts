/**
 * Zipped exports: WhatsApp's "Export chat" with media (holds _chat.txt or "WhatsApp Chat with X.txt"),
 * and Facebook/Instagram/Telegram downloads. Only the chat files are inflated, never the media.
 */
import { unzipSync } from 'fflate';
import { TranscriptImportError } from './import-error';

export interface ZipTextEntry {
  name: string;
  bytes: Uint8Array;
}

const CHAT_ENTRY = /(?:^|\/)(?:_chat\.txt|WhatsApp Chat[^/]*\.txt|message_\d+\.json|result\.json|[^/]+\.txt|[^/]+\.csv)$/i;

export function chatEntriesOfZip(bytes: Uint8Array, fileName: string): ZipTextEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => CHAT_ENTRY.test(file.name) && file.originalSize < 512 * 1024 * 1024 });
  } catch (error) {
    throw new TranscriptImportError('BAD_ZIP', fileName, `the zip file cannot be opened (${error instanceof Error ? error.message : String(error)}). Export the chat again.`);
  }
  const entries = Object.entries(files).map(([name, data]) => ({ name, bytes: data }));
  const rank = (name: string): number => (/_chat\.txt$|WhatsApp Chat/i.test(name) ? 0 : /result\.json$/i.test(name) ? 1 : /message_\d+\.json$/i.test(name) ? 2 : 3);
  entries.sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (entries.length === 0) {
    throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, 'the zip holds no chat file (_chat.txt, message_1.json, result.json or a .txt/.csv).');
  }
  return entries;
}
