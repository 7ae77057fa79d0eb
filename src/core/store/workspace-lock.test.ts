import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock';

const NOW = Date.parse('2026-12-03T09:30:00Z');
const HOST = hostname();
let dir: string;
let lockFile: string;
const held: WorkspaceLock[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxdojo-lock-'));
  lockFile = join(dir, 'cxdojo.lock');
});

afterEach(async () => {
  await Promise.all(held.splice(0).map((lock) => lock.release()));
  await rm(dir, { recursive: true, force: true });
});

async function acquire(options: Parameters<typeof acquireWorkspaceLock>[2] = {}): Promise<WorkspaceLock> {
  const lock = await acquireWorkspaceLock(dir, 'CX Dojo desktop', { now: () => NOW, ...options });
  held.push(lock);
  return lock;
}

async function refusal(options: Parameters<typeof acquireWorkspaceLock>[2] = {}): Promise<AppError> {
  try {
    await acquire(options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the lock to be refused');
}

function lockFileOf(fields: { pid: number; host?: string; ownerId?: string; heartbeatAgoMs: number; app?: string }) {
  const at = (ago: number) => new Date(NOW - ago).toISOString();
  return JSON.stringify({
    format: 'cxdojo-lock/2',
    ownerId: fields.ownerId ?? 'an-earlier-process',
    app: fields.app ?? 'CX Dojo desktop',
    host: fields.host ?? HOST,
    pid: fields.pid,
    processStartedAt: at(3_600_000),
    lockedAt: at(3_000_000),
    heartbeatAt: at(fields.heartbeatAgoMs),
  });
}

const onDisk = async () => JSON.parse(await readFile(lockFile, 'utf8'));
const since = new Date(NOW - 3_000_000).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

describe('the workspace lock', () => {
  it('records who holds it: app, host name, pid, process start, a random id and a heartbeat', async () => {
    const lock = await acquire();
    expect(await onDisk()).toEqual({
      format: 'cxdojo-lock/2',
      ownerId: lock.ownerId,
      app: 'CX Dojo desktop',
      host: HOST,
      pid: process.pid,
      processStartedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lockedAt: new Date(NOW).toISOString(),
      heartbeatAt: new Date(NOW).toISOString(),
    });
    expect(lock.tookOver).toBeNull();
  });

  it("takes over a lock naming this process's own pid with a stale heartbeat and another id (left before a crash and reboot)", async () => {
    await writeFile(lockFile, lockFileOf({ pid: process.pid, heartbeatAgoMs: 20 * 60_000 }));
    const lock = await acquire();
    expect(lock.tookOver).toBe(`Took over the lock left by CX Dojo desktop on ${HOST}: it names this process's pid ${process.pid} but was written by an earlier one.`);
    expect((await onDisk()).ownerId).toBe(lock.ownerId);
  });

  it('refuses a fresh lock from a live owner, saying which app, since when, and what to do', async () => {
    await writeFile(lockFile, lockFileOf({ pid: process.ppid, heartbeatAgoMs: 10_000 }));
    const error = await refusal();
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      `The workspace in ${dir} is open in CX Dojo desktop on this computer (${HOST}), process ${process.ppid}, since ${since}. Close CX Dojo on this computer (${HOST}), or, if it is no longer running, wait 50 seconds and start again.`,
    );
    expect((await onDisk()).pid).toBe(process.ppid);
  });

  it('takes over from a running process whose heartbeat is stale: the pid now belongs to another program', async () => {
    await writeFile(lockFile, lockFileOf({ pid: process.ppid, heartbeatAgoMs: 61_000 }));
    const lock = await acquire();
    expect(lock.tookOver).toContain(`process ${process.ppid} is running but its heartbeat is 61 s old, so it is not the CX Dojo that took the lock`);
  });

  it('takes over at once from a pid that is no longer running', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(lockFile, lockFileOf({ pid: gone, heartbeatAgoMs: 1_000 }));
    expect((await acquire()).tookOver).toContain(`process ${gone} is not running`);
  });

  it('judges a lock from another computer by its heartbeat alone', async () => {
    await writeFile(lockFile, lockFileOf({ pid: 4242, host: 'shop-laptop', app: 'npm run web on 0.0.0.0', heartbeatAgoMs: 45_500 }));
    expect((await refusal()).message).toBe(
      `The workspace in ${dir} is open in npm run web on 0.0.0.0 on shop-laptop, process 4242, since ${since}. Close CX Dojo on shop-laptop, or, if it is no longer running, wait 15 seconds and start again.`,
    );
    await writeFile(lockFile, lockFileOf({ pid: 4242, host: 'shop-laptop', heartbeatAgoMs: 60_001 }));
    expect((await acquire()).tookOver).toBe('Took over the lock left by CX Dojo desktop on shop-laptop: the lock is from shop-laptop and its heartbeat is 60 s old.');
  });

  it('refuses a second lock in the same process', async () => {
    await acquire();
    expect((await refusal()).message).toContain(`is open in CX Dojo desktop on this computer (${HOST}), process ${process.pid}`);
  });

  it('refreshes the heartbeat while held, and removes the file on release', async () => {
    let clock = NOW;
    const lock = await acquireWorkspaceLock(dir, 'CX Dojo desktop', { now: () => clock, heartbeatMs: 10 });
    clock += 30_000;
    await expect.poll(async () => (await onDisk()).heartbeatAt, { timeout: 2000, interval: 10 }).toBe(new Date(NOW + 30_000).toISOString());
    await lock.release();
    await expect(readFile(lockFile, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('notices when another process took the lock over, and then leaves its lock alone on release', async () => {
    const lost: string[] = [];
    const lock = await acquireWorkspaceLock(dir, 'CX Dojo desktop', { now: () => NOW, heartbeatMs: 10, onLost: (m) => lost.push(m) });
    const theirs = lockFileOf({ pid: 4242, host: 'shop-laptop', ownerId: 'someone-else', heartbeatAgoMs: 0 });
    await writeFile(lockFile, theirs);
    await expect.poll(() => lost.length, { timeout: 2000, interval: 10 }).toBe(1);
    expect(lost[0]).toContain('was taken over by CX Dojo desktop on shop-laptop');
    await lock.release();
    expect(await readFile(lockFile, 'utf8')).toBe(theirs);
  });

  it('reads the lock files of earlier versions (pid only) by their age', async () => {
    const legacy = JSON.stringify({ pid: process.ppid, host: 'CX Dojo desktop', startedAt: new Date(NOW - 3_000_000).toISOString() });
    await writeFile(lockFile, legacy);
    await utimes(lockFile, new Date(NOW - 10_000), new Date(NOW - 10_000));
    expect((await refusal()).message).toContain('is open in CX Dojo desktop on this or another computer');
    await utimes(lockFile, new Date(NOW - 120_000), new Date(NOW - 120_000));
    expect((await acquire()).tookOver).toContain('its heartbeat is 120 s old');
  });

  it('waits for an unreadable lock file that may still be being written, and takes over an old one', async () => {
    await writeFile(lockFile, '');
    await utimes(lockFile, new Date(NOW - 500), new Date(NOW - 500));
    expect((await refusal()).message).toBe(`The workspace in ${dir} is locked by a lock file that cannot be read yet (another CX Dojo may be opening it). Wait 2 seconds and start again; if it is still refused, close the CX Dojo that has this folder open.`);
    // Writing a lock takes milliseconds: an empty one 10 s old was left by a crash.
    await utimes(lockFile, new Date(NOW - 10_000), new Date(NOW - 10_000));
    expect((await acquire()).tookOver).toBe('Took over the lock left by a program that left an unreadable lock file: the lock file cannot be read and is 10 s old.');
  });
});
