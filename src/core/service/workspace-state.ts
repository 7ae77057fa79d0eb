/**
 * The open workspace as the service sees it: the validated workspace.json in memory, notices,
 * and sessions (PIN lockouts are in workspace.json, so a restart keeps them). All changes go through `mutate`, which saves and schedules backups.
 */
import { mkdir } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { SessionRegistry } from '../auth/sessions';
import { NoticeBoard } from './notice-board';
import { summarizeAttempt } from '../../shared/domain/attempt-summary';
import { AttemptsStore } from '../store/attempts-store';
import { TranscriptsStore } from '../store/transcripts-store';
import { changedSinceBackup, createBackup, listBackups } from '../store/backups';
import { StoredDocument, type DocumentWriter } from '../store/json-document';
import { makeNotice, openWorkspaceFile } from '../store/open-workspace';
import { removeLeftoverTempFiles } from '../store/leftover-temp-files';
import { workspacePaths } from '../store/workspace-paths';
import { repoFontsDir } from '../progress/report-pdf/pdf-fonts';
import type { WorkspaceSwitching } from './workspace-switching';
import { workspaceDocumentSpec, type WorkspaceData } from '../store/workspace-schema';

export const BACKUP_INTERVAL_MS = 30 * 60_000;
export const DEFAULT_IDLE_MINUTES = 15;

export interface WorkspaceOptions {
  dataDir: string;
  contentDir: string;
  /** The fonts report PDFs embed (resources/fonts in a checkout). */
  fontsDir?: string;
  /** Set by the host's switcher: lets "Try a demo shop" open the demo and come back. */
  switching?: WorkspaceSwitching;
  clock?: () => Date;
  /** Replaces the file writer (tests inject disk-full errors here). */
  writerFor?: (path: string) => DocumentWriter<WorkspaceData>;
}

export class WorkspaceState {
  readonly dir: string;
  readonly contentDir: string;
  readonly fontsDir: string;
  readonly switching: WorkspaceSwitching | null;
  readonly paths: ReturnType<typeof workspacePaths>;
  readonly sessions = new SessionRegistry();
  readonly notices = new NoticeBoard(
    () => this.doc?.data.notices ?? null,
    () => {
      this.noticeSaves = this.noticeSaves.then(() => this.save()).catch(() => undefined);
    },
  );
  private noticeSaves: Promise<unknown> = Promise.resolve();
  lastBackupAt: Date | null = null;
  readonly attempts: AttemptsStore;
  readonly transcripts: TranscriptsStore;
  private pendingBackup: Promise<unknown> = Promise.resolve();
  private doc: StoredDocument<WorkspaceData> | null = null;
  private readonly clock: () => Date;

  constructor(private readonly options: WorkspaceOptions) {
    this.dir = options.dataDir;
    this.contentDir = options.contentDir;
    this.fontsDir = options.fontsDir ?? repoFontsDir;
    this.switching = options.switching ?? null;
    this.paths = workspacePaths(options.dataDir);
    this.clock = options.clock ?? (() => new Date());
    this.attempts = new AttemptsStore({
      dir: this.dir,
      now: () => this.now(),
      notify: (notice) => this.notices.add(notice),
      summarize: (attempt) => {
        const entry = this.doc?.data.scenarios.find((s) => s.id === attempt.scenarioId);
        return summarizeAttempt(attempt, entry?.versions.find((v) => v.version === attempt.scenarioVersion) ?? null);
      },
    });
    this.transcripts = new TranscriptsStore({ dir: this.dir, now: () => this.now(), notify: (notice) => this.notices.add(notice) });
  }

  now(): Date {
    return this.clock();
  }

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await removeLeftoverTempFiles(this.dir);
    const opened = await openWorkspaceFile(this.dir, 'workspace.json', workspaceDocumentSpec, this.now());
    opened.notices.forEach((notice) => this.notices.add(notice));
    this.doc = opened.data ? this.makeDocument(opened.data) : null;
    this.notices.adoptEarly();
    // The start backup copies the whole folder; it runs beside the first requests, not before them.
    if (this.doc) this.pendingBackup = this.backupAtStart().catch(() => undefined);
  }

  private makeDocument(data: WorkspaceData): StoredDocument<WorkspaceData> {
    const path = this.paths.workspaceFile;
    return new StoredDocument(path, 'workspace.json', data, this.options.writerFor?.(path));
  }

  get exists(): boolean {
    return this.doc !== null;
  }

  get data(): WorkspaceData {
    if (!this.doc) throw new AppError('NOT_FOUND', 'There is no workspace yet. Create one on the welcome screen.');
    return this.doc.data;
  }

  get idleMs(): number {
    return (this.doc?.data.settings.idleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
  }

  async create(data: WorkspaceData): Promise<void> {
    if (this.doc) throw new AppError('CONFLICT', 'This folder already holds a workspace.');
    const doc = this.makeDocument(data);
    await doc.save();
    this.doc = doc;
    // What was repaired before there was a workspace (a reset file) is for its first leader to see.
    this.notices.adoptEarly();
    await this.backup('created');
  }

  /** Applies a change in memory and saves it. A failed save keeps the change and reports it. */
  async mutate<T>(change: (data: WorkspaceData) => T): Promise<T> {
    const result = change(this.data);
    await this.save();
    return result;
  }

  async save(): Promise<void> {
    if (!this.doc) return;
    try {
      await this.doc.save();
    } catch (error) {
      if (error instanceof AppError) this.notices.add(makeNotice('write-failed', error.message, this.now(), 'workspace.json'));
      throw error;
    }
    await this.backupIfDue();
  }

  private async backupIfDue(): Promise<void> {
    const last = this.lastBackupAt?.getTime() ?? 0;
    if (this.now().getTime() - last >= BACKUP_INTERVAL_MS) await this.backup('periodic').catch(() => undefined);
  }

  /**
   * Restarting without changes makes no new backup: otherwise a run of restarts would rotate the
   * good copies out while a damaged file that nobody has opened yet sits in the folder.
   */
  private async backupAtStart(): Promise<void> {
    const newest = (await listBackups(this.dir))[0];
    if (newest && !(await changedSinceBackup(this.dir, newest.id))) {
      this.lastBackupAt = new Date(newest.createdAt);
      return;
    }
    await this.backup('start');
  }

  async backup(reason: string) {
    await this.doc?.flush();
    await this.attempts.flush();
    const info = await createBackup(this.dir, reason, this.now());
    this.lastBackupAt = this.now();
    return info;
  }

  /** Re-reads everything from disk (after a restore). Sessions stay; their people may have changed. */
  async reload(): Promise<void> {
    await this.flush();
    this.doc = null;
    this.attempts.reset();
    this.transcripts.reset();
    await this.open();
  }

  async flush(): Promise<void> {
    await this.pendingBackup;
    await this.noticeSaves;
    await this.doc?.flush();
    await this.attempts.flush();
    await this.transcripts.flush();
  }
}
