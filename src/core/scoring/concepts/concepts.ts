/**
 * Built-in service-move concepts (apology, ownership, refund, a commitment with a time …) read from
 * the reviewed YAML files beside this module. A rubric element may name concepts next to its own
 * phrases; a rubric phrase that is one of a concept's own wordings brings the concept's other
 * wordings with it (an owner who wrote "refund" also means "money back" and "hoàn tiền").
 */
import type { PhraseMatch } from '../../../shared/domain/scoring';
import { languageGroupOf, type LanguageGroup } from '../chat-spellings';
import type { Fact } from '../facts/fact-types';
import { compilePhrase, findGroup, leadingKeys, replyKeys, withoutOverlaps, type MatchOptions } from '../phrase-matching';
import type { FoldedText } from '../text-folding';
import { CONCEPT_FILES } from './concept-data.generated';
import { conceptFileSchema } from './concept-file';
import { languagesOfGroup } from './concept-languages';
import { meantApologies } from './apology-sense';

/** A commitment ("I'll", "kami akan") in the same sentence as a time, a day or a deadline. */
export const TIME_COMMITMENT = 'time-commitment';

/** Concepts too broad to stand in for an owner's phrase ("ask for details" is many different asks). */
const NOT_EXPANDED = new Set(['ask-details', 'commitment']);

const CONCEPTS = new Map(CONCEPT_FILES.map((file) => {
  const concept = conceptFileSchema.parse(file);
  return [concept.id, concept];
}));

export const CONCEPT_IDS: readonly string[] = [...CONCEPTS.keys(), TIME_COMMITMENT].sort();

export function conceptLabel(id: string): string {
  return id === TIME_COMMITMENT ? 'A commitment with a time' : (CONCEPTS.get(id)?.label ?? id);
}

/** Every concept with its label and what it means, for the editor. */
export function conceptCatalogue(): { id: string; label: string; description: string }[] {
  return CONCEPT_IDS.map((id) => ({
    id,
    label: conceptLabel(id),
    description: id === TIME_COMMITMENT ? 'A promise to do something ("I\'ll", "kami akan", "sẽ") with a time, a day or a deadline in the same sentence.' : (CONCEPTS.get(id)?.description ?? ''),
  }));
}

/** A move a reply must not make: what a must-avoid item's phrases may stand for. */
export function isAvoidConcept(id: string): boolean {
  return CONCEPTS.get(id)?.use === 'avoid';
}

export function isConcept(id: string): boolean {
  return id === TIME_COMMITMENT || CONCEPTS.has(id);
}

const phraseCache = new Map<string, readonly string[]>();

export function conceptPhrases(id: string, group: LanguageGroup): readonly string[] {
  const key = `${group}:${id}`;
  const cached = phraseCache.get(key);
  if (cached) return cached;
  const concept = CONCEPTS.get(id);
  const phrases = concept ? languagesOfGroup(group).flatMap((l) => concept.phrases[l] ?? []) : [];
  phraseCache.set(key, phrases);
  return phrases;
}

const expansionIndex = new Map<LanguageGroup, Map<string, string[]>>();
const expansionCache = new Map<string, readonly string[]>();

/** A cheap comparison key (case, diacritics, spacing): building the index must not fold 2,000 phrases. */
function phraseKey(phrase: string): string {
  return phrase.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[’‘]/g, "'").trim().replace(/\s+/g, ' ');
}

/** The concepts whose own wordings include this phrase (case, diacritics and spacing aside). */
export function conceptsOfPhrase(phrase: string, language: string): readonly string[] {
  const cacheKey = `${language}\u0000${phrase}`;
  const cached = expansionCache.get(cacheKey);
  if (cached) return cached;
  const group = languageGroupOf(language);
  let index = expansionIndex.get(group);
  if (!index) {
    index = new Map();
    for (const id of CONCEPTS.keys()) {
      if (NOT_EXPANDED.has(id)) continue;
      for (const p of conceptPhrases(id, group)) {
        const key = phraseKey(p);
        index.set(key, [...(index.get(key) ?? []), id]);
      }
    }
    expansionIndex.set(group, index);
  }
  const ids = index.get(phraseKey(phrase)) ?? [];
  if (expansionCache.size > 20000) expansionCache.clear();
  expansionCache.set(cacheKey, ids);
  return ids;
}

interface PhraseIndex {
  byLeadingKey: Map<string, string[]>;
  everywhere: string[];
}

const indexCache = new Map<string, PhraseIndex>();

/** A concept's phrases by the keys their matches start with, so a reply tries only those it could match. */
function phraseIndex(id: string, language: string): PhraseIndex {
  const key = `${language}\u0000${id}`;
  let index = indexCache.get(key);
  if (index) return index;
  index = { byLeadingKey: new Map(), everywhere: [] };
  for (const phrase of conceptPhrases(id, languageGroupOf(language))) {
    const keys = leadingKeys(compilePhrase(phrase, language));
    if (keys === null) index.everywhere.push(phrase);
    else for (const k of new Set(keys)) index.byLeadingKey.set(k, [...(index.byLeadingKey.get(k) ?? []), phrase]);
  }
  indexCache.set(key, index);
  return index;
}

function findConceptPhrases(reply: FoldedText, id: string, language: string, options: MatchOptions): PhraseMatch[] {
  const index = phraseIndex(id, language);
  const candidates = new Set(index.everywhere);
  for (const k of replyKeys(reply)) for (const phrase of index.byLeadingKey.get(k) ?? []) candidates.add(phrase);
  return candidates.size > 0 ? findGroup(reply, [...candidates], language, options) : [];
}

const TIME_KINDS = new Set<Fact['kind']>(['time', 'time-range', 'weekday', 'relative-day', 'duration']);

function sentenceOf(reply: FoldedText, offset: number): number {
  const word = reply.words.find((w) => w.start <= offset && offset < w.end) ?? reply.words.find((w) => w.start >= offset);
  return word?.sentence ?? -1;
}

export function findConcept(reply: FoldedText, id: string, language: string, facts: readonly Fact[], options: MatchOptions = {}): PhraseMatch[] {
  if (id === 'apology') return meantApologies(reply, findConceptPhrases(reply, id, language, options));
  if (id !== TIME_COMMITMENT) return findConceptPhrases(reply, id, language, options);
  const found: PhraseMatch[] = [];
  for (const promise of findConceptPhrases(reply, 'commitment', language, options)) {
    const sentence = sentenceOf(reply, promise.start);
    const when = facts.find((f) => TIME_KINDS.has(f.kind) && sentenceOf(reply, f.start) === sentence);
    if (when) found.push(promise, { phrase: 'time', text: reply.original.slice(when.start, when.end), start: when.start, end: when.end });
  }
  return withoutOverlaps(found);
}
