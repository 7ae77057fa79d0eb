/**
 * Reads a playbook folder's files (already loaded: the CLI, the Electron host and a browser upload
 * all pass contents) into a draft. Every problem names the file, and the line and field where it
 * can; files with problems are left out of the draft, so a caller can refuse the import or, after
 * the leader confirms, take the valid part.
 */
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import type { Chapter, PlaybookDraft, ServiceStandard } from '../../shared/domain/playbook';
import { chapterSchema, serviceStandardSchema } from '../../shared/domain/playbook';
import { splitFrontMatter, type FrontMatterFile } from './front-matter';
import { CHAPTERS_DIR, IGNORED_FILES, INDEX_FILE, PLAYBOOK_FORMAT, STANDARDS_DIR, type FolderFile, type FolderProblem } from './playbook-folder-format';
import type { EditStamp } from './playbook-error';
import { findStandardRefs } from './standard-refs';
import { yamlDetail } from '../content/problem-text';

const indexSchema = z.object({
  format: z.literal(PLAYBOOK_FORMAT, { message: `Set "format: ${PLAYBOOK_FORMAT}".` }),
  standards: z.array(z.string()).default([]),
  updatedAt: z.string().min(10).optional(),
  updatedBy: z.string().min(1).optional(),
});

const chapterFrontSchema = chapterSchema.omit({ body: true }).strict();
const standardFrontSchema = serviceStandardSchema.omit({ whyItMatters: true }).strict();

export interface ParsedPlaybookFolder {
  draft: PlaybookDraft;
  problems: FolderProblem[];
}

/** Backslashes to slashes, no "./", and a shared leading folder (a browser folder upload) removed. */
function normalizePaths(files: FolderFile[]): FolderFile[] {
  const cleaned = files.map((f) => ({ ...f, path: f.path.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '') }));
  const firsts = new Set(cleaned.map((f) => (f.path.includes('/') ? f.path.split('/')[0] : '')));
  const [only] = [...firsts];
  if (firsts.size === 1 && only && only !== CHAPTERS_DIR && only !== STANDARDS_DIR) return normalizePaths(cleaned.map((f) => ({ ...f, path: f.path.slice(only.length + 1) })));
  return cleaned;
}

function schemaProblems(file: string, fm: FrontMatterFile, error: z.ZodError): FolderProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = [...path, ...keys.slice(0, 1)].join('.') || undefined;
    const message = issue.code === 'unrecognized_keys' ? `Unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: check the spelling or remove it.` : issue.message;
    const line = fm.lineOf(keys.length ? [...path, keys[0]] : path);
    return { file, ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }), message: field && issue.code !== 'unrecognized_keys' ? `${field}: ${message}` : message };
  });
}

function readFrontMatter(file: FolderFile, problems: FolderProblem[]): FrontMatterFile | null {
  const fm = splitFrontMatter(file.text);
  if (fm.errors.length > 0) {
    problems.push(...fm.errors.map((e) => ({ file: file.path, ...(e.line === undefined ? {} : { line: e.line }), message: e.message })));
    return null;
  }
  if (!fm.data || typeof fm.data !== 'object' || Array.isArray(fm.data)) {
    problems.push({ file: file.path, line: 2, message: 'The front-matter must be a set of "field: value" lines.' });
    return null;
  }
  return fm;
}

function parseChapter(file: FolderFile, problems: FolderProblem[]): { chapter: Chapter; fm: FrontMatterFile } | null {
  const fm = readFrontMatter(file, problems);
  if (!fm) return null;
  const parsed = chapterFrontSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(file.path, fm, parsed.error));
    return null;
  }
  return { chapter: { ...parsed.data, body: fm.body }, fm };
}

function parseStandard(file: FolderFile, problems: FolderProblem[]): ServiceStandard | null {
  const fm = readFrontMatter(file, problems);
  if (!fm) return null;
  const parsed = standardFrontSchema.safeParse(fm.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(file.path, fm, parsed.error));
    return null;
  }
  const expected = file.path.slice(STANDARDS_DIR.length + 1, -'.md'.length);
  if (parsed.data.id !== expected) {
    problems.push({ file: file.path, line: fm.lineOf(['id']), field: 'id', message: `The id "${parsed.data.id}" does not match the file name: name the file ${STANDARDS_DIR}/${parsed.data.id}.md or change the id.` });
    return null;
  }
  return { ...parsed.data, whyItMatters: fm.body };
}

function parseIndex(file: FolderFile | undefined, problems: FolderProblem[]): z.infer<typeof indexSchema> | null {
  if (!file) {
    problems.push({ file: INDEX_FILE, message: `${INDEX_FILE} is missing: add it with "format: ${PLAYBOOK_FORMAT}" and the list of standards in order.` });
    return null;
  }
  let raw: unknown;
  try {
    raw = parseYaml(file.text.replace(/\r\n?/g, '\n'));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    problems.push({ file: file.path, ...(line ? { line } : {}), message: `Not valid YAML: ${yamlDetail(error as Error)}` });
    return null;
  }
  const parsed = indexSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => ({ file: file.path, field: i.path.join('.') || undefined, message: i.message })));
    return null;
  }
  return parsed.data;
}

export function parsePlaybookFolder(files: FolderFile[], fallbackStamp: EditStamp = { at: new Date(0).toISOString(), by: 'import' }): ParsedPlaybookFolder {
  const problems: FolderProblem[] = [];
  const normalized = normalizePaths(files);
  const index = parseIndex(normalized.find((f) => f.path === INDEX_FILE), problems);

  const chapters: { chapter: Chapter; fm: FrontMatterFile; file: string }[] = [];
  const standards: ServiceStandard[] = [];
  for (const file of [...normalized].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (file.path === INDEX_FILE || IGNORED_FILES.has(file.path) || !file.path.endsWith('.md')) continue;
    if (new RegExp(`^${CHAPTERS_DIR}/[^/]+\\.md$`).test(file.path)) {
      const parsed = parseChapter(file, problems);
      if (!parsed) continue;
      const clash = chapters.find((c) => c.chapter.id === parsed.chapter.id || c.chapter.order === parsed.chapter.order);
      if (clash) problems.push({ file: file.path, field: clash.chapter.id === parsed.chapter.id ? 'id' : 'order', line: parsed.fm.lineOf([clash.chapter.id === parsed.chapter.id ? 'id' : 'order']), message: `Same ${clash.chapter.id === parsed.chapter.id ? `id "${parsed.chapter.id}"` : `order ${parsed.chapter.order}`} as ${clash.file}: give each chapter its own.` });
      else chapters.push({ ...parsed, file: file.path });
    } else if (new RegExp(`^${STANDARDS_DIR}/[^/]+\\.md$`).test(file.path)) {
      const standard = parseStandard(file, problems);
      if (standard) standards.push(standard);
    } else {
      problems.push({ file: file.path, message: `Not part of the playbook format: chapters go in ${CHAPTERS_DIR}/, standards in ${STANDARDS_DIR}/.` });
    }
  }

  const known = new Set(standards.map((s) => s.id));
  const listed = index?.standards ?? [];
  for (const id of listed) if (!known.has(id)) problems.push({ file: INDEX_FILE, field: 'standards', message: `Lists standard "${id}", but ${STANDARDS_DIR}/${id}.md is missing or has problems.` });
  const position = (id: string) => (listed.includes(id) ? listed.indexOf(id) : listed.length);
  standards.sort((a, b) => position(a.id) - position(b.id));

  for (const { chapter, fm, file } of chapters) {
    for (const ref of findStandardRefs(chapter.body)) {
      if (!known.has(ref.id)) problems.push({ file, line: fm.bodyLine + ref.line - 1, message: `Links to standard "${ref.id}", which is not in ${STANDARDS_DIR}/. Add ${STANDARDS_DIR}/${ref.id}.md or fix the link.` });
    }
  }

  const draft: PlaybookDraft = {
    chapters: chapters.map((c) => c.chapter).sort((a, b) => a.order - b.order),
    standards,
    updatedAt: index?.updatedAt ?? fallbackStamp.at,
    updatedBy: index?.updatedBy ?? fallbackStamp.by,
  };
  return { draft, problems };
}
