/**
 * Telegram Desktop "Machine-readable JSON" (result.json): one chat, or a full export whose chats
 * are listed so the user can pick one. Text is a string or an array of strings and entities.
 */
import { z } from 'zod';
import type { ChatChoice, RawChat, RawMessage } from './raw-chat';
import { TranscriptImportError } from './import-error';
import { parseWithSchema } from './json-reading';

const textPartSchema = z.union([z.string(), z.object({ type: z.string().optional(), text: z.string() }).loose()]);

const telegramMessageSchema = z
  .object({
    id: z.union([z.number(), z.string()]).optional(),
    type: z.string(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'date must look like 2024-03-18T08:41:09'),
    date_unixtime: z.string().optional(),
    from: z.string().nullable().optional(),
    actor: z.string().nullable().optional(),
    action: z.string().optional(),
    text: z.union([z.string(), z.array(textPartSchema)]).optional(),
    photo: z.string().optional(),
    file: z.string().optional(),
    media_type: z.string().optional(),
    sticker_emoji: z.string().optional(),
  })
  .loose();

const telegramChatSchema = z
  .object({
    name: z.string().nullable().optional(),
    type: z.string().optional(),
    id: z.union([z.number(), z.string()]),
    messages: z.array(telegramMessageSchema),
  })
  .loose();
type TelegramChat = z.infer<typeof telegramChatSchema>;

const fullExportSchema = z.object({ chats: z.object({ list: z.array(z.unknown()) }).loose() }).loose();

const LABEL = 'a Telegram Desktop export (result.json)';

function textOf(text: z.infer<typeof telegramMessageSchema>['text']): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  let out = '';
  for (const part of text) out += typeof part === 'string' ? part : part.text;
  return out;
}

/** Telegram writes local time without offset; date_unixtime gives the offset back. */
function isoWithOffset(date: string, unix: string | undefined): string {
  if (!unix || !/^\d{1,12}$/.test(unix)) return date;
  const offsetMinutes = Math.round((Date.parse(date + 'Z') - Number(unix) * 1000) / 60000);
  if (!Number.isFinite(offsetMinutes) || Math.abs(offsetMinutes) > 14 * 60) return date;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function toRawMessage(m: z.infer<typeof telegramMessageSchema>): RawMessage {
  const at = isoWithOffset(m.date, m.date_unixtime);
  const text = textOf(m.text);
  if (m.type === 'service') {
    const action = (m.action ?? 'event').replace(/_/g, ' ');
    return { at, author: null, text: text || `${action}`, kind: 'system' };
  }
  const author = m.from ?? null;
  const media = m.media_type === 'sticker' ? `[Sticker${m.sticker_emoji ? ' ' + m.sticker_emoji : ''}]` : m.photo ? '[Photo]' : m.media_type === 'voice_message' ? '[Voice message]' : m.media_type === 'video_file' ? '[Video]' : m.file ? '[File]' : null;
  if (author === null) return { at, author: null, text, kind: 'system' };
  if (media) return { at, author, text: text || media, kind: 'media' };
  return { at, author, text, kind: 'text' };
}

function chatName(chat: TelegramChat): string {
  return chat.name ?? `Chat ${chat.id}`;
}

export function parseTelegramExport(value: unknown, fileName: string, chatId?: string): RawChat {
  let chats: TelegramChat[];
  let basePath = '';
  const full = fullExportSchema.safeParse(value);
  if (full.success) {
    chats = full.data.chats.list.map((chat, i) => parseWithSchema(telegramChatSchema, chat, fileName, LABEL, `chats.list[${i}]`));
    basePath = 'chats.list';
  } else {
    chats = [parseWithSchema(telegramChatSchema, value, fileName, LABEL)];
  }
  if (chats.length === 0) throw new TranscriptImportError('NO_MESSAGES', fileName, 'the export holds no chats. In Telegram Desktop, export again with "Personal chats" ticked.', { jsonPath: basePath || '(top level)' });
  const choices: ChatChoice[] = chats.map((c) => ({ id: String(c.id), name: chatName(c), messageCount: c.messages.length }));
  let chosen: TelegramChat;
  if (chatId !== undefined) {
    const found = chats.find((c) => String(c.id) === chatId);
    if (!found) throw new TranscriptImportError('CHAT_NOT_FOUND', fileName, `there is no chat with id ${chatId}; the export holds ${choices.map((c) => `${c.id} (${c.name})`).join(', ')}.`, { jsonPath: basePath || 'id' });
    chosen = found;
  } else {
    // Without a choice, take the busiest chat; the list goes back so the user can pick another.
    chosen = chats.reduce((best, c) => (c.messages.length > best.messages.length ? c : best));
  }
  return { format: 'telegram', title: chatName(chosen), messages: chosen.messages.map(toRawMessage), chats: chats.length > 1 ? choices : undefined };
}
