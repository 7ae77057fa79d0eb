/**
 * One host per workspace folder. The lock file names its holder (which app, host name, pid, when
 * that process started, a random id) and carries a heartbeat the holder refreshes every 10 s. A pid
 * alone is not enough: after a crash and a reboot the same pid may belong to another program, so a
 * lock is taken over whenever its holder cannot be a live CX Dojo — its pid is not running here, the
 * pid is ours but the id is not, or its heartbeat is older than 60 s. A live holder is refused with a
 * message that says which app holds the folder, since when, and what to do.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { workspacePaths } from './workspace-paths';

const lockFileSchema = z.object({
  format: z.literal('cxdojo-lock/2'),
  ownerId: z.string().min(1),
  app: z.string(),
  host: z.string(),
  pid: z.number().int(),
  processStartedAt: z.string(),
  lockedAt: z.string(),
  heartbeatAt: z.string(),
});
type LockFile = z.infer<typeof lockFileSchema>;
/** What versions before the heartbeat wrote: `host` was the app's own description. */
const legacyLockSchema = z.object({ pid: z.number().int(), host: z.string(), startedAt: z.string() });

/** Who holds the lock, as far as the file tells. `host` is null when the file does not say. */
interface Holder {
  ownerId: string | null;
  app: string;
  host: string | null;
  pid: number | null;
  lockedAt: number;
  heartbeatAt: number;
}

export interface WorkspaceLockOptions {
  hostName?: string;
  now?: () => number;
  heartbeatMs?: number;
  /** A heartbeat older than this means the holder is gone. */
  staleAfterMs?: number;
  isRunning?: (pid: number) => boolean;
  /** Told when a heartbeat finds the lock taken over by another process (this one was stopped for too long). */
  onLost?: (message: string) => void;
}

export interface WorkspaceLock {
  ownerId: string;
  /** Why the lock found in the folder was taken over, or null when there was none. */
  tookOver: string | null;
  release(): Promise<void>;
}

export const HEARTBEAT_MS = 10_000;
export const STALE_AFTER_MS = 60_000;

/** Ids of the locks this process holds: a lock naming our pid with another id was left by an earlier process. */
const heldHere = new Set<string>();

function pidIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(text: string, modifiedAt: number): Holder {
  let value: unknown = null;
  try {
    value = JSON.parse(text);
  } catch {
    // an empty or cut file: a holder still writing it, or one that crashed doing so
  }
  const lock = lockFileSchema.safeParse(value);
  if (lock.success) {
    const { ownerId, app, host, pid, lockedAt, heartbeatAt } = lock.data;
    return { ownerId, app, host, pid, lockedAt: Date.parse(lockedAt) || modifiedAt, heartbeatAt: Date.parse(heartbeatAt) || modifiedAt };
  }
  const legacy = legacyLockSchema.safeParse(value);
  if (legacy.success) return { ownerId: null, app: legacy.data.host, host: null, pid: legacy.data.pid, lockedAt: Date.parse(legacy.data.startedAt) || modifiedAt, heartbeatAt: modifiedAt };
  return { ownerId: null, app: 'a program that left an unreadable lock file', host: null, pid: null, lockedAt: modifiedAt, heartbeatAt: modifiedAt };
}

const UNREADABLE_GRACE_MS = 2_000;

interface Here {
  hostName: string;
  now: number;
  staleAfterMs: number;
  isRunning: (pid: number) => boolean;
}

/** Why the holder cannot be a live CX Dojo, or null when it may be one. */
function whyNotLive(holder: Holder, here: Here): string | null {
  const silentFor = Math.max(0, here.now - holder.heartbeatAt);
  const stale = silentFor > here.staleAfterMs;
  const silence = `its heartbeat is ${Math.round(silentFor / 1000)} s old`;
  if (holder.host !== null && holder.host !== here.hostName) return stale ? `the lock is from ${holder.host} and ${silence}` : null;
  if (holder.pid === process.pid) return holder.ownerId !== null && heldHere.has(holder.ownerId) ? null : `it names this process's pid ${holder.pid} but was written by an earlier one`;
  if (holder.pid !== null && !here.isRunning(holder.pid)) return `process ${holder.pid} is not running`;
  // A holder writes its lock within milliseconds of creating it: an unreadable one older than that is damage, not work in progress.
  if (holder.pid === null && silentFor > UNREADABLE_GRACE_MS) return `the lock file cannot be read and is ${Math.round(silentFor / 1000)} s old`;
  if (stale && holder.pid !== null) return `process ${holder.pid} is running but ${silence}, so it is not the CX Dojo that took the lock`;
  return null;
}

function refusal(dir: string, holder: Holder, here: Here): AppError {
  const waitSeconds = Math.max(1, Math.ceil(((holder.pid === null ? UNREADABLE_GRACE_MS : here.staleAfterMs) - Math.max(0, here.now - holder.heartbeatAt)) / 1000));
  if (holder.pid === null) {
    return new AppError('CONFLICT', `The workspace in ${dir} is locked by a lock file that cannot be read yet (another CX Dojo may be opening it). Wait ${waitSeconds} seconds and start again; if it is still refused, close the CX Dojo that has this folder open.`);
  }
  const where = holder.host === null ? 'on this or another computer' : holder.host === here.hostName ? `on this computer (${holder.host})` : `on ${holder.host}`;
  const since = new Date(holder.lockedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
  return new AppError(
    'CONFLICT',
    `The workspace in ${dir} is open in ${holder.app} ${where}, process ${holder.pid}, since ${since}. Close CX Dojo ${where}, or, if it is no longer running, wait ${waitSeconds} seconds and start again.`,
  );
}

async function readHolder(lockFile: string): Promise<{ text: string; holder: Holder } | null> {
  try {
    const [text, info] = await Promise.all([readFile(lockFile, 'utf8'), stat(lockFile)]);
    return { text, holder: holderOf(text, info.mtimeMs) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function createLock(lockFile: string, lock: LockFile): Promise<boolean> {
  try {
    const handle = await open(lockFile, 'wx');
    try {
      await handle.writeFile(JSON.stringify(lock));
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function startHeartbeat(lockFile: string, lock: LockFile, every: number, now: () => number, onLost: (message: string) => void): { stop(): Promise<void> } {
  let beating: Promise<void> = Promise.resolve();
  let stopped = false;
  const beat = async () => {
    const found = await readHolder(lockFile).catch(() => null);
    if (stopped) return;
    if (found?.holder.ownerId !== lock.ownerId) {
      stopped = true;
      clearInterval(timer);
      onLost(`The lock on ${lockFile} was taken over by ${found ? `${found.holder.app} on ${found.holder.host ?? 'an unknown computer'}` : 'another program that removed it'} while this CX Dojo was not answering. Stop this one so the two do not write over each other's work.`);
      return;
    }
    const next = { ...lock, heartbeatAt: new Date(now()).toISOString() };
    const temp = `${lockFile}.${lock.ownerId}.tmp`;
    await writeFile(temp, JSON.stringify(next))
      .then(() => rename(temp, lockFile))
      .catch(() => undefined); // a missed beat is retried at the next one
  };
  const timer = setInterval(() => {
    beating = beating.then(beat);
  }, every);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await beating;
    },
  };
}

/** Takes the workspace folder's lock for `app` (e.g. "CX Dojo desktop"), or throws a CONFLICT saying who holds it. */
export async function acquireWorkspaceLock(dir: string, app: string, options: WorkspaceLockOptions = {}): Promise<WorkspaceLock> {
  const { lockFile } = workspacePaths(dir);
  const now = options.now ?? Date.now;
  const here: Here = { hostName: options.hostName ?? hostname(), now: now(), staleAfterMs: options.staleAfterMs ?? STALE_AFTER_MS, isRunning: options.isRunning ?? pidIsRunning };
  const at = new Date(here.now).toISOString();
  const lock: LockFile = {
    format: 'cxdojo-lock/2',
    ownerId: randomUUID(),
    app,
    host: here.hostName,
    pid: process.pid,
    processStartedAt: new Date(here.now - process.uptime() * 1000).toISOString(),
    lockedAt: at,
    heartbeatAt: at,
  };
  await mkdir(dir, { recursive: true });
  let tookOver: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createLock(lockFile, lock)) {
      heldHere.add(lock.ownerId);
      const heartbeat = startHeartbeat(lockFile, lock, options.heartbeatMs ?? HEARTBEAT_MS, now, options.onLost ?? (() => undefined));
      return {
        ownerId: lock.ownerId,
        tookOver,
        async release() {
          await heartbeat.stop();
          heldHere.delete(lock.ownerId);
          const found = await readHolder(lockFile).catch(() => null);
          if (found?.holder.ownerId === lock.ownerId) await rm(lockFile, { force: true });
        },
      };
    }
    const found = await readHolder(lockFile);
    if (!found) continue; // released meanwhile
    const reason = whyNotLive(found.holder, here);
    if (reason === null) throw refusal(dir, found.holder, here);
    // Remove only the lock that was judged: another process may have just replaced it.
    const again = await readHolder(lockFile);
    if (again?.text === found.text) {
      await rm(lockFile, { force: true });
      tookOver = `Took over the lock left by ${found.holder.app}${found.holder.host ? ` on ${found.holder.host}` : ''}: ${reason}.`;
    }
  }
  throw new AppError('CONFLICT', `Could not take the lock on ${lockFile}: other programs keep changing it. Try again.`);
}
