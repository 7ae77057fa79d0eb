/**
 * Shop-vocabulary synonyms (synonyms.yaml): "driver" for "rider", "depot" for "hub", "charge" for
 * "fee". English sets apply in every language; Malay and Indonesian share theirs.
 */
import type { LanguageGroup } from '../chat-spellings';
import { SYNONYM_FILE } from './concept-data.generated';
import { languagesOfGroup } from './concept-languages';
import { foldWords } from './fold-words';

type SetsByWords = Map<string, string[][]>;
const byGroup = new Map<LanguageGroup, SetsByWords>();

function setsFor(group: LanguageGroup): SetsByWords {
  const cached = byGroup.get(group);
  if (cached) return cached;
  const sets: SetsByWords = new Map();
  for (const language of languagesOfGroup(group)) {
    for (const members of SYNONYM_FILE[language] ?? []) {
      const folded = members.map((m) => foldWords(m, group)).filter((m) => m.length > 0);
      for (const member of folded) {
        const key = member.join(' ');
        sets.set(key, [...(sets.get(key) ?? []), ...folded.filter((m) => m.join(' ') !== key)]);
      }
    }
  }
  byGroup.set(group, sets);
  return sets;
}

/** The other ways of writing these folded words, each as folded words. */
export function synonymsOf(words: readonly string[], group: LanguageGroup): string[][] {
  return setsFor(group).get(words.join(' ')) ?? [];
}
