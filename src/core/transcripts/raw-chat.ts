/** What a format parser hands to the normalizer: authors by display name, times already ISO. */
import type { MessageKind, TranscriptFormat } from '../../shared/domain/transcript';

export interface RawMessage {
  at: string;
  /** Display name of the author; null for platform events. */
  author: string | null;
  text: string;
  kind: MessageKind;
}

/** One chat of a multi-chat export (Telegram full export), so the user can pick. */
export interface ChatChoice {
  id: string;
  name: string;
  messageCount: number;
}

/**
 * The same messages as parallel arrays. Large WhatsApp files use this form: one object per
 * message (the final one) instead of two, which halves what the garbage collector must copy.
 */
export interface RawColumns {
  at: string[];
  authors: (string | null)[];
  texts: string[];
  kinds: MessageKind[];
}

export function columnsOf(messages: RawMessage[]): RawColumns {
  return { at: messages.map((m) => m.at), authors: messages.map((m) => m.author), texts: messages.map((m) => m.text), kinds: messages.map((m) => m.kind) };
}

export interface RawChat {
  format: TranscriptFormat;
  /** Export's own title (may contain a customer's name: it is redacted with the rest). */
  title: string;
  /** Either messages or columns. */
  messages?: RawMessage[];
  columns?: RawColumns;
  /** Declared participant names (JSON exports list them even when silent). */
  declaredParticipants?: string[];
  chats?: ChatChoice[];
}
