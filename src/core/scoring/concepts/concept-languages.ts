/** Which data-file languages a scoring language group reads: its own, and English (chats mix it in). */
import type { LanguageGroup } from '../chat-spellings';
import type { ConceptLanguage } from './concept-file';

const GROUP_LANGUAGES: Record<LanguageGroup, readonly ConceptLanguage[]> = {
  en: ['en'],
  'id-ms': ['en', 'ms', 'id'],
  vi: ['en', 'vi'],
  tl: ['en', 'tl'],
  th: ['en', 'th'],
};

export function languagesOfGroup(group: LanguageGroup): readonly ConceptLanguage[] {
  return GROUP_LANGUAGES[group];
}
