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

export interface RawChat {
  format: TranscriptFormat;
  /** Export's own title (may contain a customer's name: it is redacted with the rest). */
  title: string;
  messages: RawMessage[];
  /** Declared participant names (JSON exports list them even when silent). */
  declaredParticipants?: string[];
  chats?: ChatChoice[];
}
