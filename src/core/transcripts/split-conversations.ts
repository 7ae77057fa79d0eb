/**
 * Long chats hold many conversations: split at silences (default 6 hours) so the user can pick
 * which ones to keep as training material.
 */
import type { TranscriptMessage } from '../../shared/domain/transcript';

export const DEFAULT_CONVERSATION_GAP_MS = 6 * 60 * 60 * 1000;

export interface ConversationSlice {
  index: number;
  firstMessageId: string;
  lastMessageId: string;
  firstAt: string;
  lastAt: string;
  messageCount: number;
  /** Indexes into the messages array, end exclusive. */
  startIndex: number;
  endIndex: number;
}

/** Times without an offset are compared as if UTC: only differences matter here. */
function timeOf(at: string): number {
  const ms = Date.parse(/Z$|[+-]\d{2}:\d{2}$/.test(at) ? at : at + 'Z');
  return Number.isFinite(ms) ? ms : NaN;
}

export function splitConversations(messages: TranscriptMessage[], gapMs: number = DEFAULT_CONVERSATION_GAP_MS): ConversationSlice[] {
  const slices: ConversationSlice[] = [];
  let start = 0;
  const close = (end: number) => {
    if (end <= start) return;
    slices.push({
      index: slices.length,
      firstMessageId: messages[start].id,
      lastMessageId: messages[end - 1].id,
      firstAt: messages[start].at,
      lastAt: messages[end - 1].at,
      messageCount: end - start,
      startIndex: start,
      endIndex: end,
    });
    start = end;
  };
  for (let i = 1; i < messages.length; i++) {
    const gap = timeOf(messages[i].at) - timeOf(messages[i - 1].at);
    if (gap > gapMs) close(i);
  }
  close(messages.length);
  return slices;
}
