/**
 * Search across one playbook's chapters and standards (minisearch, prefix + light fuzzy). Results
 * carry a plain-text snippet and the character ranges to highlight, never HTML, so the UI decides
 * how to mark them up and nothing from the text can inject markup.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { PlaybookContent, ServiceStandard } from '../../shared/domain/playbook';
import { markdownToPlainText } from './markdown-text';

export interface SearchSnippet {
  text: string;
  /** Half-open [start, end) ranges into `text`. */
  matches: { start: number; end: number }[];
}

export interface PlaybookSearchHit {
  kind: 'chapter' | 'standard';
  id: string;
  title: string;
  score: number;
  snippet: SearchSnippet;
}

export interface PlaybookSearch {
  search(query: string, options?: { limit?: number }): PlaybookSearchHit[];
}

interface SearchDoc {
  key: string;
  kind: 'chapter' | 'standard';
  id: string;
  title: string;
  text: string;
}

const SNIPPET_RADIUS = 70;

function standardText(s: ServiceStandard, titleOf: (id: string) => string | undefined): string {
  return [s.statement, markdownToPlainText(s.whyItMatters, titleOf), ...s.lookFors, ...s.donts, ...s.examples.good, ...s.examples.poor, s.target?.text ?? ''].filter(Boolean).join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ranges where any term starts a word, case-insensitively. */
function termRanges(text: string, terms: string[]): { start: number; end: number }[] {
  if (terms.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})`, 'giu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** A window of text around the first match, with ranges shifted into it; the text start when nothing matches. */
export function makeSnippet(text: string, terms: string[], radius = SNIPPET_RADIUS): SearchSnippet {
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = termRanges(flat, terms);
  const first = all[0]?.start ?? 0;
  let start = Math.max(0, first - radius);
  let end = Math.min(flat.length, first + radius * 2);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > first ? flat.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < flat.length ? ' …' : '';
  const matches = all
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start + prefix.length, end: r.end - start + prefix.length }));
  return { text: prefix + flat.slice(start, end) + suffix, matches };
}

export function buildPlaybookSearch(content: PlaybookContent): PlaybookSearch {
  const titles = new Map(content.standards.map((s) => [s.id, s.title]));
  const titleOf = (id: string) => titles.get(id);
  const docs: SearchDoc[] = [
    ...content.chapters.map((c): SearchDoc => ({ key: `chapter:${c.id}`, kind: 'chapter', id: c.id, title: c.title, text: markdownToPlainText(c.body, titleOf) })),
    ...content.standards.map((s): SearchDoc => ({ key: `standard:${s.id}`, kind: 'standard', id: s.id, title: s.title, text: standardText(s, titleOf) })),
  ];
  const index = new MiniSearch<SearchDoc>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: ['kind', 'id', 'title', 'text'],
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  index.addAll(docs);

  return {
    search(query, options = {}) {
      if (!query.trim()) return [];
      const results: SearchResult[] = index.search(query);
      return results.slice(0, options.limit ?? 20).map((r) => {
        const text = String(r.text);
        const inText = r.terms.filter((term) => r.match[term]?.includes('text'));
        return {
          kind: r.kind as SearchDoc['kind'],
          id: String(r.id),
          title: String(r.title),
          score: r.score,
          snippet: makeSnippet(inText.length > 0 ? text : `${String(r.title)}\n${text}`, r.terms),
        };
      });
    },
  };
}
