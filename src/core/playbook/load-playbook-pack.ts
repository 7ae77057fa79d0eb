/**
 * The file-reading edge of the folder format: loads content/playbook (or any playbook folder) from
 * disk for seeding a new workspace and for the CLI's `validate` command.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { playbookSectionSchema, type PlaybookDraft, type PlaybookSection } from '../../shared/domain/playbook';
import { PlaybookError, type EditStamp } from './playbook-error';
import type { FolderFile, FolderProblem } from './playbook-folder-format';
import { parsePlaybookFolder } from './parse-playbook-folder';

const READ_EXTENSIONS = /\.(md|ya?ml)$/i;

export async function readPlaybookFolder(dir: string): Promise<FolderFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && READ_EXTENSIONS.test(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.sort().map(async (path) => ({ path: relative(dir, path).split(sep).join('/'), text: await readFile(path, 'utf8') })));
}

/** Problems with file and line, for `cxdojo validate`; an unreadable folder is one problem. */
export async function validatePlaybookFolder(dir: string): Promise<FolderProblem[]> {
  let files: FolderFile[];
  try {
    files = await readPlaybookFolder(dir);
  } catch (error) {
    return [{ file: dir, message: `Cannot read the playbook folder: ${(error as Error).message}` }];
  }
  return parsePlaybookFolder(files).problems;
}

/** The draft a new workspace starts from; refuses a pack with any problem, listing them all. */
export async function loadPlaybookPack(dir: string, stamp: EditStamp): Promise<PlaybookDraft> {
  const { draft, problems } = parsePlaybookFolder(await readPlaybookFolder(dir), stamp);
  if (problems.length > 0) {
    throw new PlaybookError(
      'invalid-content',
      `The playbook pack in ${dir} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; run the validate command to see them.`,
      problems.map((p) => ({ path: `${p.file}${p.line ? `:${p.line}` : ''}`, message: p.field ? `${p.field}: ${p.message}` : p.message })),
    );
  }
  return draft;
}

/**
 * The playbook section of a new workspace: the pack's chapters and standards as the draft, nothing
 * published yet. A content folder without a playbook/ seeds an empty section.
 */
export async function seedPlaybookSection(contentDir: string, stamp: EditStamp): Promise<PlaybookSection> {
  const dir = join(contentDir, 'playbook');
  const exists = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!exists) return playbookSectionSchema.parse({});
  return playbookSectionSchema.parse({ draft: await loadPlaybookPack(dir, stamp) });
}
