/**
 * The facts a rubric phrase asks for, when the phrase is nothing but facts ("RM164", "Sunday
 * 12–5pm", "7 days"); null for an ordinary phrase ("our own rider"). Cached per phrase.
 */
import { foldText } from '../text-folding';
import type { FactValue } from './fact-types';
import { readFacts } from './read-facts';

const cache = new Map<string, readonly FactValue[] | null>();

export function expectedFactsOf(phrase: string, language: string): readonly FactValue[] | null {
  const key = `${language}\u0000${phrase}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const { facts, otherWords } = readFacts(foldText(phrase, language));
  const meaningful = facts.filter((f) => f.kind !== 'number' || facts.length === 1);
  const value = otherWords === 0 && meaningful.length > 0 ? meaningful.map(({ start: _s, end: _e, ...f }) => f as FactValue) : null;
  if (cache.size > 20000) cache.clear();
  cache.set(key, value);
  return value;
}
