/**
 * Whether a reply does what one rubric element (or must-avoid item) asks. An element's parts are
 * its phrase groups, its concepts and its facts; "any" needs one part, "all" needs every part.
 * Inside a group any phrase will do, and a phrase is read three ways: as facts when it is only
 * facts ("RM164", "Sunday 12–5pm" match by value), as the concept it is a wording of, and as words.
 */
import type { PhraseMatch } from '../../shared/domain/scoring';
import { conceptsOfPhrase, findConcept, isAvoidConcept } from './concepts/concepts';
import type { Fact } from './facts/fact-types';
import { factsAgree, findExpectedFacts } from './facts/facts-agree';
import type { FactValue } from './facts/fact-types';
import { expectedFactsOf } from './facts/expected-facts';
import { findPhrase, withoutOverlaps, type MatchOptions } from './phrase-matching';
import type { FoldedText } from './text-folding';

export interface ReplyReading {
  folded: FoldedText;
  /** The facts the reply states: not those asked about or hedged ("Total mungkin RM164?"). */
  facts: readonly Fact[];
  language: string;
  /** The facts of the situation (the step's prompt): a reply may repeat any of them. */
  situation: readonly Fact[];
}

export interface MatchableItem {
  phrases: readonly (readonly string[])[];
  concepts?: readonly string[];
  facts?: readonly string[];
  require?: 'any' | 'all';
}

export interface ItemMatch {
  hit: boolean;
  matches: PhraseMatch[];
  /** The reply states another value where this item expects a fact: "Sunday 9am–7pm" for "Sunday 12–5pm". */
  contradiction?: { expected: string; stated: string };
}

export interface ItemMatchOptions extends MatchOptions {
  /**
   * Read owner phrases as the concepts they are wordings of, and phrases that are only facts by
   * value (elements yes; must-avoid items no: "only today" there is words, not the fact "today").
   */
  expandConcepts?: boolean;
  /**
   * Read owner phrases as the must-avoid concepts they are wordings of, never as facts: an owner who
   * wrote "you should have" also means "next time please answer the rider". (A must-avoid "5 stars"
   * is not every way of asking for feedback, so the reply concepts stay out.)
   */
  expandAvoided?: boolean;
}

function factMatches(reply: ReplyReading, text: string): PhraseMatch[] | null {
  const expected = expectedFactsOf(text, reply.language);
  if (!expected) return null;
  const found = findExpectedFacts(expected, reply.facts);
  return (found ?? []).map((f) => ({ phrase: text, text: reply.folded.original.slice(f.start, f.end), start: f.start, end: f.end }));
}

export function phraseMatches(reply: ReplyReading, phrase: string, options: ItemMatchOptions): PhraseMatch[] {
  const facts = options.expandConcepts ? factMatches(reply, phrase) : null;
  const words = findPhrase(reply.folded, phrase, reply.language, options);
  const concepts = options.expandConcepts
    ? conceptsOfPhrase(phrase, reply.language)
    : options.expandAvoided
      ? conceptsOfPhrase(phrase, reply.language).filter(isAvoidConcept)
      : [];
  if (!facts?.length && concepts.length === 0) return words;
  const out = [...(facts ?? []), ...words];
  for (const id of concepts) out.push(...findConcept(reply.folded, id, reply.language, reply.facts, options));
  return out;
}

function sentenceAt(reply: ReplyReading, offset: number): number {
  return (reply.folded.words.find((w) => w.end > offset) ?? reply.folded.words[reply.folded.words.length - 1])?.sentence ?? -1;
}

const COMPARABLE = new Set<Fact['kind']>(['money', 'time', 'time-range', 'weekday', 'relative-day', 'date', 'duration', 'percent', 'quantity']);
const DAY_KINDS = new Set<Fact['kind']>(['weekday', 'relative-day', 'date']);

/**
 * A stated fact of the same kind as an expected one, where nothing the reply states agrees with that
 * expected value: in the sentence where the item's words matched, or, when nothing matched, anywhere
 * as long as the situation does not hold that value either (a made-up day, price or time).
 */
interface ExpectedFact {
  text: string;
  values: readonly FactValue[];
}

/** Each phrase group's fact phrases (alternatives: one is enough), then each explicit fact on its own. */
type Expectation = readonly ExpectedFact[];

const expectedCache = new WeakMap<MatchableItem, { language: string; expectations: readonly Expectation[] }>();

function expectationsOf(item: MatchableItem, language: string): readonly Expectation[] {
  const cached = expectedCache.get(item);
  if (cached?.language === language) return cached.expectations;
  const read = (text: string) => ({ text, values: expectedFactsOf(text, language) });
  const known = (e: { text: string; values: readonly FactValue[] | null }): e is ExpectedFact => e.values !== null;
  const expectations = [...item.phrases.map((group) => group.map(read).filter(known)), ...(item.facts ?? []).map((f) => [read(f)].filter(known))].filter((e) => e.length > 0);
  expectedCache.set(item, { language, expectations });
  return expectations;
}

/**
 * A stated fact of the same kind as an expected one, where nothing the reply states agrees with that
 * expected value and no alternative is met: in the sentence where the item's words matched, or, when
 * nothing matched, anywhere as long as the situation does not hold that value either (a made-up day,
 * price or time). "Sunday 9am–7pm" where the situation says "Sunday 12–5pm".
 */
function findContradiction(reply: ReplyReading, item: MatchableItem, hitSentences: ReadonlySet<number> | null): ItemMatch['contradiction'] {
  if (reply.facts.length === 0) return undefined;
  for (const alternatives of expectationsOf(item, reply.language)) {
    if (alternatives.some((e) => findExpectedFacts(e.values, reply.facts))) continue;
    for (const e of alternatives) {
      // "Sunday … 9am–7pm" for "Sunday 12–5pm": where part of the fact is stated, the rest belongs there too.
      const partly = new Set(reply.facts.filter((f) => e.values.some((v) => factsAgree(v, f))).map((f) => sentenceAt(reply, f.start)));
      const near = partly.size > 0 ? partly : hitSentences;
      for (const value of e.values) {
        if (!COMPARABLE.has(value.kind) || reply.facts.some((f) => factsAgree(value, f))) continue;
        const inSituation = (f: Fact) => reply.situation.some((s) => factsAgree(f, s) || factsAgree(s, f));
        const wrong = reply.facts.find((f) => {
          // Another way of naming a day ("Thursday" for "tomorrow") is wrong only when the situation never names it.
          const sameKind = f.kind === value.kind;
          if (!sameKind && !(DAY_KINDS.has(f.kind) && DAY_KINDS.has(value.kind) && !inSituation(f))) return false;
          return near ? near.has(sentenceAt(reply, f.start)) : !inSituation(f);
        });
        if (wrong) return { expected: e.text, stated: reply.folded.original.slice(wrong.start, wrong.end) };
      }
    }
  }
  return undefined;
}

export function matchItem(reply: ReplyReading, item: MatchableItem, options: ItemMatchOptions = {}): ItemMatch {
  const parts: PhraseMatch[][] = [
    ...item.phrases.map((group) => withoutOverlaps(group.flatMap((p) => phraseMatches(reply, p, options)))),
    ...(item.concepts ?? []).map((id) => findConcept(reply.folded, id, reply.language, reply.facts, options)),
    ...(item.facts ?? []).map((text) => factMatches(reply, text) ?? []),
  ];
  const partsHit = parts.filter((m) => m.length > 0).length;
  const hit = item.require === 'all' ? parts.length > 0 && partsHit === parts.length : partsHit > 0;
  const matches = hit ? withoutOverlaps(parts.flat()) : [];
  if (!options.expandConcepts) return { hit, matches };
  const contradiction = findContradiction(reply, item, hit ? new Set(matches.map((m) => sentenceAt(reply, m.start))) : null);
  return contradiction ? { hit: false, matches: [], contradiction } : { hit, matches };
}
