import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffPart, type FieldDiff, type ParagraphDiff } from './diff-versions';
import { addChapter, moveChapter, updateChapterBody } from './draft-chapters';
import { updateStandard } from './draft-standards';
import { sampleSection, stamp } from './fixtures/sample-section';

const text = (parts: DiffPart[], kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).map((p) => p.value).join('');
const partsOf = (field: FieldDiff | undefined): DiffPart[] => (field && field.granularity !== 'paragraph' ? field.parts : []);
const paragraphsOf = (field: FieldDiff | undefined): ParagraphDiff[] => (field?.granularity === 'paragraph' ? field.paragraphs : []);

describe('diffVersions', () => {
  it('reports nothing changed for the same content', () => {
    const s = sampleSection();
    const diff = diffVersions(s.draft, s.draft);
    expect(diff.chapters.every((c) => c.status === 'unchanged' && c.fields.length === 0)).toBe(true);
    expect(diff.standards.every((c) => c.status === 'unchanged')).toBe(true);
  });

  it('shows added, removed and changed chapter paragraphs, with positions and removed chapters in place', () => {
    const before = sampleSection();
    let after = updateChapterBody(before, 'welcome', '# Welcome\n\nWe answer fast and kindly.\n\n[[standard:first-reply-on-time]]\n', stamp);
    after = addChapter(after, { title: 'After the sale', body: 'Say thanks.' }, stamp).section;
    after = moveChapter(after, 'after-the-sale', 0, stamp);
    const diff = diffVersions(before.draft, after.draft);
    const welcome = diff.chapters.find((c) => c.id === 'welcome');
    expect(welcome?.status).toBe('changed');
    const body = welcome?.fields.find((f) => f.field === 'body');
    expect(paragraphsOf(body)).toEqual([
      { kind: 'same', text: '# Welcome' },
      { kind: 'changed', parts: [{ kind: 'same', value: 'We answer fast' }, { kind: 'added', value: ' and kindly' }, { kind: 'same', value: '.' }] },
      { kind: 'same', text: '[[standard:first-reply-on-time]]' },
    ]);
    expect(welcome?.fields.find((f) => f.field === 'position')).toBeDefined();
    const added = diff.chapters.find((c) => c.id === 'after-the-sale');
    expect(added?.status).toBe('added');
    expect(paragraphsOf(added?.fields.find((f) => f.field === 'body'))).toEqual([{ kind: 'added', text: 'Say thanks.' }]);
    const removedDiff = diffVersions(after.draft, before.draft).chapters.find((c) => c.id === 'after-the-sale');
    expect(removedDiff?.status).toBe('removed');
  });

  it('diffs standard fields by word and list items by line', () => {
    const before = sampleSection();
    const after = updateStandard(before, 'keep-feed-honest', { title: 'Keep the whole feed honest', lookFors: ['Marks sold-out posts', 'Updates the catalogue'] }, stamp);
    const honest = diffVersions(before.draft, after.draft).standards.find((s) => s.id === 'keep-feed-honest');
    expect(honest?.status).toBe('changed');
    expect(honest?.title).toBe('Keep the whole feed honest');
    const title = honest?.fields.find((f) => f.field === 'title');
    expect(title?.granularity).toBe('word');
    expect(text(partsOf(title), 'added').trim()).toBe('whole');
    expect(text(partsOf(honest?.fields.find((f) => f.field === 'lookFors')), 'added')).toBe('Updates the catalogue\n');
    expect(honest?.fields.map((f) => f.field)).toEqual(['title', 'lookFors']);
  });

  it('keeps a last line that lost or gained its final newline unchanged when a paragraph is added after it', () => {
    const before = updateChapterBody(sampleSection(), 'honesty', 'Sold out means sold out.\n\nMark it within the hour.', stamp);
    const after = updateChapterBody(before, 'honesty', 'Sold out means sold out.\n\nMark it within the hour.\n\nThen tell the waiting list.\n', stamp);
    const body = diffVersions(before.draft, after.draft).chapters.find((c) => c.id === 'honesty')?.fields.find((f) => f.field === 'body');
    expect(paragraphsOf(body)).toEqual([
      { kind: 'same', text: 'Sold out means sold out.' },
      { kind: 'same', text: 'Mark it within the hour.' },
      { kind: 'added', text: 'Then tell the waiting list.' },
    ]);
  });

  it('reports a chapter whose only differences are line endings and trailing spaces as unchanged', () => {
    const before = updateChapterBody(sampleSection(), 'honesty', 'Sold out means sold out.\n\nMark it within the hour.\n', stamp);
    const after = updateChapterBody(before, 'honesty', 'Sold out means sold out.  \r\n\r\nMark it within the hour.', stamp);
    const honesty = diffVersions(before.draft, after.draft).chapters.find((c) => c.id === 'honesty');
    expect(honesty).toMatchObject({ status: 'unchanged', fields: [] });
  });
});
