/**
 * The playbook as a folder of files, the format of content/playbook/ (see its README.md):
 *   playbook.yaml            format marker, the order of standards, who last changed it
 *   chapters/NN-<id>.md      front-matter {id, title, order}, body = the chapter's Markdown
 *   standards/<id>.md        front-matter = the standard's fields, body = why it matters
 * Names and layout shared by the parser and the serializer.
 */
export const PLAYBOOK_FORMAT = 'cxdojo-playbook/1';
export const INDEX_FILE = 'playbook.yaml';
export const CHAPTERS_DIR = 'chapters';
export const STANDARDS_DIR = 'standards';
/** Files a folder may hold that are not part of the playbook itself. */
export const IGNORED_FILES = new Set(['README.md', 'readme.md']);

export interface FolderFile {
  /** Path relative to the playbook folder, "/" separated; a single leading folder is tolerated. */
  path: string;
  text: string;
}

export interface FolderProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function chapterFileName(order: number, id: string): string {
  return `${CHAPTERS_DIR}/${String(order).padStart(2, '0')}-${id}.md`;
}

export function standardFileName(id: string): string {
  return `${STANDARDS_DIR}/${id}.md`;
}
