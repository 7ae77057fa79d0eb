/** The one typed failure every importer throws: what went wrong, in which file, and where. */
import { AppError } from '../../shared/errors';

export const IMPORT_ERROR_CODES = [
  'EMPTY',
  'BINARY',
  'TOO_LARGE',
  'NOT_A_CHAT_EXPORT',
  'UNKNOWN_FORMAT',
  'TRUNCATED_JSON',
  'INVALID_JSON',
  'NO_PARTICIPANTS',
  'NO_MESSAGES',
  'ONLY_SYSTEM_MESSAGES',
  'BAD_ZIP',
  'CHAT_NOT_FOUND',
  'MISSING_COLUMNS',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportErrorPlace {
  /** 1-based line in the text file. */
  line?: number;
  /** JSON path such as `messages[3].timestamp_ms`. */
  jsonPath?: string;
}

/** An AppError (BAD_FILE / TOO_LARGE for hosts) that also carries the importer's precise reason. */
export class TranscriptImportError extends AppError {
  readonly importCode: ImportErrorCode;
  readonly fileName: string;
  readonly place: ImportErrorPlace;
  constructor(importCode: ImportErrorCode, fileName: string, problem: string, place: ImportErrorPlace = {}) {
    const where = place.line !== undefined ? `, line ${place.line}` : place.jsonPath ? `, at ${place.jsonPath}` : '';
    super(importCode === 'TOO_LARGE' ? 'TOO_LARGE' : 'BAD_FILE', `${fileName}${where}: ${problem}`, [
      { path: place.line !== undefined ? `${fileName}:${place.line}` : place.jsonPath ? `${fileName}#${place.jsonPath}` : fileName, message: problem },
    ]);
    this.name = 'TranscriptImportError';
    this.importCode = importCode;
    this.fileName = fileName;
    this.place = place;
  }
}
