import { describe, expect, it } from 'vitest';
import { addChapter, deleteChapter, moveChapter, renameChapter, reorderChapters, sortedChapters } from './draft-chapters';
import { createStandard, deleteStandard, findStandardReferences, updateStandard } from './draft-standards';
import { PlaybookError } from './playbook-error';
import { publishDraft } from './publish';
import { slugify } from './slug';
import { honestStandard, sampleSection, stamp } from './fixtures/sample-section';

const ids = (section: ReturnType<typeof sampleSection>) => sortedChapters(section.draft.chapters).map((c) => `${c.order}:${c.id}`);

describe('chapter operations', () => {
  it('adds a chapter with an id from its title, numbered after the others, and stamps the draft', () => {
    const { section, chapter } = addChapter(sampleSection(), { title: 'Après la vente & retours' }, stamp);
    expect(chapter.id).toBe('apres-la-vente-and-retours');
    expect(ids(section)).toEqual(['1:welcome', '2:honesty', '3:apres-la-vente-and-retours']);
    expect(section.draft.updatedAt).toBe(stamp.at);
  });

  it('gives a second chapter with the same title its own id, and a Thai-only title a fallback id', () => {
    const first = addChapter(sampleSection(), { title: 'Welcome' }, stamp);
    expect(first.chapter.id).toBe('welcome-2');
    expect(addChapter(sampleSection(), { title: 'บริการหลังการขาย' }, stamp).chapter.id).toBe('chapter');
  });

  it('renames without changing the id', () => {
    const section = renameChapter(sampleSection(), 'welcome', 'Hello and welcome', stamp);
    expect(section.draft.chapters.find((c) => c.id === 'welcome')?.title).toBe('Hello and welcome');
  });

  it('moves, reorders and deletes, keeping order 1..n', () => {
    let section = addChapter(sampleSection(), { title: 'Third' }, stamp).section;
    section = moveChapter(section, 'third', 0, stamp);
    expect(ids(section)).toEqual(['1:third', '2:welcome', '3:honesty']);
    section = reorderChapters(section, ['honesty', 'third', 'welcome'], stamp);
    expect(ids(section)).toEqual(['1:honesty', '2:third', '3:welcome']);
    section = deleteChapter(section, 'third', stamp);
    expect(ids(section)).toEqual(['1:honesty', '2:welcome']);
  });

  it('refuses an order that misses or repeats a chapter, and an unknown chapter', () => {
    expect(() => reorderChapters(sampleSection(), ['welcome'], stamp)).toThrow(/every chapter exactly once/);
    expect(() => reorderChapters(sampleSection(), ['welcome', 'welcome'], stamp)).toThrow(PlaybookError);
    expect(() => renameChapter(sampleSection(), 'nope', 'x', stamp)).toThrow(/no chapter "nope"/);
    expect(() => addChapter(sampleSection(), { title: '   ' }, stamp)).toThrow(/title/);
  });
});

describe('standard operations', () => {
  const input = { ...honestStandard, title: 'Human tone, not a script!' } as Record<string, unknown>;
  delete input.id;

  it('creates a standard with a slug id from its title', () => {
    const { standard } = createStandard(sampleSection(), input as never, stamp);
    expect(standard.id).toBe('human-tone-not-a-script');
    expect(slugify('  Ask for Feedback — after delivery ')).toBe('ask-for-feedback-after-delivery');
  });

  it('never reuses an id that a published version still holds', () => {
    let section = publishDraft(sampleSection(), { summary: 'v1', by: 'l', at: stamp.at });
    section = deleteStandard(
      { ...section, draft: { ...section.draft, chapters: section.draft.chapters.filter((c) => c.id !== 'honesty') } },
      'keep-feed-honest',
      stamp,
    );
    const { standard } = createStandard(section, { ...(input as object), title: 'Keep feed honest' } as never, stamp);
    expect(standard.id).toBe('keep-feed-honest-2');
  });

  it('keeps the id when the title changes, and validates the result', () => {
    const section = updateStandard(sampleSection(), 'keep-feed-honest', { title: 'Sold out means sold out' }, stamp);
    const updated = section.draft.standards.find((s) => s.id === 'keep-feed-honest');
    expect(updated?.title).toBe('Sold out means sold out');
    expect(updated?.statement).toBe(honestStandard.statement);
    expect(() => updateStandard(sampleSection(), 'keep-feed-honest', { statement: '' }, stamp)).toThrow(/statement/);
    expect(() => updateStandard(sampleSection(), 'keep-feed-honest', { channels: ['myspace' as never] }, stamp)).toThrow(PlaybookError);
  });

  it('refuses to delete a standard a chapter links to, and says where', () => {
    expect(findStandardReferences(sampleSection().draft, 'keep-feed-honest')).toEqual([{ chapterId: 'honesty', chapterTitle: 'Honesty', line: 1, column: 16 }]);
    try {
      deleteStandard(sampleSection(), 'keep-feed-honest', stamp);
      expect.unreachable();
    } catch (error) {
      expect((error as PlaybookError).reason).toBe('standard-in-use');
      expect((error as PlaybookError).message).toContain('"Honesty"');
      expect((error as PlaybookError).issues?.[0].path).toBe('chapter honesty:1');
    }
  });
});
