import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaybookDraft } from '../../shared/domain/playbook';
import { playbookDraftSchema } from '../../shared/domain/playbook';
import { loadPlaybookPack, readPlaybookFolder, seedPlaybookSection, validatePlaybookFolder } from './load-playbook-pack';
import { parsePlaybookFolder } from './parse-playbook-folder';
import { publishDraft } from './publish';
import { serializePlaybook } from './serialize-playbook';
import { sampleSection, replyStandard } from './fixtures/sample-section';

const STARTER_IDS = [
  'answer-fully-first-time', 'keep-feed-honest', 'details-easy-to-find', 'first-reply-on-time', 'own-the-delivery', 'apologise-own-fix',
  'tailor-to-journey', 'human-tone', 'clear-returns-refunds', 'ask-for-feedback', 'public-reply-private-details', 'protect-customer-privacy',
];
const starterDir = join(import.meta.dirname, '../../../content/playbook');

const tricky: PlaybookDraft = {
  updatedAt: '2026-11-23T10:00:00.000Z',
  updatedBy: 'leader-ü',
  chapters: [
    {
      id: 'tricky',
      title: 'yes',
      order: 1,
      body: '\n\n---\nid: fake\n---\n\n# Ünïcödé 🧕🏽 ขอบคุณค่ะ مرحبا\n\n```yaml\n---\nkey: value\n```\n\n| a | b |\n|---|---|\n| `|` | <b>x</b> |\n\nTrailing spaces  \nzero\u200Bwidth\n\n',
    },
    { id: 'second', title: 'key: value # not a comment', order: 2, body: '' },
    { id: 'third', title: "'quoted' \"double\" - dash", order: 7, body: '- [ ] task\n\n[[standard:first-reply-on-time]]' },
  ],
  standards: [
    { ...replyStandard, title: '123', statement: 'null', whyItMatters: '---\n\n> quote\n' },
    { ...replyStandard, id: 'plain', title: 'Plain: with colon', target: undefined, whyItMatters: '', lookFors: ['- starts with dash', '#hash', '@at', '*star*'] },
  ],
};
delete tricky.standards[1].target;

describe('playbook folder round trip', () => {
  it('exports then imports a draft with tricky Markdown and Unicode without losing anything', () => {
    const { draft, problems } = parsePlaybookFolder(serializePlaybook(tricky));
    expect(problems).toEqual([]);
    expect(draft).toEqual(tricky);
  });

  it('exports a published version and imports its chapters and standards', () => {
    const section = publishDraft(sampleSection(), { summary: 'v1', by: 'lea', at: '2026-11-03T08:00:00.000Z' });
    const files = serializePlaybook(section.versions[0]);
    expect(files.map((f) => f.path)).toEqual(['playbook.yaml', 'chapters/01-welcome.md', 'chapters/02-honesty.md', 'standards/first-reply-on-time.md', 'standards/keep-feed-honest.md']);
    const { draft, problems } = parsePlaybookFolder(files);
    expect(problems).toEqual([]);
    expect({ chapters: draft.chapters, standards: draft.standards }).toEqual({ chapters: section.versions[0].chapters, standards: section.versions[0].standards });
    expect(draft.updatedBy).toBe('lea');
  });

  it('round-trips any chapter text and title (property test)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replace(/\r/g, ''));
    const title = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ').trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(title, text, text, (chapterTitle, body, why) => {
        const draft = playbookDraftSchema.parse({
          updatedAt: '2026-11-23T10:00:00.000Z',
          updatedBy: 'x',
          chapters: [{ id: 'c', title: chapterTitle, order: 1, body }],
          standards: [{ ...replyStandard, title: chapterTitle, whyItMatters: why }],
        });
        const result = parsePlaybookFolder(serializePlaybook(draft));
        expect(result.problems).toEqual([]);
        expect(result.draft).toEqual(draft);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts Windows line endings, a BOM and a leading folder name from a browser upload', () => {
    const files = serializePlaybook(tricky).map((f) => ({ path: `my-playbook\\${f.path.replace('/', '\\')}`, text: `\uFEFF${f.text}` }));
    files[1].text = files[1].text.replace(/\n/g, '\r\n');
    const { draft, problems } = parsePlaybookFolder(files);
    expect(problems).toEqual([]);
    expect(draft.chapters.map((c) => c.id)).toEqual(['tricky', 'second', 'third']);
  });
});

describe('problems in an imported folder', () => {
  it('names the file, line and field of every problem and leaves bad files out', async () => {
    const files = await readPlaybookFolder(join(import.meta.dirname, 'fixtures/broken-pack'));
    const { draft, problems } = parsePlaybookFolder(files);
    const byFile = (file: string) => problems.filter((p) => p.file === file);
    expect(byFile('chapters/01-no-front-matter.md')).toEqual([{ file: 'chapters/01-no-front-matter.md', line: 1, message: expect.stringContaining('does not start with front-matter') }]);
    expect(byFile('chapters/02-bad-yaml.md')[0]).toMatchObject({ line: expect.any(Number), message: expect.stringContaining('not valid YAML') });
    expect(byFile('chapters/02-bad-yaml.md')[0].line).toBeGreaterThanOrEqual(3);
    expect(byFile('chapters/03-good.md')).toEqual([{ file: 'chapters/03-good.md', line: 10, message: expect.stringContaining('"ghost-standard"') }]);
    expect(byFile('chapters/04-bad-field.md')).toEqual(
      expect.arrayContaining([
        { file: 'chapters/04-bad-field.md', line: 2, field: 'id', message: expect.stringContaining('lower-case') },
        { file: 'chapters/04-bad-field.md', line: 5, field: 'colour', message: expect.stringContaining('Unknown field "colour"') },
      ]),
    );
    expect(byFile('standards/wrong-name.md')).toEqual([{ file: 'standards/wrong-name.md', line: 8, field: 'channels.0', message: expect.stringContaining('channels.0') }]);
    expect(byFile('playbook.yaml')).toEqual([{ file: 'playbook.yaml', field: 'standards', message: expect.stringContaining('"missing-one"') }]);
    expect(byFile('notes.md')).toHaveLength(1);
    expect(draft.chapters.map((c) => c.id)).toEqual(['good']);
    expect(draft.standards.map((s) => s.id)).toEqual(['keep-feed-honest']);
  });

  it('reports a standard whose id does not match its file name', () => {
    const files = serializePlaybook(sampleSection().draft).map((f) => (f.path === 'standards/keep-feed-honest.md' ? { ...f, path: 'standards/honest.md' } : f));
    const { problems } = parsePlaybookFolder(files);
    expect(problems).toContainEqual({ file: 'standards/honest.md', line: 2, field: 'id', message: expect.stringContaining('does not match the file name') });
  });

  it('quotes only the start of a broken front-matter token, not the rest of the file', () => {
    // A stray "]" then an unclosed quote: the YAML library quotes everything after the quote.
    const text = `---\nid: broken\n]\n"${'rest of the chapter '.repeat(200)}\n---\nBody\n`;
    const files = [...serializePlaybook(sampleSection().draft), { path: 'chapters/09-broken.md', text }];
    const problems = parsePlaybookFolder(files).problems.filter((p) => p.file === 'chapters/09-broken.md');
    expect(problems.some((p) => /^The front-matter is not valid YAML: .*"rest of the chapter.*…$/.test(p.message))).toBe(true);
    for (const p of problems) {
      expect(p.message.length).toBeLessThan(220);
      expect(p.line).toBeGreaterThan(1);
    }
  });

  it('reports a missing playbook.yaml and duplicate chapter orders', () => {
    const files = serializePlaybook(sampleSection().draft).filter((f) => f.path !== 'playbook.yaml');
    files.push({ path: 'chapters/09-copy.md', text: '---\nid: copy\ntitle: Copy\norder: 1\n---\nx\n' });
    const { problems } = parsePlaybookFolder(files);
    expect(problems.map((p) => p.file)).toEqual(expect.arrayContaining(['playbook.yaml', 'chapters/09-copy.md']));
    expect(problems.find((p) => p.file === 'chapters/09-copy.md')).toMatchObject({ field: 'order', line: 4 });
  });
});

describe('the starter playbook pack', () => {
  it('validates with zero problems', async () => {
    expect(await validatePlaybookFolder(starterDir)).toEqual([]);
  });

  it('holds exactly the twelve starter standards, each complete, and chapters that link to them', async () => {
    const draft = await loadPlaybookPack(starterDir, { at: '2026-11-23T00:00:00.000Z', by: 'seed' });
    expect(draft.standards.map((s) => s.id).sort()).toEqual([...STARTER_IDS].sort());
    for (const s of draft.standards) {
      expect(s.lookFors.length, s.id).toBeGreaterThanOrEqual(3);
      expect(s.lookFors.length, s.id).toBeLessThanOrEqual(5);
      expect(s.donts.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.donts.length, s.id).toBeLessThanOrEqual(4);
      expect(s.examples.good.length, s.id).toBeGreaterThan(0);
      expect(s.examples.poor.length, s.id).toBeGreaterThan(0);
      expect(s.whyItMatters.length, s.id).toBeGreaterThan(100);
    }
    expect(draft.standards.find((s) => s.id === 'first-reply-on-time')?.target).toMatchObject({ kind: 'first-reply-minutes', value: 5 });
    expect(draft.standards.find((s) => s.id === 'keep-feed-honest')?.target).toMatchObject({ value: 60, unit: 'minutes' });
    expect(draft.chapters.length).toBeGreaterThanOrEqual(4);
    expect(draft.updatedBy).toBe('seed');
  });

  it('seeds a new workspace section with the pack as the draft, or an empty section without a pack', async () => {
    const stamp = { at: '2026-11-23T00:00:00.000Z', by: 'seed' };
    const seeded = await seedPlaybookSection(join(starterDir, '..'), stamp);
    expect(seeded.draft.standards).toHaveLength(12);
    expect(seeded.versions).toEqual([]);
    const empty = await seedPlaybookSection(join(import.meta.dirname, 'fixtures'), stamp);
    expect(empty.draft.chapters).toEqual([]);
  });

  it('refuses to load a broken pack, listing the problems', async () => {
    await expect(loadPlaybookPack(join(import.meta.dirname, 'fixtures/broken-pack'), { at: '2026-11-23T00:00:00.000Z', by: 'seed' })).rejects.toThrow(/problems/);
  });
});
