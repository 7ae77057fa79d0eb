/**
 * Where "Turn into scenario" gets the conversation from: the stored, redacted transcript
 * (transcripts/<id>.json, validated by the transcript schema), or the content sent with the call.
 * When the transcript store lands with its own reader, `readStoredTranscript` is the one place to
 * switch over to it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Channel } from '../../../shared/domain/scenario';
import { storedTranscriptSchema } from '../../../shared/domain/transcript';
import type { TranscriptLike } from '../../scenarios/transcript-to-scenario';
import type { WorkspaceState } from '../workspace-state';

export interface TranscriptSource extends TranscriptLike {
  id?: string;
  title?: string;
  channel?: string;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

export async function readStoredTranscript(ws: WorkspaceState, id: string): Promise<TranscriptSource> {
  const missing = () => new AppError('NOT_FOUND', `There is no stored transcript "${id.slice(0, 80)}". Import it on the Transcripts page first.`);
  if (!SAFE_ID.test(id)) throw missing();
  let text: string;
  try {
    text = await readFile(join(ws.paths.transcriptsDir, `${id}.json`), 'utf8');
  } catch {
    throw missing();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('BAD_FILE', `The stored transcript "${id}" cannot be read. Import the chat again.`);
  }
  // The store may wrap the record ({ data: ... }); accept both.
  const record = storedTranscriptSchema.safeParse(raw);
  const wrapped = record.success ? record : storedTranscriptSchema.safeParse((raw as { data?: unknown } | null)?.data);
  if (!wrapped.success) throw new AppError('BAD_FILE', `The stored transcript "${id}" does not have the expected shape. Import the chat again.`);
  if (wrapped.data.trashedAt !== null) throw new AppError('NOT_FOUND', `The transcript "${wrapped.data.title}" is in the trash. Restore it first.`);
  return wrapped.data;
}

/** Scenario channel for a transcript's channel (exports do not say DM or comment: DM is the usual case). */
export function scenarioChannelOf(channel: string | undefined): Channel | undefined {
  switch (channel) {
    case 'whatsapp':
      return 'whatsapp';
    case 'messenger':
      return 'facebook-messenger';
    case 'instagram':
      return 'instagram-dm';
    case 'telegram':
      return 'telegram';
    case 'line':
      return 'line';
    default:
      return undefined;
  }
}
