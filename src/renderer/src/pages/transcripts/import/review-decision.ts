/** What the review screen sends to change redactions: the contract's input, without the session. */
import type { InputOf } from '../../../../../shared/contract';

export type ReviewDecision = Omit<InputOf<'reviewTranscriptRedactions'>, 'sessionId'>;
export type ReviewHandler = (decision: ReviewDecision) => void;
