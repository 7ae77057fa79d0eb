/**
 * One person's attempts of one month as JSON Lines (`attempts/<person>/<yyyy-mm>.jsonl`): each
 * save appends the attempt's whole record as one line and the last line for an id wins, so a
 * save costs one attempt however long the history is. The file is compacted (rewritten
 * atomically with one line per attempt) when it has grown to more than twice its attempts.
 * A line that does not parse or validate means the file is damaged: it is moved aside, the newest
 * backup's copy is restored, and every readable line of the damaged file is laid over it, so the
 * repair loses as little as possible.
 */
import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { attemptSchema, type Attempt } from '../../shared/domain/attempt';
import type { Notice } from '../../shared/domain/workspace';
import { AppError } from '../../shared/errors';
import { backupFile, listBackups } from './backups';
import { makeNotice, moveAside } from './open-workspace';

export const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;
export const monthFileName = (month: string) => `${month}.jsonl`;

interface ParsedLines {
  attempts: Map<string, Attempt>;
  lines: number;
  /** 1-based line numbers that did not parse or validate. */
  badLines: number[];
}

function parseLines(text: string): ParsedLines {
  const attempts = new Map<string, Attempt>();
  const badLines: number[] = [];
  let lines = 0;
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    lines += 1;
    try {
      const attempt = attemptSchema.parse(JSON.parse(line));
      attempts.set(attempt.id, attempt);
    } catch {
      badLines.push(index + 1);
    }
  });
  return { attempts, lines, badLines };
}

/** A month file's text with one line per attempt (what compaction writes; generators write it too). */
export const serialiseAttemptLines = (attempts: Iterable<Attempt>) => [...attempts].map((a) => JSON.stringify(a)).join('\n') + '\n';

export class AttemptMonthFile {
  private lines: number;
  /** The file's size on disk as this object last wrote or read it (the summaries' stamp). */
  private bytes: number;
  /** Attempts changed in memory whose line has not reached the disk yet (a write failed). */
  private readonly unsaved = new Set<string>();

  private constructor(
    readonly path: string,
    readonly label: string,
    readonly attempts: Map<string, Attempt>,
    lines: number,
    bytes: number,
  ) {
    this.lines = lines;
    this.bytes = bytes;
  }

  get size(): number {
    return this.bytes;
  }

  static async open(dir: string, entry: string, now: Date, notify: (notice: Notice) => void): Promise<AttemptMonthFile> {
    const path = join(dir, entry);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw new AppError('WRITE_FAILED', `Could not read ${entry}: ${error.message}`);
    });
    const parsed = parseLines(text);
    if (parsed.badLines.length === 0) return new AttemptMonthFile(path, entry, parsed.attempts, parsed.lines, Buffer.byteLength(text));
    return AttemptMonthFile.repair(dir, entry, parsed, now, notify);
  }

  private static async repair(dir: string, entry: string, damaged: ParsedLines, now: Date, notify: (notice: Notice) => void) {
    const path = join(dir, entry);
    const movedTo = await moveAside(dir, path, entry.replace(/[\\/]/g, '_'), now);
    const where = `${entry} has ${damaged.badLines.length} unreadable line${damaged.badLines.length === 1 ? '' : 's'} (line ${damaged.badLines.slice(0, 5).join(', ')})`;
    let restored: { id: string; createdAt: string; attempts: Map<string, Attempt> } | null = null;
    for (const backup of await listBackups(dir)) {
      const text = await readFile(backupFile(dir, backup.id, entry), 'utf8').catch(() => null);
      if (text === null) continue;
      const copy = parseLines(text);
      if (copy.badLines.length === 0) {
        restored = { id: backup.id, createdAt: backup.createdAt, attempts: copy.attempts };
        break;
      }
    }
    const merged = new Map(restored?.attempts ?? []);
    for (const [id, attempt] of damaged.attempts) merged.set(id, attempt);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.tmp`;
    const text = serialiseAttemptLines(merged.values());
    await writeFile(temp, text);
    await rename(temp, path);
    const kept = damaged.attempts.size ? ` ${damaged.attempts.size} readable record${damaged.attempts.size === 1 ? ' was' : 's were'} kept from it.` : '';
    notify(
      restored
        ? makeNotice('restored', `${where}. It was moved to ${movedTo} and the backup from ${restored.createdAt} was restored.${kept}`, now, entry)
        : makeNotice('reset', `${where}. It was moved to ${movedTo}. No good backup was found, so this part starts ${kept ? 'from what could be read.' + kept : 'empty.'}`, now, entry),
    );
    return new AttemptMonthFile(path, entry, merged, merged.size, Buffer.byteLength(text));
  }

  /** Records the attempt in memory, then appends its line (and any line a failed write left behind). */
  async save(attempt: Attempt): Promise<void> {
    this.attempts.set(attempt.id, attempt);
    this.unsaved.add(attempt.id);
    await this.writePending();
  }

  get hasPending(): boolean {
    return this.unsaved.size > 0;
  }

  async writePending(): Promise<void> {
    if (this.unsaved.size === 0) return;
    const text = [...this.unsaved].map((id) => JSON.stringify(this.attempts.get(id)) + '\n').join('');
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, text);
    } catch (error) {
      throw new AppError(
        'WRITE_FAILED',
        `Could not save ${this.label} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ` +
          'The attempt is kept in memory and will be saved with the next successful write. Check the disk has space and the folder is writable.',
      );
    }
    this.lines += this.unsaved.size;
    this.bytes += Buffer.byteLength(text);
    this.unsaved.clear();
    if (this.lines > 2 * this.attempts.size + 50) await this.compact().catch(() => undefined);
  }

  private async compact(): Promise<void> {
    const temp = `${this.path}.tmp`;
    const text = serialiseAttemptLines(this.attempts.values());
    await writeFile(temp, text);
    await rename(temp, this.path);
    this.lines = this.attempts.size;
    this.bytes = Buffer.byteLength(text);
  }
}
