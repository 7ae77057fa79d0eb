/** Playbook folders in the browser: zip for download, and reading an uploaded folder or .zip into files and images. */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { FolderFileView, FolderImageView } from '../../../../shared/contract/playbook-ops';
import { MAX_IMAGE_BYTES } from '../../../../shared/contract/playbook-ops';
import { base64Of, bytesOfBase64 } from '../../components/base64';

const PLAYBOOK_FILE = /\.(md|ya?ml)$/i;
/** Images the chapters show, kept in the folder's assets/ (the host checks each one again). */
const IMAGE_FILE = /(?:^|\/)assets\/[^/]+\.(?:png|jpe?g|gif|webp)$/i;
const MAX_FILE_BYTES = 2_000_000;

export interface PlaybookFolder {
  files: FolderFileView[];
  images: FolderImageView[];
}

export function zipFolder({ files, images }: PlaybookFolder): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.path] = strToU8(f.text);
  for (const image of images) entries[image.path] = [bytesOfBase64(image.dataBase64), { level: 0 }]; // already compressed
  return zipSync(entries, { level: 6 });
}

function wanted(name: string, size: number): 'text' | 'image' | null {
  if (name.startsWith('__MACOSX/')) return null;
  if (PLAYBOOK_FILE.test(name)) return size <= MAX_FILE_BYTES ? 'text' : null;
  return IMAGE_FILE.test(name) && size <= MAX_IMAGE_BYTES ? 'image' : null;
}

/** The Markdown, YAML and image files of a .zip (other files and macOS metadata skipped). */
export async function folderFromZip(bytes: Uint8Array): Promise<PlaybookFolder> {
  const entries = unzipSync(bytes, { filter: (file) => wanted(file.name, file.originalSize) !== null });
  const folder: PlaybookFolder = { files: [], images: [] };
  for (const [path, data] of Object.entries(entries)) {
    if (PLAYBOOK_FILE.test(path)) folder.files.push({ path, text: strFromU8(data) });
    else folder.images.push({ path, dataBase64: await base64Of(new Blob([data]), path) });
  }
  return folder;
}

/** Files picked with a folder input (webkitdirectory) or several files, with their folder paths. */
export async function folderFromPicker(list: FileList): Promise<PlaybookFolder> {
  const picked = Array.from(list);
  const zip = picked.find((f) => /\.zip$/i.test(f.name));
  if (zip && picked.length === 1) return folderFromZip(new Uint8Array(await zip.arrayBuffer()));
  const folder: PlaybookFolder = { files: [], images: [] };
  for (const f of picked) {
    const path = f.webkitRelativePath || f.name;
    const kind = wanted(path, f.size);
    if (kind === 'text') folder.files.push({ path, text: await f.text() });
    else if (kind === 'image') folder.images.push({ path, dataBase64: await base64Of(f, path) });
  }
  return folder;
}
