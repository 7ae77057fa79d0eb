/**
 * Editing the draft's chapters: add, rename, change the body, reorder, delete. Pure: each returns a
 * new section. Chapter order is kept as 1..n in list order after every change.
 */
import type { Chapter, PlaybookDraft, PlaybookSection } from '../../shared/domain/playbook';
import { chapterSchema } from '../../shared/domain/playbook';
import { PlaybookError, type EditStamp } from './playbook-error';
import { uniqueSlug } from './slug';

export function sortedChapters(chapters: Chapter[]): Chapter[] {
  return [...chapters].sort((a, b) => a.order - b.order);
}

function withChapters(section: PlaybookSection, chapters: Chapter[], stamp: EditStamp): PlaybookSection {
  const draft: PlaybookDraft = {
    ...section.draft,
    chapters: chapters.map((chapter, index) => ({ ...chapter, order: index + 1 })),
    updatedAt: stamp.at,
    updatedBy: stamp.by,
  };
  return { ...section, draft };
}

function requireChapter(section: PlaybookSection, id: string): Chapter {
  const chapter = section.draft.chapters.find((c) => c.id === id);
  if (!chapter) throw new PlaybookError('chapter-not-found', `There is no chapter "${id}" in the draft. It may have been deleted; reload the playbook.`);
  return chapter;
}

function checkedTitle(title: string): string {
  const parsed = chapterSchema.shape.title.safeParse(title);
  if (!parsed.success) throw new PlaybookError('invalid-content', parsed.error.issues[0].message, [{ path: 'title', message: parsed.error.issues[0].message }]);
  return parsed.data;
}

/** Adds a chapter at the end (or at `index`); its id comes from the title and never changes. */
export function addChapter(
  section: PlaybookSection,
  input: { title: string; body?: string; index?: number },
  stamp: EditStamp,
): { section: PlaybookSection; chapter: Chapter } {
  const title = checkedTitle(input.title);
  const id = uniqueSlug(title, section.draft.chapters.map((c) => c.id), 'chapter');
  const chapters = sortedChapters(section.draft.chapters);
  const at = Math.max(0, Math.min(input.index ?? chapters.length, chapters.length));
  chapters.splice(at, 0, { id, title, order: 0, body: input.body ?? '' });
  const next = withChapters(section, chapters, stamp);
  return { section: next, chapter: requireChapter(next, id) };
}

export function renameChapter(section: PlaybookSection, id: string, title: string, stamp: EditStamp): PlaybookSection {
  requireChapter(section, id);
  const checked = checkedTitle(title);
  return withChapters(section, sortedChapters(section.draft.chapters).map((c) => (c.id === id ? { ...c, title: checked } : c)), stamp);
}

export function updateChapterBody(section: PlaybookSection, id: string, body: string, stamp: EditStamp): PlaybookSection {
  requireChapter(section, id);
  return withChapters(section, sortedChapters(section.draft.chapters).map((c) => (c.id === id ? { ...c, body } : c)), stamp);
}

/** Moves one chapter to a new position (0-based, clamped to the list). */
export function moveChapter(section: PlaybookSection, id: string, toIndex: number, stamp: EditStamp): PlaybookSection {
  const chapter = requireChapter(section, id);
  const rest = sortedChapters(section.draft.chapters).filter((c) => c.id !== id);
  rest.splice(Math.max(0, Math.min(toIndex, rest.length)), 0, chapter);
  return withChapters(section, rest, stamp);
}

/** Sets the whole order at once (drag and drop); the ids must be exactly the draft's chapters. */
export function reorderChapters(section: PlaybookSection, orderedIds: string[], stamp: EditStamp): PlaybookSection {
  const byId = new Map(section.draft.chapters.map((c) => [c.id, c]));
  const unique = new Set(orderedIds);
  if (unique.size !== orderedIds.length || unique.size !== byId.size || orderedIds.some((id) => !byId.has(id)))
    throw new PlaybookError('bad-order', 'The new chapter order must list every chapter exactly once. Reload the playbook and try again.');
  return withChapters(section, orderedIds.map((id) => byId.get(id) as Chapter), stamp);
}

export function deleteChapter(section: PlaybookSection, id: string, stamp: EditStamp): PlaybookSection {
  requireChapter(section, id);
  return withChapters(section, sortedChapters(section.draft.chapters).filter((c) => c.id !== id), stamp);
}
