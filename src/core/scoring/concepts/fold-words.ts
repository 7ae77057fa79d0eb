/** A data file's phrase as the folded words a reply is compared by. */
import type { LanguageGroup } from '../chat-spellings';
import { foldPhraseWords } from '../text-folding';

const GROUP_TAG: Record<LanguageGroup, string> = { en: 'en', 'id-ms': 'id', vi: 'vi', tl: 'tl', th: 'th' };

export function foldWords(text: string, group: LanguageGroup): string[] {
  return foldPhraseWords(text, GROUP_TAG[group]);
}
