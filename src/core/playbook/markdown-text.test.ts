import { describe, expect, it } from 'vitest';
import { markdownToPlainText, tableOfContents } from './markdown-text';
import { buildPlaybookSearch, makeSnippet } from './playbook-search';
import { findStandardRefs } from './standard-refs';
import { sampleSection } from './fixtures/sample-section';

describe('tableOfContents', () => {
  it('lists headings with levels, plain text and unique anchors, including nested ones', () => {
    const md = '# Before the purchase\n\nText\n\n## Tips & **tricks**\n\n> ## Tips & tricks\n\n- ### In a list\n\n```\n# not a heading\n```\n\n### ก่อนซื้อ';
    expect(tableOfContents(md)).toEqual([
      { level: 1, text: 'Before the purchase', anchor: 'before-the-purchase' },
      { level: 2, text: 'Tips & tricks', anchor: 'tips-tricks' },
      { level: 2, text: 'Tips & tricks', anchor: 'tips-tricks-2' },
      { level: 3, text: 'In a list', anchor: 'in-a-list' },
      { level: 3, text: 'ก่อนซื้อ', anchor: 'ก่อนซื้อ' },
    ]);
  });
});

describe('findStandardRefs', () => {
  it('finds references with line and column, but not inside code', () => {
    const md = 'See [[standard:keep-feed-honest]].\n\n```md\n[[standard:in-fence]]\n```\n\nInline `[[standard:in-code]]` and [[standard:human-tone]]\n[[standard:Bad_ID]]';
    expect(findStandardRefs(md)).toEqual([
      { id: 'keep-feed-honest', line: 1, column: 5 },
      { id: 'human-tone', line: 7, column: 35 },
    ]);
  });
});

describe('markdownToPlainText', () => {
  it('drops formatting, keeps link text and shows standard titles', () => {
    const text = markdownToPlainText('# Hi\n\n**Bold** [link](https://x.y) and [[standard:a]] &amp; more\n\n- one\n- two', (id) => (id === 'a' ? 'Title A' : undefined));
    expect(text).toBe('Hi\nBold link and Title A & more\none\ntwo');
  });
});

describe('playbook search', () => {
  const search = buildPlaybookSearch(sampleSection().draft);

  it('finds chapters and standards, with plain-text snippets and match ranges', () => {
    const hits = search.search('sold');
    expect(hits.map((h) => `${h.kind}:${h.id}`).sort()).toEqual(['chapter:honesty', 'standard:keep-feed-honest']);
    for (const hit of hits) {
      expect(hit.snippet.matches.length).toBeGreaterThan(0);
      for (const m of hit.snippet.matches) expect(hit.snippet.text.slice(m.start, m.end).toLowerCase()).toBe('sold');
    }
  });

  it('matches word prefixes and shows standard titles instead of reference syntax', () => {
    const [hit] = search.search('honest');
    expect(hit).toBeDefined();
    const chapter = search.search('sold out means').find((h) => h.kind === 'chapter');
    expect(chapter?.snippet.text).toBe('Sold out means Keep the feed honest.');
    expect(chapter?.snippet.text).not.toContain('[[');
  });

  it('returns nothing for an empty query or a word that is not there', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zebra')).toEqual([]);
  });

  it('cuts long text around the first match and shifts the ranges', () => {
    const long = `${'filler '.repeat(40)}the refund arrives ${'more '.repeat(40)}`;
    const snippet = makeSnippet(long, ['refund'], 20);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(snippet.matches).toHaveLength(1);
    expect(snippet.text.slice(snippet.matches[0].start, snippet.matches[0].end)).toBe('refund');
  });
});
