/** Error codes and the serialisable error shape every host returns. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'WRONG_PIN',
  'WRITE_FAILED',
  'BAD_FILE',
  'TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorIssue {
  /** Where the problem is: a field path, or "file:line". */
  path: string;
  message: string;
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  issues?: ErrorIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** A typed, expected failure. Its message is written for the person using the app. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: ErrorIssue[];
  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toInfo(): ErrorInfo {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}
