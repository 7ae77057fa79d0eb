/**
 * Where "Turn into scenario" gets the conversation from: the stored, redacted transcript (read
 * through the workspace's transcripts store), or the content sent with the call.
 */
import { AppError } from '../../../shared/errors';
import type { Channel } from '../../../shared/domain/scenario';
import { SAFE_TRANSCRIPT_ID } from '../../store/transcripts-store';
import type { TranscriptLike } from '../../scenarios/transcript-to-scenario';
import type { WorkspaceState } from '../workspace-state';

export interface TranscriptSource extends TranscriptLike {
  id?: string;
  title?: string;
  channel?: string;
}

export async function readStoredTranscript(ws: WorkspaceState, id: string): Promise<TranscriptSource> {
  const transcript = SAFE_TRANSCRIPT_ID.test(id) ? await ws.transcripts.get(id) : null;
  if (!transcript) throw new AppError('NOT_FOUND', `There is no stored transcript "${id.slice(0, 80)}". Import it on the Transcripts page first.`);
  if (transcript.trashedAt !== null) throw new AppError('NOT_FOUND', `The transcript "${transcript.title}" is in the trash. Restore it first.`);
  return transcript;
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
