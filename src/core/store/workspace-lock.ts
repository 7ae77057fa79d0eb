/**
 * One host per workspace folder: a lock file holding the owner's pid. A lock whose pid is no
 * longer running is stale and taken over; a live one is refused with a message saying who holds it.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import { workspacePaths } from './workspace-paths';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

export interface WorkspaceLock {
  release(): Promise<void>;
}

export async function acquireWorkspaceLock(dir: string, host: string): Promise<WorkspaceLock> {
  const { lockFile } = workspacePaths(dir);
  await mkdir(dir, { recursive: true });
  const info: LockInfo = { pid: process.pid, host, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(JSON.stringify(info));
      await handle.close();
      return { release: () => rm(lockFile, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(lockFile);
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new AppError(
          'CONFLICT',
          `The workspace in ${dir} is already open in another CX Dojo (${holder.host}, process ${holder.pid}, since ${holder.startedAt}). Close that one first, or choose another data folder.`,
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new AppError('CONFLICT', `Could not take the lock on ${lockFile}. Try again.`);
}
