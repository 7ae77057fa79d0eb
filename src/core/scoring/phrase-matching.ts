/**
 * Finds rubric phrases in a folded reply: whole words in sequence ("same style" does not match
 * "the same, stylish"), Thai phrases as substrings (Thai is written without spaces), a trailing
 * "*" as a word prefix ("apolog*"), and never a negated occurrence ("not sorry", "tidak ada",
 * "không xin lỗi", "hindi", "ไม่ขอโทษ").
 */
import type { PhraseMatch } from '../../shared/domain/scoring';
import { PARTICLES, THAI_NEGATORS, negatorsFor } from './chat-spellings';
import { containsThai, foldText, type FoldedText } from './text-folding';

export interface CompiledPhrase {
  phrase: string;
  mode: 'words' | 'substring';
  words: string[];
  lastIsPrefix: boolean;
  substring: string;
}

/** How far back (in words, within one clause, particles not counted) a negator still negates. */
const NEGATION_WINDOW = 2;
const THAI_NEGATION_WINDOW = 6;

const compiledCache = new Map<string, CompiledPhrase>();

export function compilePhrase(phrase: string, language: string): CompiledPhrase {
  const key = `${language}\u0000${phrase}`;
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const trimmed = phrase.trim();
  const lastIsPrefix = trimmed.endsWith('*');
  const folded = foldText(lastIsPrefix ? trimmed.slice(0, -1) : trimmed, language);
  const compiled: CompiledPhrase = containsThai(trimmed)
    ? { phrase, mode: 'substring', words: [], lastIsPrefix: false, substring: folded.norm.replace(/\s+/g, '') }
    : { phrase, mode: 'words', words: folded.words.map((x) => x.text), lastIsPrefix, substring: '' };
  if (compiledCache.size > 20000) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}

function wordMatchesAt(reply: FoldedText, at: number, phrase: CompiledPhrase): boolean {
  const { words } = phrase;
  if (at + words.length > reply.words.length) return false;
  for (let k = 0; k < words.length; k++) {
    const word = reply.words[at + k];
    if (k > 0 && word.breakBefore) return false;
    const isLast = k === words.length - 1;
    if (isLast && phrase.lastIsPrefix ? !word.text.startsWith(words[k]) : word.text !== words[k]) return false;
  }
  return true;
}

function isNegatedAt(reply: FoldedText, at: number, negators: ReadonlySet<string>): boolean {
  let counted = 0;
  for (let index = at - 1; index >= 0 && counted < NEGATION_WINDOW; index--) {
    if (reply.words[index + 1].breakBefore) return false;
    const text = reply.words[index].text;
    if (negators.has(text)) return true;
    if (!PARTICLES.has(text)) counted++;
  }
  return false;
}

function isThaiNegatedAt(reply: FoldedText, normIndex: number): boolean {
  const before = reply.norm.slice(Math.max(0, normIndex - THAI_NEGATION_WINDOW - 4), normIndex).replace(/\s+/g, '');
  const window = before.slice(-THAI_NEGATION_WINDOW);
  return THAI_NEGATORS.some((n) => window.includes(n));
}

function toMatch(reply: FoldedText, phrase: string, start: number, end: number): PhraseMatch {
  return { phrase, text: reply.original.slice(start, end), start, end };
}

function findWordMatches(reply: FoldedText, phrase: CompiledPhrase): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (phrase.words.length === 0) return found;
  const negators = negatorsFor(reply.group);
  for (let i = 0; i < reply.words.length; i++) {
    if (!wordMatchesAt(reply, i, phrase) || isNegatedAt(reply, i, negators)) continue;
    const last = reply.words[i + phrase.words.length - 1];
    found.push(toMatch(reply, phrase.phrase, reply.words[i].start, last.end));
  }
  return found;
}

const squeezedCache = new WeakMap<FoldedText, { squeezed: string; positions: number[] }>();

function squeezedOf(reply: FoldedText): { squeezed: string; positions: number[] } {
  const cached = squeezedCache.get(reply);
  if (cached) return cached;
  const positions: number[] = [];
  let squeezed = '';
  for (let i = 0; i < reply.norm.length; i++) {
    if (/\s/.test(reply.norm[i])) continue;
    squeezed += reply.norm[i];
    positions.push(i);
  }
  squeezedCache.set(reply, { squeezed, positions });
  return { squeezed, positions };
}

/** Substring search over the folded text with spaces squeezed out, as Thai writers space freely. */
function findSubstringMatches(reply: FoldedText, phrase: CompiledPhrase): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (phrase.substring === '') return found;
  const { squeezed, positions } = squeezedOf(reply);
  let from = squeezed.indexOf(phrase.substring);
  while (from !== -1) {
    const firstNorm = positions[from];
    const lastNorm = positions[from + phrase.substring.length - 1];
    if (!isThaiNegatedAt(reply, firstNorm)) found.push(toMatch(reply, phrase.phrase, reply.normStart[firstNorm], reply.normEnd[lastNorm]));
    from = squeezed.indexOf(phrase.substring, from + phrase.substring.length);
  }
  return found;
}

export function findPhrase(reply: FoldedText, phrase: string, language: string): PhraseMatch[] {
  const compiled = compilePhrase(phrase, language);
  return compiled.mode === 'substring' ? findSubstringMatches(reply, compiled) : findWordMatches(reply, compiled);
}

/** Matches of any synonym in the group, longest first where they overlap, in reply order. */
export function findGroup(reply: FoldedText, group: readonly string[], language: string): PhraseMatch[] {
  const all = group.flatMap((phrase) => findPhrase(reply, phrase, language));
  return withoutOverlaps(all);
}

export function withoutOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch[] = [];
  for (const m of byLength) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
