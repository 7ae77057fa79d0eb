import { describe, expect, it } from 'vitest';
import { diffVersions, type DiffPart } from './diff-versions';
import { addChapter, moveChapter, updateChapterBody } from './draft-chapters';
import { updateStandard } from './draft-standards';
import { sampleSection, stamp } from './fixtures/sample-section';

const text = (parts: DiffPart[], kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).map((p) => p.value).join('');

describe('diffVersions', () => {
  it('reports nothing changed for the same content', () => {
    const s = sampleSection();
    const diff = diffVersions(s.draft, s.draft);
    expect(diff.chapters.every((c) => c.status === 'unchanged' && c.fields.length === 0)).toBe(true);
    expect(diff.standards.every((c) => c.status === 'unchanged')).toBe(true);
  });

  it('shows added, removed and changed chapter lines, with positions and removed chapters in place', () => {
    const before = sampleSection();
    let after = updateChapterBody(before, 'welcome', '# Welcome\n\nWe answer fast and kindly.\n\n[[standard:first-reply-on-time]]\n', stamp);
    after = addChapter(after, { title: 'After the sale', body: 'Say thanks.' }, stamp).section;
    after = moveChapter(after, 'after-the-sale', 0, stamp);
    const diff = diffVersions(before.draft, after.draft);
    const welcome = diff.chapters.find((c) => c.id === 'welcome');
    expect(welcome?.status).toBe('changed');
    const body = welcome?.fields.find((f) => f.field === 'body');
    expect(body?.granularity).toBe('line');
    expect(text(body?.parts ?? [], 'removed')).toBe('We answer fast.\n');
    expect(text(body?.parts ?? [], 'added')).toBe('We answer fast and kindly.\n');
    expect(welcome?.fields.find((f) => f.field === 'position')).toBeDefined();
    const added = diff.chapters.find((c) => c.id === 'after-the-sale');
    expect(added?.status).toBe('added');
    expect(text(added?.fields.find((f) => f.field === 'body')?.parts ?? [], 'added')).toBe('Say thanks.');
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
    expect(text(title?.parts ?? [], 'added').trim()).toBe('whole');
    expect(text(honest?.fields.find((f) => f.field === 'lookFors')?.parts ?? [], 'added')).toBe('Updates the catalogue\n');
    expect(honest?.fields.map((f) => f.field)).toEqual(['title', 'lookFors']);
  });
});
