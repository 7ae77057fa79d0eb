/** JSON.parse with errors that say where: truncated files and syntax errors name the line. */
import type { z } from 'zod';
import { TranscriptImportError } from './import-error';

export function parseJsonText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const trimmed = text.trimEnd();
    if (/end of JSON input|Unterminated/i.test(message) || !/[}\]]$/.test(trimmed)) {
      throw new TranscriptImportError('TRUNCATED_JSON', fileName, 'the JSON stops before its end; the file was cut off while copying or downloading. Export or copy it again.', { line: lineCount(text) });
    }
    const position = /position (\d+)/.exec(message);
    const line = position ? lineCount(text.slice(0, Number(position[1]))) : undefined;
    throw new TranscriptImportError('INVALID_JSON', fileName, `this is not valid JSON (${message}). Choose the export file as it was downloaded.`, line !== undefined ? { line } : {});
  }
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** `messages[3].timestamp_ms` from a zod issue path. */
export function jsonPathOf(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(top level)';
}

/** Parses with a schema and turns the first issue into a typed error at its JSON path. */
export function parseWithSchema<S extends z.ZodType>(schema: S, value: unknown, fileName: string, what: string, basePath = ''): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (basePath ? basePath + (issue.path.length && typeof issue.path[0] !== 'number' ? '.' : '') : '') + jsonPathOf(issue.path);
  throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, `this does not look like ${what}: ${issue.message}.`, { jsonPath: path });
}
