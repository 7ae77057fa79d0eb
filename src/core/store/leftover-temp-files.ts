/**
 * Temp files are written beside their target and renamed over it; a crash or a full disk can
 * leave one behind, and until the next save of that file it takes space the disk is short of.
 * Opening a workspace removes them (nothing else can be writing: the folder's lock is held).
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders whose files are copies or evidence, never written through a temp file. */
const SKIP = new Set(['backups', 'recovered']);

const isTemp = (name: string) => name.endsWith('.tmp') && !name.startsWith('cxdojo.lock');

export async function removeLeftoverTempFiles(dir: string): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || !isTemp(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const top = path.slice(dir.length + 1).split(/[\\/]/)[0];
    if (SKIP.has(top)) continue;
    await rm(path, { force: true }).then(() => removed.push(path), () => undefined);
  }
  return removed;
}
