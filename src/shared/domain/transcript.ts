/**
 * The normalized transcript every importer produces, and the redacted record the workspace stores.
 * Schemas are the source of truth; types are inferred. No Node or DOM APIs here.
 */
import { z } from 'zod';

/** Format names as the sample oracle spells them. */
export const TRANSCRIPT_FORMATS = ['whatsapp-android', 'whatsapp-ios', 'messenger', 'instagram', 'telegram', 'line', 'csv'] as const;
export const transcriptFormatSchema = z.enum(TRANSCRIPT_FORMATS);
export type TranscriptFormat = z.infer<typeof transcriptFormatSchema>;

/** What a user may pick as an override ("whatsapp" covers both layouts). */
export const FORMAT_CHOICES = ['auto', 'whatsapp', 'messenger', 'instagram', 'telegram', 'line', 'csv'] as const;
export const formatChoiceSchema = z.enum(FORMAT_CHOICES);
export type FormatChoice = z.infer<typeof formatChoiceSchema>;

export const TRANSCRIPT_CHANNELS = ['whatsapp', 'messenger', 'instagram', 'telegram', 'line', 'other'] as const;
export const transcriptChannelSchema = z.enum(TRANSCRIPT_CHANNELS);
export type TranscriptChannel = z.infer<typeof transcriptChannelSchema>;

export const participantSideSchema = z.enum(['staff', 'customer', 'unknown']);
export type ParticipantSide = z.infer<typeof participantSideSchema>;

export const transcriptParticipantSchema = z.object({
  id: z.string().min(1),
  /** Display name as exported; after redaction a customer's name is replaced by the pseudonym. */
  name: z.string(),
  side: participantSideSchema,
  pseudonym: z.string().min(1),
});
export type TranscriptParticipant = z.infer<typeof transcriptParticipantSchema>;

export const messageKindSchema = z.enum(['text', 'media', 'system']);
export type MessageKind = z.infer<typeof messageKindSchema>;

/** ISO 8601 local date-time, with an offset when the export tells it (JSON exports, CSV with offsets). */
export const messageTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})?$/, 'Not an ISO 8601 date-time.');

export const transcriptMessageSchema = z.object({
  id: z.string().min(1),
  at: messageTimeSchema,
  /** Participant id; null for platform events. */
  sender: z.string().nullable(),
  text: z.string(),
  kind: messageKindSchema,
});
export type TranscriptMessage = z.infer<typeof transcriptMessageSchema>;

export const REDACTION_TYPES = ['PHONE', 'EMAIL', 'URL', 'CARD', 'ACCOUNT', 'ID', 'ADDRESS', 'ORDER', 'NAME', 'OTHER'] as const;
export const redactionTypeSchema = z.enum(REDACTION_TYPES);
export type RedactionType = z.infer<typeof redactionTypeSchema>;

export const redactionSummarySchema = z.object({ type: redactionTypeSchema, count: z.number().int().nonnegative() });
export type RedactionSummary = z.infer<typeof redactionSummarySchema>;

/**
 * One redaction. start/end index the ORIGINAL message text (kept only in memory, for undo);
 * redactedStart/redactedEnd index the redacted text (for highlighting). `original` must never be stored.
 */
export const redactionSpanSchema = z.object({
  id: z.string().min(1),
  messageId: z.string().min(1),
  type: redactionTypeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  redactedStart: z.number().int().nonnegative(),
  redactedEnd: z.number().int().nonnegative(),
  placeholder: z.string(),
  original: z.string(),
});
export type RedactionSpan = z.infer<typeof redactionSpanSchema>;

export const TRANSCRIPT_SCHEMA_VERSION = 1;

/** What the workspace stores in transcripts/<id>.json: redacted, originals dropped. */
export const storedTranscriptSchema = z.object({
  schemaVersion: z.literal(TRANSCRIPT_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  channel: transcriptChannelSchema,
  format: transcriptFormatSchema,
  importedAt: z.string(),
  participants: z.array(transcriptParticipantSchema),
  messages: z.array(transcriptMessageSchema),
  redactions: z.array(redactionSummarySchema),
  tags: z.array(z.string()),
  trashedAt: z.string().nullable(),
});
export type StoredTranscript = z.infer<typeof storedTranscriptSchema>;

/** The stable shape of `cli import --json`. */
export interface TranscriptImportJson {
  format: TranscriptFormat;
  participants: { id: string; name: string; side: ParticipantSide }[];
  messages: TranscriptMessage[];
  redactions: RedactionSummary[];
}

export function channelOfFormat(format: TranscriptFormat): TranscriptChannel {
  if (format === 'whatsapp-android' || format === 'whatsapp-ios') return 'whatsapp';
  if (format === 'csv') return 'other';
  return format;
}
