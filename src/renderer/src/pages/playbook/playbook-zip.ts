/** Playbook folders in the browser: zip for download, and reading an uploaded folder or .zip into files. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { FolderFileView } from '../../../../shared/contract/playbook-ops';

const PLAYBOOK_FILE = /\.(md|ya?ml)$/i;
const MAX_FILE_BYTES = 2_000_000;

export function zipFiles(files: FolderFileView[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 6 });
}

/** The Markdown and YAML files of a .zip (other files and macOS metadata skipped). */
export function filesFromZip(bytes: Uint8Array): FolderFileView[] {
  const entries = unzipSync(bytes, { filter: (file) => PLAYBOOK_FILE.test(file.name) && !file.name.startsWith('__MACOSX/') && file.originalSize <= MAX_FILE_BYTES });
  return Object.entries(entries).map(([path, data]) => ({ path, text: strFromU8(data) }));
}

/** Files picked with a folder input (webkitdirectory) or several files, with their folder paths. */
export async function filesFromPicker(list: FileList): Promise<FolderFileView[]> {
  const files = Array.from(list);
  const zip = files.find((f) => /\.zip$/i.test(f.name));
  if (zip && files.length === 1) return filesFromZip(new Uint8Array(await zip.arrayBuffer()));
  return Promise.all(
    files
      .filter((f) => PLAYBOOK_FILE.test(f.name) && f.size <= MAX_FILE_BYTES)
      .map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })),
  );
}
