/**
 * Training attempts on disk, per person: `attempts/<personId>/<yyyy-mm>.jsonl` holds the full
 * records of the attempts started that month, appended one line per save (attempt-month-file.ts),
 * `comments.json` the coaching comments, and `summaries.jsonl` one summary line per save (an
 * append-only cache, rebuilt from the month files whenever it is missing or unreadable).
 * People's files are read only when first needed, never all at workspace open.
 */
import { appendFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { coachingCommentSchema, type Attempt, type CoachingComment } from '../../shared/domain/attempt';
import type { AttemptSummary } from '../../shared/domain/attempt-summary';
import type { Notice } from '../../shared/domain/workspace';
import { AppError } from '../../shared/errors';
import { StoredDocument, type DocumentSpec } from './json-document';
import { openWorkspaceFile } from './open-workspace';
import { AttemptMonthFile, MONTH_FILE, monthFileName } from './attempt-month-file';
import { parseSummaries, stampLine, SUMMARIES_FILE, summariesFileText, summaryLines, type MonthBytes } from './summaries-file';

export { SUMMARIES_FILE } from './summaries-file';

const commentsFileSchema = z.object({ schemaVersion: z.literal(1), personId: z.string(), comments: z.array(coachingCommentSchema) });
type CommentsFile = z.infer<typeof commentsFileSchema>;

const commentsSpec = (entry: string): DocumentSpec<CommentsFile> => ({ label: entry, schema: commentsFileSchema, currentVersion: 1 });

const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

interface PersonFiles {
  months: Map<string, Promise<AttemptMonthFile>>;
  comments: StoredDocument<CommentsFile> | null;
  summaries: Map<string, AttemptSummary>;
  /** Each month file's size when its summaries were last written (see summaries-file.ts). */
  monthBytes: MonthBytes;
  /** Appended lines since the file was last rewritten; compaction rewrites it when it grows. */
  summaryLines: number;
  /** Saves of one person run one after another, so appends and compaction never interleave. */
  queue: Promise<void>;
  /** Summary lines changed in memory but not yet on disk (a write failed); the next save retries them. */
  unsavedSummaries: Set<string>;
}

export interface AttemptsStoreOptions {
  dir: string;
  now: () => Date;
  notify: (notice: Notice) => void;
  summarize: (attempt: Attempt) => AttemptSummary;
}

export class AttemptsStore {
  private readonly people = new Map<string, Promise<PersonFiles>>();
  private everyone: Promise<void> | null = null;
  private readonly root: string;

  constructor(private readonly options: AttemptsStoreOptions) {
    this.root = join(options.dir, 'attempts');
  }

  private entry(personId: string, file: string): string {
    if (!SAFE_ID.test(personId)) throw new AppError('INVALID_INPUT', `"${personId}" is not a valid person id.`);
    return `attempts/${personId}/${file}`;
  }

  private person(personId: string): Promise<PersonFiles> {
    if (!SAFE_ID.test(personId)) return Promise.reject(new AppError('INVALID_INPUT', `"${personId}" is not a valid person id.`));
    let files = this.people.get(personId);
    if (!files) {
      files = this.loadPerson(personId);
      this.people.set(personId, files);
      files.catch(() => this.people.delete(personId));
    }
    return files;
  }

  private async loadPerson(personId: string): Promise<PersonFiles> {
    const folder = join(this.root, personId);
    const names = await readdir(folder).catch(() => [] as string[]);
    const files: PersonFiles = { months: new Map(), comments: null, summaries: new Map(), monthBytes: new Map(), summaryLines: 0, queue: Promise.resolve(), unsavedSummaries: new Set() };
    const text = await readFile(join(folder, SUMMARIES_FILE), 'utf8').catch(() => null);
    const cache = text === null ? null : parseSummaries(text);
    if (cache) {
      files.summaries = cache.summaries;
      files.summaryLines = cache.lines;
      if (cache.monthBytes) files.monthBytes = cache.monthBytes;
    }
    const onDisk = new Map<string, number>();
    for (const name of names.filter((n) => MONTH_FILE.test(n))) {
      const size = await stat(join(folder, name)).then((info) => info.size, () => null);
      if (size !== null) onDisk.set(MONTH_FILE.exec(name)![1], size);
    }
    // The month files are the truth: re-summarise every month whose size is not the one the cache was made from.
    const stale = new Set([...onDisk].filter(([month, size]) => !cache?.monthBytes || files.monthBytes.get(month) !== size).map(([month]) => month));
    for (const summary of files.summaries.values()) if (!onDisk.has(summary.startedAt.slice(0, 7))) stale.add(summary.startedAt.slice(0, 7));
    if (stale.size === 0) return files;
    for (const [id, summary] of files.summaries) if (stale.has(summary.startedAt.slice(0, 7))) files.summaries.delete(id);
    for (const name of stale) {
      files.monthBytes.delete(name);
      if (!onDisk.has(name)) continue;
      const month = await this.month(files, personId, name);
      for (const attempt of month.attempts.values()) files.summaries.set(attempt.id, this.options.summarize(attempt));
      files.monthBytes.set(name, month.size);
    }
    await this.rewriteSummaries(personId, files);
    return files;
  }

  private async rewriteSummaries(personId: string, files: PersonFiles): Promise<void> {
    const folder = join(this.root, personId);
    await mkdir(folder, { recursive: true });
    const temp = join(folder, `.${SUMMARIES_FILE}.tmp`);
    await writeFile(temp, summariesFileText(files.summaries.values(), files.monthBytes));
    await rename(temp, join(folder, SUMMARIES_FILE));
    files.summaryLines = files.summaries.size + 1;
  }

  private month(files: PersonFiles, personId: string, month: string): Promise<AttemptMonthFile> {
    let file = files.months.get(month);
    if (!file) {
      file = AttemptMonthFile.open(this.options.dir, this.entry(personId, monthFileName(month)), this.options.now(), this.options.notify);
      files.months.set(month, file);
      file.catch(() => files.months.delete(month));
    }
    return file;
  }

  async saveAttempt(attempt: Attempt): Promise<void> {
    const files = await this.person(attempt.personId);
    const run = files.queue.then(() => this.writeAttempt(files, attempt));
    files.queue = run.catch(() => undefined);
    return run;
  }

  private async writeAttempt(files: PersonFiles, attempt: Attempt): Promise<void> {
    const folder = join(this.root, attempt.personId);
    const month = await this.month(files, attempt.personId, attempt.startedAt.slice(0, 7));
    files.summaries.set(attempt.id, this.options.summarize(attempt));
    files.unsavedSummaries.add(attempt.id);
    // Memory is complete from here; what follows brings the disk up to it, retrying what failed before.
    for (const other of files.months.values()) {
      const loaded = await other;
      if (loaded !== month && loaded.hasPending) await loaded.writePending();
    }
    await month.save(attempt);
    for (const [name, loaded] of files.months) files.monthBytes.set(name, (await loaded).size);
    const unsaved = [...files.unsavedSummaries].map((id) => files.summaries.get(id)!);
    await appendFile(join(folder, SUMMARIES_FILE), summaryLines(unsaved) + stampLine(files.monthBytes));
    files.summaryLines += unsaved.length + 1;
    files.unsavedSummaries.clear();
    if (files.summaryLines > 3 * files.summaries.size + 100) await this.rewriteSummaries(attempt.personId, files);
  }

  async getAttempt(personId: string, attemptId: string): Promise<Attempt | null> {
    const files = await this.person(personId);
    const summary = files.summaries.get(attemptId);
    if (!summary) return null;
    const month = await this.month(files, personId, summary.startedAt.slice(0, 7));
    return month.attempts.get(attemptId) ?? null;
  }

  async listAttempts(personId: string): Promise<Attempt[]> {
    const files = await this.person(personId);
    const months = [...new Set([...files.summaries.values()].map((s) => s.startedAt.slice(0, 7)))].sort();
    const all: Attempt[] = [];
    for (const month of months) all.push(...(await this.month(files, personId, month)).attempts.values());
    return all.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  async summariesFor(personId: string): Promise<AttemptSummary[]> {
    const files = await this.person(personId);
    return [...files.summaries.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  /** Every person's summaries; the first call reads each person's cache once. */
  async allSummaries(): Promise<AttemptSummary[]> {
    if (!this.everyone) {
      this.everyone = (async () => {
        const ids = await readdir(this.root).catch(() => [] as string[]);
        await Promise.all(ids.filter((id) => SAFE_ID.test(id)).map((id) => this.person(id)));
      })();
    }
    await this.everyone;
    const all: AttemptSummary[] = [];
    for (const files of this.people.values()) all.push(...(await files).summaries.values());
    return all;
  }

  private async commentsDoc(personId: string): Promise<StoredDocument<CommentsFile>> {
    const files = await this.person(personId);
    if (files.comments) return files.comments;
    const entry = this.entry(personId, 'comments.json');
    const opened = await openWorkspaceFile(this.options.dir, entry, commentsSpec(entry), this.options.now());
    opened.notices.forEach(this.options.notify);
    files.comments = new StoredDocument(join(this.options.dir, entry), entry, opened.data ?? { schemaVersion: 1 as const, personId, comments: [] });
    return files.comments;
  }

  async saveComment(comment: CoachingComment): Promise<void> {
    await mkdir(join(this.root, comment.personId), { recursive: true });
    const doc = await this.commentsDoc(comment.personId);
    const at = doc.data.comments.findIndex((c) => c.id === comment.id);
    if (at >= 0) doc.data.comments[at] = comment;
    else doc.data.comments.push(comment);
    await doc.save();
  }

  async listComments(personId: string): Promise<CoachingComment[]> {
    return [...(await this.commentsDoc(personId)).data.comments];
  }

  /** Waits for every queued write of every loaded file. */
  async flush(): Promise<void> {
    for (const files of this.people.values()) {
      const loaded = await files.catch(() => null);
      if (!loaded) continue;
      await loaded.queue;
      await loaded.comments?.flush();
    }
  }

  /** Forgets what was read (after a restore replaced the files). */
  reset(): void {
    this.people.clear();
    this.everyone = null;
  }
}
