/**
 * Publishing: the draft becomes version N+1, an immutable deep copy, and every active employee and
 * manager is asked to acknowledge it. Refuses a missing summary, a draft with nothing new, a due
 * date in the past and a chapter that points at a standard that does not exist.
 */
import type { PlaybookContent, PlaybookSection, PublishedVersion } from '../../shared/domain/playbook';
import { dayStringSchema } from '../../shared/domain/playbook';
import { PlaybookError } from './playbook-error';
import { findStandardRefs } from './standard-refs';

export interface PublishInput {
  summary: string;
  /** A calendar day ("2026-12-31") by which people should have acknowledged. */
  dueDate?: string;
  by: string;
  at: string;
}

export function latestPublished(section: PlaybookSection): PublishedVersion | undefined {
  let latest: PublishedVersion | undefined;
  for (const version of section.versions) if (!latest || version.number > latest.number) latest = version;
  return latest;
}

export function findVersion(section: PlaybookSection, number: number): PublishedVersion {
  const version = section.versions.find((v) => v.number === number);
  if (!version) throw new PlaybookError('version-not-found', `There is no published version ${number}.`);
  return version;
}

/** Same chapters and standards, compared by value (key order does not matter). */
export function sameContent(a: PlaybookContent, b: PlaybookContent): boolean {
  return canonicalJson({ chapters: a.chapters, standards: a.standards }) === canonicalJson({ chapters: b.chapters, standards: b.standards });
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

/** Chapter references to standards the content does not hold, as "chapter <id>:line" issues. */
export function unknownStandardReferences(content: PlaybookContent): { path: string; message: string }[] {
  const known = new Set(content.standards.map((s) => s.id));
  return content.chapters.flatMap((chapter) =>
    findStandardRefs(chapter.body)
      .filter((ref) => !known.has(ref.id))
      .map((ref) => ({
        path: `chapter ${chapter.id}:${ref.line}`,
        message: `"${chapter.title}" line ${ref.line} links to standard "${ref.id}", which does not exist. Create it or remove the link.`,
      })),
  );
}

export function publishDraft(section: PlaybookSection, input: PublishInput): PlaybookSection {
  const summary = input.summary.trim();
  if (!summary) throw new PlaybookError('empty-summary', 'Write a short summary of what changed before publishing.', [{ path: 'summary', message: 'Required.' }]);
  if (input.dueDate !== undefined) {
    if (!dayStringSchema.safeParse(input.dueDate).success)
      throw new PlaybookError('bad-due-date', `The due date "${input.dueDate}" is not a date like 2026-12-31.`, [{ path: 'dueDate', message: 'Use YYYY-MM-DD.' }]);
    if (input.dueDate < input.at.slice(0, 10))
      throw new PlaybookError('bad-due-date', `The due date ${input.dueDate} is already past. Choose today or a later day.`, [{ path: 'dueDate', message: 'In the past.' }]);
  }
  const latest = latestPublished(section);
  if (latest && sameContent(section.draft, latest))
    throw new PlaybookError('unchanged-draft', `The draft is the same as version ${latest.number}. Change something before publishing a new version.`);
  const unknown = unknownStandardReferences(section.draft);
  if (unknown.length > 0)
    throw new PlaybookError('unknown-standard-reference', `The draft links to ${unknown.length === 1 ? 'a standard that does' : 'standards that do'} not exist.`, unknown);

  const number = (latest?.number ?? 0) + 1;
  const version: PublishedVersion = {
    number,
    summary,
    publishedAt: input.at,
    publishedBy: input.by,
    chapters: structuredClone(section.draft.chapters),
    standards: structuredClone(section.draft.standards),
  };
  const request = input.dueDate === undefined ? { version: number, requestedAt: input.at } : { version: number, dueDate: input.dueDate, requestedAt: input.at };
  return { ...section, versions: [...section.versions, version], ackRequests: [...section.ackRequests, request] };
}
