/**
 * The file edge for playbook images: one file per image in the workspace's assets/ folder,
 * written to a temporary file and renamed over, so a crash never leaves half an image.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlaybookAsset } from '../../shared/domain/playbook';

export async function writeAssetFile(assetsDir: string, fileName: string, bytes: Uint8Array): Promise<void> {
  await mkdir(assetsDir, { recursive: true });
  const target = join(assetsDir, fileName);
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The image as a data URL, or null when its file is gone (the reader then shows "Missing image"). */
export async function readAssetDataUrl(assetsDir: string, asset: PlaybookAsset): Promise<string | null> {
  try {
    const bytes = await readFile(join(assetsDir, asset.fileName));
    return `data:${asset.mime};base64,${bytes.toString('base64')}`;
  } catch {
    return null;
  }
}
