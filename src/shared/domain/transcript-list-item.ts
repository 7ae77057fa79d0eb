/**
 * One line of the transcript library: what the list shows and searches, kept in a small index so
 * listing never parses whole transcripts. Pseudonymised names only, like the stored transcript.
 */
import { z } from 'zod';
import { participantSideSchema, transcriptChannelSchema, transcriptFormatSchema, type StoredTranscript } from './transcript';

export const transcriptListItemSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  channel: transcriptChannelSchema,
  format: transcriptFormatSchema,
  importedAt: z.string(),
  /** First and last message times (ISO, as the export gave them); null for an empty transcript. */
  firstAt: z.string().nullable(),
  lastAt: z.string().nullable(),
  messageCount: z.number().int().nonnegative(),
  participants: z.array(z.object({ name: z.string(), side: participantSideSchema })),
  redactionCount: z.number().int().nonnegative(),
  tags: z.array(z.string()),
  trashedAt: z.string().nullable(),
});
export type TranscriptListItem = z.infer<typeof transcriptListItemSchema>;

/** The library line of a transcript: counts and dates, never the messages. */
export function listItemOf(t: StoredTranscript): TranscriptListItem {
  const timed = t.messages.filter((m) => m.kind !== 'system');
  const first = timed[0] ?? t.messages[0];
  const last = timed[timed.length - 1] ?? t.messages[t.messages.length - 1];
  return {
    id: t.id,
    title: t.title,
    channel: t.channel,
    format: t.format,
    importedAt: t.importedAt,
    firstAt: first?.at ?? null,
    lastAt: last?.at ?? null,
    messageCount: t.messages.length,
    participants: t.participants.map((p) => ({ name: p.name, side: p.side })),
    redactionCount: t.redactions.reduce((sum, r) => sum + r.count, 0),
    tags: t.tags,
    trashedAt: t.trashedAt,
  };
}
