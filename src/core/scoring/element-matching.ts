/**
 * Whether a reply does what one rubric element (or must-avoid item) asks. An element's parts are
 * its phrase groups, its concepts and its facts; "any" needs one part, "all" needs every part.
 * Inside a group any phrase will do, and a phrase is read three ways: as facts when it is only
 * facts ("RM164", "Sunday 12–5pm" match by value), as the concept it is a wording of, and as words.
 */
import type { PhraseMatch } from '../../shared/domain/scoring';
import { conceptsOfPhrase, findConcept } from './concepts/concepts';
import type { Fact } from './facts/fact-types';
import { findExpectedFacts } from './facts/facts-agree';
import { expectedFactsOf } from './facts/expected-facts';
import { findPhrase, withoutOverlaps, type MatchOptions } from './phrase-matching';
import type { FoldedText } from './text-folding';

export interface ReplyReading {
  folded: FoldedText;
  facts: readonly Fact[];
  language: string;
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
}

export interface ItemMatchOptions extends MatchOptions {
  /** Read owner phrases as the concepts they are wordings of (elements yes, must-avoid items no). */
  expandConcepts?: boolean;
}

function factMatches(reply: ReplyReading, text: string): PhraseMatch[] | null {
  const expected = expectedFactsOf(text, reply.language);
  if (!expected) return null;
  const found = findExpectedFacts(expected, reply.facts);
  return (found ?? []).map((f) => ({ phrase: text, text: reply.folded.original.slice(f.start, f.end), start: f.start, end: f.end }));
}

export function phraseMatches(reply: ReplyReading, phrase: string, options: ItemMatchOptions): PhraseMatch[] {
  const out = [...(factMatches(reply, phrase) ?? []), ...findPhrase(reply.folded, phrase, reply.language, options)];
  if (options.expandConcepts) for (const id of conceptsOfPhrase(phrase, reply.language)) out.push(...findConcept(reply.folded, id, reply.language, reply.facts, options));
  return out;
}

export function matchItem(reply: ReplyReading, item: MatchableItem, options: ItemMatchOptions = {}): ItemMatch {
  const parts: PhraseMatch[][] = [
    ...item.phrases.map((group) => withoutOverlaps(group.flatMap((p) => phraseMatches(reply, p, options)))),
    ...(item.concepts ?? []).map((id) => findConcept(reply.folded, id, reply.language, reply.facts, options)),
    ...(item.facts ?? []).map((text) => factMatches(reply, text) ?? []),
  ];
  const partsHit = parts.filter((m) => m.length > 0).length;
  const hit = item.require === 'all' ? parts.length > 0 && partsHit === parts.length : partsHit > 0;
  return { hit, matches: hit ? withoutOverlaps(parts.flat()) : [] };
}
