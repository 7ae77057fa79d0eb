/** Playbook folders in the browser: zip for download, and reading an uploaded folder or .zip into files and images. */
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { FolderFileView, FolderImageView } from '../../../../shared/contract/playbook-ops';
import { MAX_IMAGE_BYTES, MAX_IMPORT_FILES } from '../../../../shared/contract/playbook-ops';
import { readZipEntries, sizeText, type UnpackedEntry } from '../../../../shared/zip/read-zip-entries';
import { zipDirectory } from '../../../../shared/zip/zip-directory';
import { ZipReadError } from '../../../../shared/zip/zip-read-error';
import { base64Of, bytesOfBase64 } from '../../components/base64';

const PLAYBOOK_FILE = /\.(md|ya?ml)$/i;
/** Images the chapters show, kept in the folder's assets/ (the host checks each one again). */
const IMAGE_FILE = /(?:^|\/)assets\/[^/]+\.(?:png|jpe?g|gif|webp)$/i;
const MAX_FILE_BYTES = 2_000_000;
/** What a playbook zip may unpack to in all: the folder then travels to the host as base64 JSON, under its 64 MB request limit. */
export const MAX_PLAYBOOK_ZIP_BYTES = 40 * 1024 * 1024;

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

function unpackPlaybookZip(bytes: Uint8Array): UnpackedEntry[] {
  try {
    const entries = zipDirectory(bytes, { keep: (e) => wanted(e.name, e.declaredSize) !== null, maxEntries: 2 * MAX_IMPORT_FILES });
    return readZipEntries(bytes, entries, { maxTotalBytes: MAX_PLAYBOOK_ZIP_BYTES });
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    const advice = error.problem === 'TOO_LARGE' ? `A playbook zip may hold ${sizeText(MAX_PLAYBOOK_ZIP_BYTES)} of files and images in all; make the images smaller or leave some out.` : 'Make the zip again.';
    throw new Error(`${error.message} ${advice}`);
  }
}

/** The Markdown, YAML and image files of a .zip (other files and macOS metadata skipped), unpacked within MAX_PLAYBOOK_ZIP_BYTES. */
export async function folderFromZip(bytes: Uint8Array): Promise<PlaybookFolder> {
  const folder: PlaybookFolder = { files: [], images: [] };
  for (const { name: path, bytes: data } of unpackPlaybookZip(bytes)) {
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
