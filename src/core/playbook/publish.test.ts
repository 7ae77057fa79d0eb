import { describe, expect, it } from 'vitest';
import { playbookSectionSchema } from '../../shared/domain/playbook';
import { updateChapterBody } from './draft-chapters';
import { PlaybookError } from './playbook-error';
import { latestPublished, publishDraft } from './publish';
import { sampleSection, stamp } from './fixtures/sample-section';

const publish = { summary: 'First version', by: 'leader-1', at: '2026-11-03T08:00:00.000Z' };

function reasonOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlaybookError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('publishDraft', () => {
  it('numbers versions 1, 2, 3 and records who published and why', () => {
    let section = publishDraft(sampleSection(), publish);
    section = updateChapterBody(section, 'welcome', 'Changed.', stamp);
    section = publishDraft(section, { ...publish, summary: 'Second' });
    section = updateChapterBody(section, 'welcome', 'Changed again.', stamp);
    section = publishDraft(section, { ...publish, summary: '  Third  ' });
    expect(section.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(latestPublished(section)?.summary).toBe('Third');
    expect(latestPublished(section)?.chapters.find((c) => c.id === 'welcome')?.body).toBe('Changed again.');
  });

  it('snapshots a deep copy, so later draft edits never change a published version', () => {
    const section = publishDraft(sampleSection(), publish);
    section.draft.standards[0].lookFors.push('mutated after publishing');
    section.draft.chapters[0].body = 'mutated';
    expect(section.versions[0].standards[0].lookFors).toEqual(['Replies within 5 minutes', 'Answers the question']);
    expect(section.versions[0].chapters[0].body).toContain('We answer fast.');
  });

  it('asks for acknowledgement of the new version with the due date', () => {
    const section = publishDraft(sampleSection(), { ...publish, dueDate: '2026-11-10' });
    expect(section.ackRequests).toEqual([{ version: 1, dueDate: '2026-11-10', requestedAt: publish.at }]);
  });

  it('refuses an empty summary', () => {
    expect(reasonOf(() => publishDraft(sampleSection(), { ...publish, summary: '   ' }))).toBe('empty-summary');
  });

  it('refuses a draft identical to the latest version, even with keys in another order', () => {
    const section = publishDraft(sampleSection(), publish);
    const reordered = { ...section, draft: { ...section.draft, standards: section.draft.standards.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s) } };
    expect(reasonOf(() => publishDraft(reordered, { ...publish, summary: 'again' }))).toBe('unchanged-draft');
  });

  it('refuses a due date in the past or in the wrong format', () => {
    expect(reasonOf(() => publishDraft(sampleSection(), { ...publish, dueDate: '2026-11-02' }))).toBe('bad-due-date');
    expect(reasonOf(() => publishDraft(sampleSection(), { ...publish, dueDate: '10/11/2026' }))).toBe('bad-due-date');
  });

  it('refuses a draft that links to a standard that does not exist, naming the chapter and line', () => {
    const section = updateChapterBody(sampleSection(), 'honesty', 'Line one\n\n[[standard:ghost]]', stamp);
    try {
      publishDraft(section, publish);
      expect.unreachable();
    } catch (error) {
      expect((error as PlaybookError).reason).toBe('unknown-standard-reference');
      expect((error as PlaybookError).issues).toEqual([{ path: 'chapter honesty:3', message: expect.stringContaining('"ghost"') }]);
    }
  });
});

describe('playbookSectionSchema', () => {
  it('fills an absent section with an empty draft and no versions', () => {
    const section = playbookSectionSchema.parse({});
    expect(section.draft.chapters).toEqual([]);
    expect(section.versions).toEqual([]);
    expect(section.acknowledgements).toEqual([]);
    expect(section.ackRequests).toEqual([]);
  });
});
