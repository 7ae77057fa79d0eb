/**
 * Finds rubric phrases in a folded reply. A phrase is whole words in sequence within one clause
 * ("same style" does not match "the same, stylish"), compared by their roots (see stems/) and the
 * shop-vocabulary synonyms (concepts/synonyms.yaml), with small words such as "the", "your" or "po"
 * skipped on both sides. A trailing "*" makes the last word a prefix ("apolog*"); " ... " lets up to
 * three words stand between two parts ("refund ... fee"). Thai phrases are matched as substrings
 * (Thai is written without spaces). An occurrence never counts when it is negated ("not sorry",
 * "tidak ada", "không xin lỗi", "hindi", "ไม่ขอโทษ") or inside someone else's quoted words.
 */
import type { PhraseMatch } from '../../shared/domain/scoring';
import { DETERMINERS, SKIPPABLE, languageGroupOf, negatorsFor, type LanguageGroup } from './chat-spellings';
import { isNegatedAt, isThaiNegatedAt, negatedInside } from './negation';
import { synonymsOf } from './concepts/synonyms';
import { wordKeys } from './stems/word-keys';
import { containsThai, foldPhraseSubstring, foldPhraseWords, type FoldedText, type SentenceInfo } from './text-folding';

interface Slot {
  keys: ReadonlySet<string>;
  /** Set for a trailing "*": the word only has to start with this. */
  prefix: string | null;
  /** Other words allowed between the previous slot and this one. */
  gapBefore: number;
  /** A determiner: used when the reply has one there, passed over when not. */
  optional: boolean;
}

export interface CompiledPhrase {
  phrase: string;
  mode: 'words' | 'substring';
  /** Ways of writing the phrase (a multi-word synonym gives more than one). */
  alternatives: Slot[][];
  substring: string;
}

export interface MatchOptions {
  /** Leave out sarcastic and hedged sentences ("thanks so much for your patience 🙄", "maybe we can refund?"). */
  sincereOnly?: boolean;
  /** Leave out questions too: "Would you like us to refund the fee?" offers what it does not do. */
  statedOnly?: boolean;
}

/** Whether a sentence's words count under these options. */
function sentenceCounts(sentence: SentenceInfo | undefined, options: MatchOptions): boolean {
  if (!sentence) return true;
  if (options.sincereOnly && (sentence.sarcastic || sentence.hedged)) return false;
  return !(options.statedOnly && sentence.question);
}

const GAP_WORDS = 3;
const SKIP_WORDS = 2;

const compiledCache = new Map<string, Map<string, CompiledPhrase>>();
let compiledCount = 0;

function slotsOf(words: readonly string[], lastIsPrefix: boolean, group: LanguageGroup, gapsAfter: ReadonlySet<number>): Slot[] {
  const slots: Slot[] = [];
  let pendingGap = 0;
  words.forEach((word, i) => {
    const isPrefix = lastIsPrefix && i === words.length - 1;
    const keys = new Set<string>();
    if (!isPrefix) for (const form of [word, ...synonymsOf([word], group).filter((s) => s.length === 1).map((s) => s[0])]) for (const k of wordKeys(form, group)) keys.add(k);
    slots.push({ keys, prefix: isPrefix ? word : null, gapBefore: pendingGap, optional: !isPrefix && DETERMINERS.has(word) && words.length > 1 });
    pendingGap = gapsAfter.has(i) ? GAP_WORDS : 0;
  });
  return slots;
}

export function compilePhrase(phrase: string, language: string): CompiledPhrase {
  let byPhrase = compiledCache.get(language);
  if (!byPhrase) compiledCache.set(language, (byPhrase = new Map()));
  const cached = byPhrase.get(phrase);
  if (cached) return cached;
  const trimmed = phrase.trim();
  const lastIsPrefix = trimmed.endsWith('*');
  const body = lastIsPrefix ? trimmed.slice(0, -1) : trimmed;
  let compiled: CompiledPhrase;
  if (containsThai(trimmed)) {
    compiled = { phrase, mode: 'substring', alternatives: [], substring: foldPhraseSubstring(body.replace(/\.\.\./g, '')) };
  } else {
    const parts = body.split(/\s*\.\.\.\s*/).filter(Boolean);
    const group = languageGroupOf(language);
    const words: string[] = [];
    const gapsAfter = new Set<number>();
    for (const part of parts) {
      words.push(...foldPhraseWords(part, language));
      gapsAfter.add(words.length - 1);
    }
    gapsAfter.delete(words.length - 1);
    const forms = lastIsPrefix || parts.length > 1 ? [words] : [words, ...synonymsOf(words, group)];
    const alternatives = forms.map((f) => slotsOf(f, lastIsPrefix, group, f === words ? gapsAfter : new Set())).filter((s) => s.length > 0);
    compiled = { phrase, mode: 'words', alternatives, substring: '' };
  }
  if (++compiledCount > 50_000) {
    compiledCache.clear();
    compiledCount = 0;
  }
  byPhrase.set(phrase, compiled);
  return compiled;
}

function slotAccepts(slot: Slot, word: FoldedText['words'][number]): boolean {
  if (slot.prefix !== null) return word.text.startsWith(slot.prefix);
  for (const k of word.keys) if (slot.keys.has(k)) return true;
  return false;
}

/**
 * How many other words a phrase of this many words may have inside it in a reply, so "confirm your
 * address" meets "confirm your delivery address" and "keep one for you" meets "keep one on hold for you".
 */
function loosenessOf(slots: readonly Slot[]): number {
  const words = slots.filter((s) => !s.optional).length;
  return words >= 4 ? 2 : words >= 2 ? 1 : 0;
}

/** The index of the last word of a match of `slots` starting at `at`, or -1. */
function matchEnd(reply: FoldedText, at: number, slots: readonly Slot[]): number {
  let first = 0;
  while (first < slots.length - 1 && slots[first].optional && !slotAccepts(slots[first], reply.words[at])) first++;
  if (!slotAccepts(slots[first], reply.words[at])) return -1;
  let index = at;
  let looseness = loosenessOf(slots);
  for (let k = first + 1; k < slots.length; k++) {
    const slot = slots[k];
    const loosenessBefore = looseness;
    let next = index + 1;
    let small = 0;
    let other = 0;
    let found = -1;
    for (; next < reply.words.length; next++) {
      const word = reply.words[next];
      if (word.breakBefore && slot.gapBefore === 0) break;
      if (slotAccepts(slot, word)) {
        found = next;
        break;
      }
      if (SKIPPABLE.has(word.text) && small < SKIP_WORDS) small++;
      else if (other < slot.gapBefore) other++;
      else if (looseness > 0) looseness--;
      else break;
    }
    if (found === -1) {
      looseness = loosenessBefore;
      if (slot.optional) continue;
      return -1;
    }
    index = found;
  }
  return index;
}

function toMatch(reply: FoldedText, phrase: string, start: number, end: number): PhraseMatch {
  return { phrase, text: reply.original.slice(start, end), start, end };
}

function counts(reply: FoldedText, from: number, to: number, options: MatchOptions): boolean {
  for (let i = from; i <= to; i++) if (reply.words[i].reported) return false;
  return sentenceCounts(reply.sentences[reply.words[from].sentence], options);
}

const keyIndexCache = new WeakMap<FoldedText, Map<string, number[]>>();

/** Where each word key stands in the reply, so a phrase is tried only where its first word is. */
function keyIndex(reply: FoldedText): Map<string, number[]> {
  let index = keyIndexCache.get(reply);
  if (index) return index;
  index = new Map();
  reply.words.forEach((w, i) => {
    for (const k of w.keys) {
      const at = index!.get(k);
      if (at) {
        if (at[at.length - 1] !== i) at.push(i);
      } else index!.set(k, [i]);
    }
  });
  keyIndexCache.set(reply, index);
  return index;
}

const NOWHERE: readonly number[] = [];

/** The word keys a reply holds (for indexes that try only phrases whose first word is there). */
export function replyKeys(reply: FoldedText): Iterable<string> {
  return keyIndex(reply).keys();
}

/** The keys a phrase's match can start with, or null when it must be tried everywhere (prefix, Thai). */
export function leadingKeys(phrase: CompiledPhrase): string[] | null {
  if (phrase.mode === 'substring') return null;
  const keys: string[] = [];
  for (const slots of phrase.alternatives)
    for (const slot of slots) {
      if (slot.prefix !== null) return null;
      keys.push(...slot.keys);
      if (!slot.optional) break;
    }
  return keys;
}

/** Word positions a match of `slots` can start at: where any of its leading slots' keys stand. */
function startPositions(reply: FoldedText, slots: readonly Slot[]): Iterable<number> {
  const index = keyIndex(reply);
  const head = slots[0];
  // The common case, without allocating: one required first word.
  if (!head.optional && head.prefix === null && head.keys.size === 1) {
    for (const k of head.keys) return index.get(k) ?? NOWHERE;
  }
  const starts = new Set<number>();
  for (const slot of slots) {
    if (slot.prefix !== null) return reply.words.keys();
    for (const k of slot.keys) for (const i of index.get(k) ?? []) starts.add(i);
    if (!slot.optional) break;
  }
  return [...starts].sort((a, b) => a - b);
}

const phraseKeysCache = new WeakMap<readonly Slot[], ReadonlySet<string>>();

function phraseKeysOf(slots: readonly Slot[]): ReadonlySet<string> {
  let keys = phraseKeysCache.get(slots);
  if (!keys) phraseKeysCache.set(slots, (keys = new Set(slots.flatMap((s) => [...s.keys]))));
  return keys;
}

function findWordMatches(reply: FoldedText, phrase: CompiledPhrase, options: MatchOptions): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const negators = negatorsFor(reply.group);
  for (const slots of phrase.alternatives) {
    for (const i of startPositions(reply, slots)) {
      const last = matchEnd(reply, i, slots);
      if (last === -1 || isNegatedAt(reply, i, negators) || negatedInside(reply, i, last, phraseKeysOf(slots), negators) || !counts(reply, i, last, options)) continue;
      found.push(toMatch(reply, phrase.phrase, reply.words[i].start, reply.words[last].end));
    }
  }
  return withoutOverlaps(found);
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
function findSubstringMatches(reply: FoldedText, phrase: CompiledPhrase, options: MatchOptions): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (phrase.substring === '') return found;
  const { squeezed, positions } = squeezedOf(reply);
  let from = squeezed.indexOf(phrase.substring);
  while (from !== -1) {
    const firstNorm = positions[from];
    const lastNorm = positions[from + phrase.substring.length - 1];
    const start = reply.normStart[firstNorm];
    const end = reply.normEnd[lastNorm];
    const inside = reply.words.filter((w) => w.start < end && start < w.end);
    const own = inside.every((w) => !w.reported && sentenceCounts(reply.sentences[w.sentence], options));
    if (!isThaiNegatedAt(reply, firstNorm) && own) found.push(toMatch(reply, phrase.phrase, start, end));
    from = squeezed.indexOf(phrase.substring, from + phrase.substring.length);
  }
  return found;
}

export function findPhrase(reply: FoldedText, phrase: string, language: string, options: MatchOptions = {}): PhraseMatch[] {
  const compiled = compilePhrase(phrase, language);
  return compiled.mode === 'substring' ? findSubstringMatches(reply, compiled, options) : findWordMatches(reply, compiled, options);
}

/** Matches of any synonym in the group, longest first where they overlap, in reply order. */
export function findGroup(reply: FoldedText, group: readonly string[], language: string, options: MatchOptions = {}): PhraseMatch[] {
  let all: PhraseMatch[] | null = null;
  for (const phrase of group) {
    const found = findPhrase(reply, phrase, language, options);
    if (found.length > 0) (all ??= []).push(...found);
  }
  return all ? withoutOverlaps(all) : [];
}

export function withoutOverlaps(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length < 2) return matches;
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch[] = [];
  for (const m of byLength) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
