/**
 * Rotating copies of the whole workspace folder: at start, every 30 minutes of activity, before a
 * migration or a restore, and on request. The newest ten are kept.
 */
import { copyFile, cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { BackupInfo } from '../../shared/domain/workspace';
import { BACKED_UP_ENTRIES, fileStamp, workspacePaths } from './workspace-paths';

export const BACKUPS_KEPT = 10;
/** The attempts summaries cache is rebuilt from the month files, so backups leave it out. */
const SUMMARIES_CACHE = 'summaries.jsonl';
const META = 'backup.json';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Real copies, not hard links: a file damaged in place (a disk error, an editor) must not take its
 * backups with it. Append-only caches and temp files are left out; caches are rebuilt from the
 * files they summarise.
 */
async function copyTree(source: string, target: string): Promise<void> {
  const info = await stat(source);
  if (info.isDirectory()) {
    await mkdir(target, { recursive: true });
    for (const name of await readdir(source)) {
      if (name === SUMMARIES_CACHE || name.endsWith('.tmp')) continue;
      await copyTree(join(source, name), join(target, name));
    }
    return;
  }
  await copyFile(source, target);
}

export async function createBackup(dir: string, reason: string, at: Date): Promise<BackupInfo> {
  const paths = workspacePaths(dir);
  let id = `${fileStamp(at)}-${reason.toLowerCase().replace(/[^a-z]+/g, '-').slice(0, 20)}`;
  while (await exists(join(paths.backupsDir, id))) id += '-x';
  const target = join(paths.backupsDir, id);
  await mkdir(target, { recursive: true });
  let files = 0;
  for (const entry of BACKED_UP_ENTRIES) {
    const source = join(dir, entry);
    if (!(await exists(source))) continue;
    await copyTree(source, join(target, entry));
    files += 1;
  }
  const info: BackupInfo = { id, createdAt: at.toISOString(), reason, files };
  await writeFile(join(target, META), JSON.stringify(info, null, 2));
  await pruneBackups(dir);
  return info;
}

/**
 * Whether any backed-up file changed after the given backup was made (so a new one would add
 * something). Compares file-system times on both sides, never the app's clock.
 */
export async function changedSinceBackup(dir: string, backupId: string): Promise<boolean> {
  const made = await stat(backupFile(dir, backupId, META)).catch(() => null);
  if (!made) return true;
  const since = made.mtime;
  for (const entry of BACKED_UP_ENTRIES) {
    const path = join(dir, entry);
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (info.isFile()) {
      if (info.mtime > since) return true;
      continue;
    }
    const inside = await readdir(path, { recursive: true, withFileTypes: true });
    for (const file of inside) {
      if (!file.isFile() || file.name === SUMMARIES_CACHE || file.name.endsWith('.tmp')) continue;
      const fileInfo = await stat(join(file.parentPath, file.name)).catch(() => null);
      if (fileInfo && fileInfo.mtime > since) return true;
    }
  }
  return false;
}

export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const { backupsDir } = workspacePaths(dir);
  const names = await readdir(backupsDir).catch(() => [] as string[]);
  const infos: BackupInfo[] = [];
  for (const name of names) {
    try {
      const meta = JSON.parse(await readFile(join(backupsDir, name, META), 'utf8')) as BackupInfo;
      if (meta.id === name) infos.push(meta);
    } catch {
      // A folder without readable metadata is not one of our finished backups.
    }
  }
  return infos.sort((a, b) => (a.id < b.id ? 1 : -1));
}

export async function pruneBackups(dir: string, keep = BACKUPS_KEPT): Promise<void> {
  const all = await listBackups(dir);
  for (const old of all.slice(keep)) {
    await rm(join(workspacePaths(dir).backupsDir, old.id), { recursive: true, force: true });
  }
}

export const backupFile = (dir: string, id: string, entry: string): string => join(workspacePaths(dir).backupsDir, id, entry);

/** Puts a backup's files in place of the current ones. The caller backs up the current state first. */
export async function restoreBackupFiles(dir: string, id: string): Promise<BackupInfo> {
  const info = (await listBackups(dir)).find((b) => b.id === id);
  if (!info) throw new AppError('NOT_FOUND', `There is no backup "${id}".`);
  for (const entry of BACKED_UP_ENTRIES) {
    const source = backupFile(dir, id, entry);
    const target = join(dir, entry);
    if (!(await exists(source))) continue;
    // Copy beside the target first so a failure half-way never leaves a half-restored file in place.
    const staged = `${target}.restoring`;
    await rm(staged, { recursive: true, force: true });
    await cp(source, staged, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(staged, target);
  }
  return info;
}
