/**
 * Expected failures of playbook operations. They are AppErrors, so every host returns them with
 * their code and message; `reason` lets the UI and tests tell them apart without parsing text.
 */
import { AppError, type ErrorCode, type ErrorIssue } from '../../shared/errors';

export type PlaybookErrorReason =
  | 'empty-summary'
  | 'unchanged-draft'
  | 'bad-due-date'
  | 'unknown-standard-reference'
  | 'chapter-not-found'
  | 'standard-not-found'
  | 'standard-in-use'
  | 'version-not-found'
  | 'not-latest-version'
  | 'bad-order'
  | 'invalid-content';

const CODES: Record<PlaybookErrorReason, ErrorCode> = {
  'empty-summary': 'INVALID_INPUT',
  'unchanged-draft': 'CONFLICT',
  'bad-due-date': 'INVALID_INPUT',
  'unknown-standard-reference': 'INVALID_INPUT',
  'chapter-not-found': 'NOT_FOUND',
  'standard-not-found': 'NOT_FOUND',
  'standard-in-use': 'CONFLICT',
  'version-not-found': 'NOT_FOUND',
  'not-latest-version': 'CONFLICT',
  'bad-order': 'INVALID_INPUT',
  'invalid-content': 'INVALID_INPUT',
};

export class PlaybookError extends AppError {
  readonly reason: PlaybookErrorReason;
  constructor(reason: PlaybookErrorReason, message: string, issues?: ErrorIssue[]) {
    super(CODES[reason], message, issues);
    this.name = 'PlaybookError';
    this.reason = reason;
  }
}

/** Who changed the draft and when; passed in so the domain never reads a clock. */
export interface EditStamp {
  at: string;
  by: string;
}
