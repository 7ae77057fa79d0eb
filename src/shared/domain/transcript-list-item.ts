/**
 * One line of the transcript library: what the list shows and searches, kept in a small index so
 * listing never parses whole transcripts. Pseudonymised names only, like the stored transcript.
 */
import { z } from 'zod';
import { participantSideSchema, transcriptChannelSchema, transcriptFormatSchema } from './transcript';

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
