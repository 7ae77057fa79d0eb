/**
 * One JSON file on disk, validated on load and written atomically through lowdb
 * (temp file + rename, one queue per file). Reading is done here rather than by lowdb so a
 * file that fails to parse is reported, never overwritten.
 */
import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';

export interface Migration {
  from: number;
  to: number;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

export interface DocumentSpec<T> {
  /** What the file is, for messages: "workspace.json", "attempts of Ana". */
  label: string;
  schema: z.ZodType<T>;
  currentVersion: number;
  migrations?: Migration[];
}

export type ReadOutcome<T> =
  | { status: 'missing' }
  | { status: 'ok'; data: T; migratedFrom: number | null }
  | { status: 'invalid'; problem: string };

/** How a document's bytes reach the disk; tests inject failures here. */
export interface DocumentWriter<T> {
  write(data: T): Promise<void>;
}

export function lowdbWriter<T>(path: string): DocumentWriter<T> {
  const db = new Low<T | null>(new JSONFile<T | null>(path), null);
  return {
    async write(data) {
      db.data = data;
      await db.write();
    },
  };
}

export async function readDocument<T>(path: string, spec: DocumentSpec<T>): Promise<ReadOutcome<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid', problem: `${spec.label} could not be read: ${(error as Error).message}` };
  }
  return parseDocument(text, spec);
}

export function parseDocument<T>(text: string, spec: DocumentSpec<T>): ReadOutcome<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { status: 'invalid', problem: `${spec.label} is not valid JSON (${(error as Error).message}).` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { status: 'invalid', problem: `${spec.label} does not hold a JSON object.` };
  }
  let record = raw as Record<string, unknown>;
  const version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  if (version > spec.currentVersion) {
    return {
      status: 'invalid',
      problem: `${spec.label} was written by a newer CX Dojo (schema ${version}; this version reads up to ${spec.currentVersion}).`,
    };
  }
  let migratedFrom: number | null = null;
  for (let v = version; v < spec.currentVersion; ) {
    const step = spec.migrations?.find((m) => m.from === v);
    if (!step) return { status: 'invalid', problem: `${spec.label}: no migration from schema ${v}.` };
    record = step.migrate(record);
    migratedFrom ??= version;
    v = step.to;
  }
  const parsed = spec.schema.safeParse(record);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first.path.length ? first.path.join('.') : '(top level)';
    return { status: 'invalid', problem: `${spec.label} has the wrong shape at ${where}: ${first.message}` };
  }
  return { status: 'ok', data: parsed.data, migratedFrom };
}

/** An in-memory document and its file. A failed write keeps the memory state; the next write catches up. */
export class StoredDocument<T> {
  data: T;
  private readonly writer: DocumentWriter<T>;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    readonly label: string,
    data: T,
    writer?: DocumentWriter<T>,
  ) {
    this.data = data;
    this.writer = writer ?? lowdbWriter<T>(path);
  }

  async save(): Promise<void> {
    const run = this.pending.then(() => this.writer.write(this.data));
    this.pending = run.catch(() => undefined);
    try {
      await run;
    } catch (error) {
      throw new AppError(
        'WRITE_FAILED',
        `Could not save ${this.label} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ` +
          'Your change is kept in memory and will be saved with the next successful write. Check the disk has space and the folder is writable.',
      );
    }
  }

  /** Waits for every queued write; used before quit and before backups. */
  flush(): Promise<void> {
    return this.pending;
  }
}
