/**
 * The record the workspace writes: built only from a redaction outcome, so no original text,
 * span or unredacted name can reach disk. Id and clock come from the caller.
 */
import { storedTranscriptSchema, TRANSCRIPT_SCHEMA_VERSION, type StoredTranscript } from '../../shared/domain/transcript';
import type { ImportResult } from './import-transcript';
import type { RedactionOutcome } from './redaction/redact-transcript';

export interface StoredTranscriptInput {
  id: string;
  importedAt: string;
  tags?: string[];
  /** Defaults to the (redacted) export title. */
  title?: string;
}

export function toStoredTranscript(outcome: Omit<RedactionOutcome<ImportResult>, 'suggestions'>, input: StoredTranscriptInput): StoredTranscript {
  const t = outcome.transcript;
  return storedTranscriptSchema.parse({
    schemaVersion: TRANSCRIPT_SCHEMA_VERSION,
    id: input.id,
    title: input.title ?? t.title,
    channel: t.channel,
    format: t.format,
    importedAt: input.importedAt,
    participants: t.participants,
    messages: t.messages,
    redactions: outcome.counts,
    tags: input.tags ?? [],
    trashedAt: null,
  });
}
