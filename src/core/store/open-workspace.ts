/**
 * Loads workspace.json, repairing what can be repaired: a file that does not parse or validate
 * is moved aside (never overwritten) and the newest backup that validates is put in its place.
 * Every such action becomes a notice the user sees.
 */
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Notice } from '../../shared/domain/workspace';
import { backupFile, createBackup, listBackups } from './backups';
import { parseDocument, readDocument, type DocumentSpec, type ReadOutcome } from './json-document';
import { fileStamp, workspacePaths } from './workspace-paths';

export interface OpenedFile<T> {
  data: T | null;
  notices: Notice[];
}

/** Moves a bad file into recovered/ and returns where it went, relative to the workspace folder (notices never show absolute paths). */
export async function moveAside(dir: string, file: string, name: string, at: Date): Promise<string> {
  const { recoveredDir } = workspacePaths(dir);
  await mkdir(recoveredDir, { recursive: true });
  const target = join(recoveredDir, `${fileStamp(at)}-${name}`);
  await rename(file, target);
  return relative(dir, target).split(sep).join('/');
}

async function newestValidBackup<T>(dir: string, entry: string, spec: DocumentSpec<T>) {
  for (const backup of await listBackups(dir)) {
    const text = await readFile(backupFile(dir, backup.id, entry), 'utf8').catch(() => null);
    if (text === null) continue;
    const outcome = parseDocument(text, spec);
    if (outcome.status === 'ok') return { backup, data: outcome.data };
  }
  return null;
}

let noticeCounter = 0;
/** `subject` is the file it is about, relative to the workspace folder. */
export const makeNotice = (kind: Notice['kind'], message: string, at: Date, subject: string): Notice => ({
  id: `n${at.getTime().toString(36)}${(noticeCounter++).toString(36)}`,
  kind,
  message,
  at: at.toISOString(),
  subject,
  audience: subject.startsWith('attempts/') ? 'managers' : 'leaders',
  count: 1,
});

/**
 * Opens one file of the workspace. `entry` is its path relative to the workspace folder, which
 * is also where backups keep their copy.
 */
export async function openWorkspaceFile<T>(dir: string, entry: string, spec: DocumentSpec<T>, at: Date): Promise<OpenedFile<T> & { outcome: ReadOutcome<T>['status'] }> {
  const file = join(dir, entry);
  const outcome = await readDocument(file, spec);
  if (outcome.status === 'missing') return { data: null, notices: [], outcome: 'missing' };
  if (outcome.status === 'ok') {
    if (outcome.migratedFrom !== null) {
      const backup = await createBackup(dir, 'before-migration', at);
      return {
        data: outcome.data,
        notices: [makeNotice('migrated', `${spec.label} was upgraded from schema ${outcome.migratedFrom}; the old file is kept in backup ${backup.id}.`, at, entry)],
        outcome: 'ok',
      };
    }
    return { data: outcome.data, notices: [], outcome: 'ok' };
  }
  const movedTo = await moveAside(dir, file, entry.replace(/[\\/]/g, '_'), at);
  const restored = await newestValidBackup(dir, entry, spec);
  if (restored) {
    await mkdir(join(file, '..'), { recursive: true });
    await copyFile(backupFile(dir, restored.backup.id, entry), file);
    return {
      data: restored.data,
      notices: [
        makeNotice(
          'restored',
          `${outcome.problem} It was moved to ${movedTo} and the backup from ${restored.backup.createdAt} was restored. Changes made after that backup are not in it.`,
          at,
          entry,
        ),
      ],
      outcome: 'invalid',
    };
  }
  return {
    data: null,
    notices: [makeNotice('reset', `${outcome.problem} It was moved to ${movedTo}. No good backup was found, so this part starts empty.`, at, entry)],
    outcome: 'invalid',
  };
}
