/** The few fields the rename-and-tag form needs, from a full transcript. */
import type { StoredTranscript } from '../../../../../shared/domain/transcript';
import type { TranscriptListItem } from '../../../../../shared/domain/transcript-list-item';

export function listItemOfTranscript(t: StoredTranscript): TranscriptListItem {
  return {
    id: t.id,
    title: t.title,
    channel: t.channel,
    format: t.format,
    importedAt: t.importedAt,
    firstAt: t.messages[0]?.at ?? null,
    lastAt: t.messages[t.messages.length - 1]?.at ?? null,
    messageCount: t.messages.length,
    participants: t.participants.map((p) => ({ name: p.name, side: p.side })),
    redactionCount: t.redactions.reduce((s, r) => s + r.count, 0),
    tags: t.tags,
    trashedAt: t.trashedAt,
  };
}
