/**
 * Facebook Messenger and Instagram "Download your information" threads (message_1.json ...):
 * newest-first records, mojibake repaired, several files of one thread merged in time order.
 */
import { z } from 'zod';
import type { RawChat, RawMessage } from './raw-chat';
import { TranscriptImportError } from './import-error';
import { parseWithSchema } from './json-reading';
import { repairMojibake } from './text-decoding';

const mediaList = z.array(z.unknown()).optional();

const facebookMessageSchema = z
  .object({
    sender_name: z.string(),
    timestamp_ms: z.number().finite(),
    content: z.string().optional(),
    type: z.string().optional(),
    photos: mediaList,
    videos: mediaList,
    audio_files: mediaList,
    gifs: mediaList,
    files: mediaList,
    sticker: z.unknown().optional(),
    share: z.unknown().optional(),
    is_unsent: z.boolean().optional(),
  })
  .loose();

export const facebookThreadSchema = z
  .object({
    participants: z.array(z.object({ name: z.string() }).loose()),
    messages: z.array(facebookMessageSchema),
    title: z.string().optional(),
    thread_path: z.string().optional(),
  })
  .loose();
export type FacebookThread = z.infer<typeof facebookThreadSchema>;

/** Platform events written as messages; matched on the repaired text. */
const SYSTEM_TEXTS = /^(?:liked a message|reacted .{1,16} to your message|.{1,80} (?:called you|missed your call|named the group|changed the group photo|left the group|added .{1,80} to the group)|you (?:called|missed a call from) .{1,80}|the video chat ended\.?|you are now connected on messenger\.?)$/i;

export function isInstagramThread(value: unknown, fileName: string, rawText: string): boolean {
  if (/instagram/i.test(fileName)) return true;
  if (/messenger|facebook/i.test(fileName)) return false;
  if (rawText.includes('your_instagram_activity') || rawText.includes('is_geoblocked_for_viewer')) return true;
  return typeof value === 'object' && value !== null && 'magic_words' in value && !rawText.includes('"type": "Generic"');
}

function isoFromMs(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function toRawMessage(record: FacebookThread['messages'][number]): RawMessage {
  const author = repairMojibake(record.sender_name);
  const content = record.content !== undefined ? repairMojibake(record.content) : undefined;
  const at = isoFromMs(record.timestamp_ms);
  const media = record.photos?.length ? '[Photo]' : record.videos?.length ? '[Video]' : record.gifs?.length ? '[GIF]' : record.audio_files?.length ? '[Voice message]' : record.files?.length ? '[File]' : record.sticker ? '[Sticker]' : record.share ? '[Link]' : null;
  if (record.type === 'Call' || (content !== undefined && !media && SYSTEM_TEXTS.test(content))) {
    return { at, author: null, text: content ?? '', kind: 'system' };
  }
  if (media) return { at, author, text: content ?? media, kind: 'media' };
  // An unsent message keeps no text: say so, rather than leave an empty message.
  if (record.is_unsent && !content) return { at, author, text: 'This message was unsent.', kind: 'text' };
  return { at, author, text: content ?? '', kind: 'text' };
}

/** Merges one or more files of the same thread; each is a parsed JSON value. */
export function parseFacebookThreads(values: { value: unknown; fileName: string }[], format: 'messenger' | 'instagram'): RawChat {
  const label = format === 'instagram' ? 'an Instagram message export (message_1.json)' : 'a Facebook Messenger export (message_1.json)';
  const threads = values.map(({ value, fileName }) => parseWithSchema(facebookThreadSchema, value, fileName, label));
  const firstFile = values[0].fileName;
  const names: string[] = [];
  for (const thread of threads) for (const p of thread.participants) {
    const name = repairMojibake(p.name);
    if (!names.includes(name)) names.push(name);
  }
  if (names.length === 0) {
    throw new TranscriptImportError('NO_PARTICIPANTS', firstFile, 'the "participants" list is empty, so nobody can be told apart. Export the conversation again from "Download your information".', { jsonPath: 'participants' });
  }
  const seen = new Set<string>();
  const records: FacebookThread['messages'] = [];
  // Exports list newest first; reversing keeps same-millisecond messages in their sent order.
  for (const thread of threads) for (const record of [...thread.messages].reverse()) {
    const key = `${record.timestamp_ms}|${record.sender_name}|${record.content ?? ''}`;
    if (seen.has(key)) continue; // the same page downloaded twice
    seen.add(key);
    records.push(record);
  }
  records.sort((a, b) => a.timestamp_ms - b.timestamp_ms);
  return {
    format,
    title: repairMojibake(threads[0].title ?? names.join(', ')),
    messages: records.map(toRawMessage),
    declaredParticipants: names,
  };
}
