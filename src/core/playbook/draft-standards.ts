/**
 * Editing the draft's service standards. The id is made from the title once, at creation, and is
 * never changed by an update; ids used by any published version are never reused for a new
 * standard, so history and scores keep pointing at the right record.
 */
import { z } from 'zod';
import type { PlaybookDraft, PlaybookSection, ServiceStandard } from '../../shared/domain/playbook';
import { serviceStandardSchema } from '../../shared/domain/playbook';
import { PlaybookError, type EditStamp } from './playbook-error';
import { uniqueSlug } from './slug';
import { findStandardRefs } from './standard-refs';

export const standardInputSchema = serviceStandardSchema.omit({ id: true });
export type StandardInput = z.input<typeof standardInputSchema>;
export const standardPatchSchema = standardInputSchema.partial();
export type StandardPatch = z.input<typeof standardPatchSchema>;

export interface StandardReference {
  chapterId: string;
  chapterTitle: string;
  line: number;
  column: number;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'standard', message: issue.message }));
  throw new PlaybookError('invalid-content', `The standard is not complete: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues);
}

function withStandards(section: PlaybookSection, standards: ServiceStandard[], stamp: EditStamp): PlaybookSection {
  const draft: PlaybookDraft = { ...section.draft, standards, updatedAt: stamp.at, updatedBy: stamp.by };
  return { ...section, draft };
}

/** Every standard id the draft or any published version has ever held. */
export function standardIdsInUse(section: PlaybookSection): Set<string> {
  const ids = new Set(section.draft.standards.map((s) => s.id));
  for (const version of section.versions) for (const s of version.standards) ids.add(s.id);
  return ids;
}

export function createStandard(section: PlaybookSection, input: StandardInput, stamp: EditStamp): { section: PlaybookSection; standard: ServiceStandard } {
  const fields = parseOrThrow(standardInputSchema, input);
  const standard: ServiceStandard = { id: uniqueSlug(fields.title, standardIdsInUse(section), 'standard'), ...fields };
  return { section: withStandards(section, [...section.draft.standards, standard], stamp), standard };
}

export function updateStandard(section: PlaybookSection, id: string, patch: StandardPatch, stamp: EditStamp): PlaybookSection {
  const current = section.draft.standards.find((s) => s.id === id);
  if (!current) throw new PlaybookError('standard-not-found', `There is no standard "${id}" in the draft.`);
  const { id: _ignored, ...fields } = { ...current, ...parseOrThrow(standardPatchSchema, patch) };
  const updated: ServiceStandard = { id, ...parseOrThrow(standardInputSchema, fields) };
  return withStandards(section, section.draft.standards.map((s) => (s.id === id ? updated : s)), stamp);
}

/** Where the draft's chapters link to this standard. */
export function findStandardReferences(draft: PlaybookDraft, id: string): StandardReference[] {
  return draft.chapters.flatMap((chapter) =>
    findStandardRefs(chapter.body)
      .filter((ref) => ref.id === id)
      .map((ref) => ({ chapterId: chapter.id, chapterTitle: chapter.title, line: ref.line, column: ref.column })),
  );
}

/** Refuses while a chapter still links to the standard, and says where. Scenario rubrics are checked by the caller. */
export function deleteStandard(section: PlaybookSection, id: string, stamp: EditStamp): PlaybookSection {
  if (!section.draft.standards.some((s) => s.id === id)) throw new PlaybookError('standard-not-found', `There is no standard "${id}" in the draft.`);
  const refs = findStandardReferences(section.draft, id);
  if (refs.length > 0) {
    const where = [...new Set(refs.map((r) => `"${r.chapterTitle}"`))].join(', ');
    throw new PlaybookError(
      'standard-in-use',
      `The standard "${id}" is still linked from ${where}. Remove those links first.`,
      refs.map((r) => ({ path: `chapter ${r.chapterId}:${r.line}`, message: `Links to [[standard:${id}]] at line ${r.line}.` })),
    );
  }
  return withStandards(section, section.draft.standards.filter((s) => s.id !== id), stamp);
}
