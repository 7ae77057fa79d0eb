/** What the import screens see of a pending import: the preview and pages of redacted messages. */
import type { ImportConversationView, ImportPreview, ReviewMessageView, ReviewPage } from '../../../shared/contract/transcript-ops';
import type { TranscriptMessage } from '../../../shared/domain/transcript';
import type { ParsedImport, PendingImport } from '../../transcripts/import-session';
import { keptSuggestionCount, spansOf, suggestionCounts, suggestionsOf } from '../../transcripts/import-review';
import { AppError } from '../../../shared/errors';

export function previewOf(pending: PendingImport, parsed: ParsedImport): ImportPreview {
  const perSender = new Map<string, number>();
  for (const m of parsed.original.messages) if (m.sender) perSender.set(m.sender, (perSender.get(m.sender) ?? 0) + 1);
  const kept = parsed.conversations.filter((c) => parsed.kept.has(c.index));
  const chats = parsed.original.chats ?? null;
  const suggestions = suggestionCounts(parsed);
  return {
    sessionId: pending.id,
    fileNames: pending.files.map((f) => f.fileName),
    format: parsed.original.format,
    formatChoice: parsed.choices.format,
    channel: parsed.original.channel,
    title: parsed.outcome.transcript.title,
    chats,
    chatId: chats ? (parsed.choices.telegramChatId ?? null) : null,
    participants: parsed.original.participants.map((p) => ({ id: p.id, name: p.name, pseudonym: p.pseudonym, side: p.side, messageCount: perSender.get(p.id) ?? 0 })),
    gapHours: parsed.gapMs / 3_600_000,
    conversations: conversationsOf(parsed, suggestions),
    messageCount: parsed.original.messages.length,
    keptMessageCount: kept.reduce((sum, c) => sum + c.messageCount, 0),
    counts: parsed.outcome.counts,
    reviewEdits: parsed.reviewEdits,
    suggestionCount: keptSuggestionCount(parsed, suggestions),
    warnings: parsed.original.warnings ?? [],
  };
}

export function conversationsOf(parsed: ParsedImport, suggestions = suggestionCounts(parsed)): ImportConversationView[] {
  return parsed.conversations.map((c) => ({ index: c.index, firstAt: c.firstAt, lastAt: c.lastAt, messageCount: c.messageCount, kept: parsed.kept.has(c.index), suggestionCount: suggestions[c.index] }));
}

export function reviewMessageOf(parsed: ParsedImport, message: TranscriptMessage): ReviewMessageView {
  return {
    id: message.id,
    at: message.at,
    sender: message.sender,
    text: message.text,
    kind: message.kind,
    spans: spansOf(parsed, message.id).map((s) => ({ id: s.id, type: s.type, placeholder: s.placeholder, redactedStart: s.redactedStart, redactedEnd: s.redactedEnd, original: s.original })),
    suggestions: suggestionsOf(parsed, message.id).map((p) => ({ id: p.suggestion.id, type: p.suggestion.type, reason: p.suggestion.reason, redactedStart: p.redactedStart, redactedEnd: p.redactedEnd })),
  };
}

export function reviewPageOf(parsed: ParsedImport, conversation: number, offset: number, limit: number): ReviewPage {
  const slice = parsed.conversations[conversation];
  if (!slice) throw new AppError('NOT_FOUND', `This chat has ${parsed.conversations.length} conversations; there is no number ${conversation + 1}.`);
  const from = Math.min(slice.startIndex + offset, slice.endIndex);
  const to = Math.min(from + limit, slice.endIndex);
  const messages = parsed.outcome.transcript.messages.slice(from, to).map((m) => reviewMessageOf(parsed, m));
  return { conversation, offset: from - slice.startIndex, total: slice.messageCount, messages };
}
