/**
 * Redacted transcripts on disk: one validated file per transcript (`transcripts/<id>.json`,
 * written atomically), read only when opened, and `transcripts/index.json`, a small list the
 * library shows without parsing every transcript. The index is a cache: when it is missing or
 * unreadable it is rebuilt from the transcript files, which are the truth. A damaged transcript
 * file is moved aside and restored from the newest good backup, with a notice.
 * Deleting moves a transcript to the trash (`trashedAt`); only "empty trash" removes files.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { storedTranscriptSchema, TRANSCRIPT_SCHEMA_VERSION, type StoredTranscript } from '../../shared/domain/transcript';
import { listItemOf, transcriptListItemSchema, type TranscriptListItem } from '../../shared/domain/transcript-list-item';
import type { Notice } from '../../shared/domain/workspace';
import { AppError } from '../../shared/errors';
import { readDocument, StoredDocument, type DocumentSpec } from './json-document';
import { openWorkspaceFile } from './open-workspace';

const indexSchema = z.object({ schemaVersion: z.literal(1), items: z.array(transcriptListItemSchema) });
type TranscriptIndex = z.infer<typeof indexSchema>;
const indexSpec: DocumentSpec<TranscriptIndex> = { label: 'transcripts/index.json', schema: indexSchema, currentVersion: 1 };
const transcriptSpec = (entry: string): DocumentSpec<StoredTranscript> => ({ label: entry, schema: storedTranscriptSchema, currentVersion: TRANSCRIPT_SCHEMA_VERSION });

export const SAFE_TRANSCRIPT_ID = /^[A-Za-z0-9_-]{1,80}$/;
const TRANSCRIPT_FILE = /^([A-Za-z0-9_-]{1,80})\.json$/;
const INDEX_FILE = 'index.json';
/** Transcripts kept parsed in memory; older ones are dropped and read again when opened. */
const OPEN_LIMIT = 12;

export interface TranscriptsStoreOptions {
  dir: string;
  now: () => Date;
  notify: (notice: Notice) => void;
}


export class TranscriptsStore {
  private readonly root: string;
  private index: Promise<StoredDocument<TranscriptIndex>> | null = null;
  private readonly open = new Map<string, StoredDocument<StoredTranscript>>();
  /** Writes of transcripts dropped from memory, awaited before their file is read again. */
  private readonly draining = new Map<string, Promise<void>>();
  /** Every change runs after the previous one, so the index and the files never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: TranscriptsStoreOptions) {
    this.root = join(options.dir, 'transcripts');
  }

  private entry(id: string): string {
    if (!SAFE_TRANSCRIPT_ID.test(id) || id === 'index') throw new AppError('NOT_FOUND', `There is no transcript "${id.slice(0, 80)}".`);
    return `transcripts/${id}.json`;
  }

  private serially<T>(change: () => Promise<T>): Promise<T> {
    const run = this.queue.then(change);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private indexDoc(): Promise<StoredDocument<TranscriptIndex>> {
    if (!this.index) {
      this.index = this.loadIndex();
      this.index.catch(() => (this.index = null));
    }
    return this.index;
  }

  /**
   * Trusts the index for every file it names; parses only files it does not name (a crash between
   * writing a transcript and the index) and drops entries whose file is gone.
   */
  private async loadIndex(): Promise<StoredDocument<TranscriptIndex>> {
    const path = join(this.root, INDEX_FILE);
    const read = await readDocument(path, indexSpec);
    const names = await readdir(this.root).catch(() => [] as string[]);
    const ids = names.map((n) => TRANSCRIPT_FILE.exec(n)?.[1]).filter((id): id is string => !!id && id !== 'index');
    const known = new Map(read.status === 'ok' ? read.data.items.map((i) => [i.id, i]) : []);
    const items: TranscriptListItem[] = [];
    let changed = read.status !== 'ok';
    for (const id of ids) {
      const item = known.get(id);
      if (item) {
        items.push(item);
        continue;
      }
      changed = true;
      const t = await this.readTranscript(id);
      if (t) items.push(listItemOf(t));
    }
    if (items.length !== known.size) changed = true;
    const doc = new StoredDocument(path, 'the transcript list', { schemaVersion: 1 as const, items: sortItems(items) });
    if (changed && ids.length > 0) await doc.save();
    return doc;
  }

  /** Reads (and if damaged, repairs) one transcript file; null when it is gone or beyond repair. */
  private async readTranscript(id: string): Promise<StoredTranscript | null> {
    await this.draining.get(id);
    const entry = this.entry(id);
    const opened = await openWorkspaceFile(this.options.dir, entry, transcriptSpec(entry), this.options.now());
    opened.notices.forEach(this.options.notify);
    if (!opened.data) return null;
    if (opened.data.id !== id) opened.data.id = id;
    return opened.data;
  }

  private remember(doc: StoredDocument<StoredTranscript>): void {
    this.open.delete(doc.data.id);
    this.open.set(doc.data.id, doc);
    while (this.open.size > OPEN_LIMIT) {
      const [oldest, dropped] = this.open.entries().next().value as [string, StoredDocument<StoredTranscript>];
      this.open.delete(oldest);
      const flushed = dropped.flush().finally(() => this.draining.delete(oldest));
      this.draining.set(oldest, flushed);
    }
  }

  private async document(id: string): Promise<StoredDocument<StoredTranscript> | null> {
    const cached = this.open.get(id);
    if (cached) return cached;
    const index = await this.indexDoc();
    if (!index.data.items.some((i) => i.id === id)) return null;
    const data = await this.readTranscript(id);
    if (!data) {
      // Beyond repair: it was moved aside with a notice; the list must stop offering it.
      index.data.items = index.data.items.filter((i) => i.id !== id);
      await index.save();
      return null;
    }
    const doc = new StoredDocument(join(this.options.dir, this.entry(id)), `transcript "${data.title}"`, data);
    this.remember(doc);
    return doc;
  }

  async list(): Promise<TranscriptListItem[]> {
    return [...(await this.indexDoc()).data.items];
  }

  async get(id: string): Promise<StoredTranscript | null> {
    if (!SAFE_TRANSCRIPT_ID.test(id) || id === 'index') return null;
    return (await this.serially(() => this.document(id)))?.data ?? null;
  }

  /** Writes new or changed transcripts, then the index once. */
  saveAll(transcripts: StoredTranscript[]): Promise<void> {
    return this.serially(async () => {
      await mkdir(this.root, { recursive: true });
      const index = await this.indexDoc();
      for (const t of transcripts) {
        const data = storedTranscriptSchema.parse(t);
        const doc = new StoredDocument(join(this.options.dir, this.entry(data.id)), `transcript "${data.title}"`, data);
        await doc.save();
        this.remember(doc);
        index.data.items = sortItems([...index.data.items.filter((i) => i.id !== data.id), listItemOf(data)]);
      }
      await index.save();
    });
  }

  /** Changes one transcript (title, tags, trash) and its index line. */
  update(id: string, change: (t: StoredTranscript) => void): Promise<StoredTranscript> {
    return this.serially(async () => {
      const doc = await this.document(id);
      if (!doc) throw new AppError('NOT_FOUND', 'That transcript is no longer in the library. It may have been deleted for good.');
      change(doc.data);
      storedTranscriptSchema.parse(doc.data);
      await doc.save();
      const index = await this.indexDoc();
      index.data.items = sortItems([...index.data.items.filter((i) => i.id !== id), listItemOf(doc.data)]);
      await index.save();
      return doc.data;
    });
  }

  /** Deletes every transcript in the trash for good; returns how many. */
  emptyTrash(): Promise<number> {
    return this.serially(async () => {
      const index = await this.indexDoc();
      const trashed = index.data.items.filter((i) => i.trashedAt !== null);
      for (const item of trashed) {
        const doc = this.open.get(item.id);
        this.open.delete(item.id);
        await doc?.flush();
        await this.draining.get(item.id);
        await unlink(join(this.root, `${item.id}.json`)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw new AppError('WRITE_FAILED', `Could not delete the transcript "${item.title}" (${error.code}). Check the folder is writable.`);
        });
      }
      index.data.items = index.data.items.filter((i) => i.trashedAt === null);
      await index.save();
      return trashed.length;
    });
  }

  async flush(): Promise<void> {
    await this.queue;
    for (const doc of this.open.values()) await doc.flush();
    await Promise.all(this.draining.values());
    await (await this.index?.catch(() => null))?.flush();
  }

  /** Forgets what was read (after a restore replaced the files). */
  reset(): void {
    this.open.clear();
    this.index = null;
  }
}

/** Newest import first; ties by title so the order is stable. */
function sortItems(items: TranscriptListItem[]): TranscriptListItem[] {
  return items.sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}
