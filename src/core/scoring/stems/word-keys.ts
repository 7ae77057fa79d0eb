/**
 * The keys a folded word is compared by: its forms' common root(s) in the reply's language, so
 * "delivered" meets "delivery", "dikirim" meets "pengiriman" and "binayaran" meets "bayad".
 * English keys apply in every language, because shop chats mix English in.
 */
import type { LanguageGroup } from '../chat-spellings';
import { englishStem } from './english-stem';
import { malayIndonesianRoots } from './malay-indonesian-stems';
import { tagalogRoots } from './tagalog-stems';

const cache = new Map<string, readonly string[]>();
const LATIN_WORD = /^[a-z]+$/;

function computeKeys(word: string, group: LanguageGroup): readonly string[] {
  // "DM'd", "courier's": the word before the apostrophe is the one a phrase names ("can't" is not "can").
  const owned = /^([a-z]{2,})'(s|d)$/.exec(word);
  if (owned) return [...new Set([word, ...computeKeys(owned[1], group)])];
  if (!LATIN_WORD.test(word) || word.length < 3) return [word];
  const keys = new Set<string>([word, englishStem(word)]);
  if (group === 'id-ms') for (const k of malayIndonesianRoots(word)) keys.add(k);
  else if (group === 'tl') for (const k of tagalogRoots(word)) keys.add(k);
  return [...keys];
}

export function wordKeys(word: string, group: LanguageGroup): readonly string[] {
  const cacheKey = `${group}:${word}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const keys = computeKeys(word, group);
  if (cache.size > 50_000) cache.clear();
  cache.set(cacheKey, keys);
  return keys;
}
