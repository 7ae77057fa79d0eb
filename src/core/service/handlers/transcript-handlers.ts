/** Core implementations of the transcript operations. */
import type { transcriptOps } from '../../../shared/contract/transcript-ops';
import type { Handlers } from '../handler-types';

export const transcriptHandlers: Handlers<keyof typeof transcriptOps> = {};
