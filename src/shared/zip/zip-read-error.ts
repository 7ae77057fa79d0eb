/** Why a zip could not be read. The message says what is wrong, for the person who chose the file; the caller adds what to do. */
export type ZipReadProblem = 'NOT_A_ZIP' | 'DAMAGED' | 'UNSUPPORTED' | 'TOO_LARGE' | 'TOO_MANY_ENTRIES';

export class ZipReadError extends Error {
  readonly problem: ZipReadProblem;
  /** The entry it is about, when there is one. */
  readonly entry?: string;
  constructor(problem: ZipReadProblem, message: string, entry?: string) {
    super(message);
    this.name = 'ZipReadError';
    this.problem = problem;
    this.entry = entry;
  }
}
