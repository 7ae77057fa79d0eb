/**
 * What changed between two versions (or a version and the draft), per chapter and per standard.
 * Chapter bodies and other long texts are compared by paragraph (paragraph-diff.ts), short fields
 * by word, lists item by item.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DiffPart, FieldDiff, ParagraphDiff } from '../../shared/contract/playbook-ops';
import type { Chapter, PlaybookContent, ServiceStandard } from '../../shared/domain/playbook';
import { sortedChapters } from './draft-chapters';
import { diffParagraphs, splitParagraphs } from './paragraph-diff';

export type { DiffPart, FieldDiff, ParagraphDiff };
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ChapterDiff {
  id: string;
  /** The newer title (the older one when the chapter was removed). */
  title: string;
  status: ChangeStatus;
  /** Title, body and position changes; empty when unchanged. */
  fields: FieldDiff[];
}

export interface StandardDiff {
  id: string;
  title: string;
  status: ChangeStatus;
  fields: FieldDiff[];
}

export interface PlaybookDiff {
  chapters: ChapterDiff[];
  standards: StandardDiff[];
}

function toParts(changes: { value: string; added: boolean; removed: boolean }[]): DiffPart[] {
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', value: c.value }));
}

function fieldDiff(field: string, before: string, after: string): FieldDiff | null {
  if (before === after) return null;
  return { field, granularity: 'word', parts: toParts(diffWordsWithSpace(before, after)) };
}

function longTextDiff(field: string, before: string, after: string): FieldDiff | null {
  const paragraphs = diffParagraphs(before, after);
  return paragraphs && { field, granularity: 'paragraph', paragraphs };
}

/** List fields (look-fors, don'ts, examples) compare item by item, one item per line. */
function listDiff(field: string, before: string[], after: string[]): FieldDiff | null {
  if (before.length === after.length && before.every((item, i) => item === after[i])) return null;
  const parts = diffArrays(before, after).flatMap((change) =>
    change.value.map((item): DiffPart => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', value: `${item}\n` })),
  );
  return { field, granularity: 'line', parts };
}

function present(fields: (FieldDiff | null)[]): FieldDiff[] {
  return fields.filter((f): f is FieldDiff => f !== null);
}

function wholeTitle(kind: 'added' | 'removed', title: string): FieldDiff {
  return { field: 'title', granularity: 'word', parts: title ? [{ kind, value: title }] : [] };
}

function wholeBody(kind: 'added' | 'removed', body: string): FieldDiff {
  return { field: 'body', granularity: 'paragraph', paragraphs: splitParagraphs(body).map((text) => ({ kind, text })) };
}

function chapterDiff(before: Chapter | undefined, after: Chapter | undefined, beforeIndex: number, afterIndex: number): ChapterDiff {
  if (!before && after) return { id: after.id, title: after.title, status: 'added', fields: [wholeTitle('added', after.title), wholeBody('added', after.body)] };
  if (before && !after) return { id: before.id, title: before.title, status: 'removed', fields: [wholeTitle('removed', before.title), wholeBody('removed', before.body)] };
  const a = before as Chapter;
  const b = after as Chapter;
  const fields = present([
    fieldDiff('title', a.title, b.title),
    longTextDiff('body', a.body, b.body),
    beforeIndex === afterIndex ? null : fieldDiff('position', String(beforeIndex + 1), String(afterIndex + 1)),
  ]);
  return { id: b.id, title: b.title, status: fields.length ? 'changed' : 'unchanged', fields };
}

function standardText(s: ServiceStandard): Record<'title' | 'statement' | 'whyItMatters' | 'channels' | 'target', string> {
  return {
    title: s.title,
    statement: s.statement,
    whyItMatters: s.whyItMatters,
    channels: s.channels.join(', '),
    target: s.target ? `${s.target.text} (${s.target.kind}: ${s.target.value} ${s.target.unit})` : '',
  };
}

function standardFields(a: ServiceStandard, b: ServiceStandard): FieldDiff[] {
  const ta = standardText(a);
  const tb = standardText(b);
  return present([
    fieldDiff('title', ta.title, tb.title),
    fieldDiff('statement', ta.statement, tb.statement),
    longTextDiff('whyItMatters', ta.whyItMatters, tb.whyItMatters),
    listDiff('lookFors', a.lookFors, b.lookFors),
    listDiff('donts', a.donts, b.donts),
    listDiff('examples.good', a.examples.good, b.examples.good),
    listDiff('examples.poor', a.examples.poor, b.examples.poor),
    fieldDiff('channels', ta.channels, tb.channels),
    fieldDiff('target', ta.target, tb.target),
  ]);
}

const EMPTY_STANDARD: Omit<ServiceStandard, 'id' | 'title'> = {
  statement: '',
  whyItMatters: '',
  lookFors: [],
  donts: [],
  examples: { good: [], poor: [] },
  channels: [],
};

function standardDiff(before: ServiceStandard | undefined, after: ServiceStandard | undefined): StandardDiff {
  if (!before && after) return { id: after.id, title: after.title, status: 'added', fields: standardFields({ ...EMPTY_STANDARD, id: after.id, title: '' }, after) };
  if (before && !after) return { id: before.id, title: before.title, status: 'removed', fields: standardFields(before, { ...EMPTY_STANDARD, id: before.id, title: '' }) };
  const fields = standardFields(before as ServiceStandard, after as ServiceStandard);
  return { id: (after as ServiceStandard).id, title: (after as ServiceStandard).title, status: fields.length ? 'changed' : 'unchanged', fields };
}

/** Items in `after` order, with removed ones placed where they used to be. */
function mergedIds(before: { id: string }[], after: { id: string }[]): string[] {
  return diffArrays(before.map((x) => x.id), after.map((x) => x.id)).flatMap((change) => change.value);
}

export function diffVersions(older: PlaybookContent, newer: PlaybookContent): PlaybookDiff {
  const chaptersA = sortedChapters(older.chapters);
  const chaptersB = sortedChapters(newer.chapters);
  const chapters = [...new Set(mergedIds(chaptersA, chaptersB))].map((id) => {
    const ia = chaptersA.findIndex((c) => c.id === id);
    const ib = chaptersB.findIndex((c) => c.id === id);
    return chapterDiff(chaptersA[ia], chaptersB[ib], ia, ib);
  });
  const standards = [...new Set(mergedIds(older.standards, newer.standards))].map((id) =>
    standardDiff(older.standards.find((s) => s.id === id), newer.standards.find((s) => s.id === id)),
  );
  return { chapters, standards };
}
