/**
 * Images in a playbook folder: an export carries every image its Markdown shows as
 * `assets/<id>.<ext>`, and an import stores those images under the same ids, so a playbook moved to
 * another workspace shows its pictures. Each image is checked like an upload (type from its bytes,
 * no SVG, 5 MB); an image the text shows that is neither in the folder nor in the workspace is named.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FolderImageView, ImportFileProblem } from '../../shared/contract/playbook-ops';
import { MAX_IMAGE_BYTES } from '../../shared/contract/playbook-ops';
import type { PlaybookAsset } from '../../shared/domain/playbook';
import { AppError } from '../../shared/errors';
import { assetRefs, checkedImage, imageExtension } from './image-assets';
import type { FolderFile } from './playbook-folder-format';

export const ASSETS_FOLDER = 'assets';
/** `assets/<id>.<ext>` anywhere in the folder (a browser upload may put the folder's own name first). */
const IMAGE_PATH = /(?:^|\/)assets\/([A-Za-z0-9_-]{1,64})\.(?:png|jpe?g|gif|webp)$/i;

export interface CheckedFolderImage {
  path: string;
  asset: PlaybookAsset;
  bytes: Uint8Array;
}

/** The images the given Markdown files show, read from the workspace's assets folder (a file gone from disk is left out). */
export async function imagesForExport(files: FolderFile[], assets: PlaybookAsset[], assetsDir: string): Promise<FolderImageView[]> {
  const shown = new Set(files.flatMap((f) => assetRefs(f.text)));
  const images: FolderImageView[] = [];
  for (const asset of assets.filter((a) => shown.has(a.id))) {
    try {
      const bytes = await readFile(join(assetsDir, asset.fileName));
      images.push({ path: `${ASSETS_FOLDER}/${asset.fileName}`, dataBase64: bytes.toString('base64') });
    } catch {
      // The reader already shows "Missing image" for it; the export goes on without it.
    }
  }
  return images;
}

/** Checks every image of an imported folder: the valid ones, and a problem per file for the rest. */
export function checkFolderImages(images: FolderImageView[]): { valid: CheckedFolderImage[]; problems: ImportFileProblem[] } {
  const valid: CheckedFolderImage[] = [];
  const problems: ImportFileProblem[] = [];
  const seen = new Map<string, string>();
  for (const image of images) {
    const id = IMAGE_PATH.exec(image.path)?.[1];
    if (!id) {
      problems.push({ file: image.path, message: 'Images belong in the assets/ folder, named like the chapters show them (assets/<id>.png).' });
      continue;
    }
    const twin = seen.get(id);
    if (twin) {
      problems.push({ file: image.path, message: `${twin} has the same name (${id}): the chapters could not tell them apart. Keep one of them.` });
      continue;
    }
    seen.set(id, image.path);
    try {
      const { bytes, mime } = checkedImage(image.dataBase64, image.path, MAX_IMAGE_BYTES);
      valid.push({ path: image.path, asset: { id, fileName: `${id}.${imageExtension(mime)}`, mime }, bytes });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ file: image.path, message: error.message });
    }
  }
  return { valid, problems };
}

/** Warnings for images the Markdown shows that neither the folder nor the workspace has. */
export function missingImageWarnings(files: FolderFile[], available: Set<string>): string[] {
  return files.flatMap((f) =>
    assetRefs(f.text)
      .filter((id) => !available.has(id))
      .map((id) => `${f.path} shows an image (asset:${id}) that is neither in the folder's assets/ nor in this workspace: readers will see "Missing image".`),
  );
}
