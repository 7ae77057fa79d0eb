/**
 * Which importer a file needs, from its first bytes and name. The user can override the guess.
 */
import { looksLikeCsv } from './csv-importer';
import { looksLikeLine } from './line-importer';
import { looksLikeWhatsApp } from './whatsapp-importer';

export type DetectedKind = 'whatsapp' | 'messenger' | 'instagram' | 'telegram' | 'line' | 'csv';

/** Guesses from decoded text; null when nothing matches. */
export function detectTextFormat(text: string, fileName: string): DetectedKind | null {
  const head = text.slice(0, 8192).replace(/^\ufeff/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{') || /^\[\s*[{\]]/.test(trimmed)) {
    if (/"sender_name"\s*:|"participants"\s*:/.test(head)) {
      if (/instagram/i.test(fileName) || head.includes('your_instagram_activity') || head.includes('is_geoblocked_for_viewer')) return 'instagram';
      return 'messenger';
    }
    if (/"date_unixtime"\s*:|"from_id"\s*:|"chats"\s*:|"personal_chat"/.test(head)) return 'telegram';
    return /"participants"|"sender_name"/.test(text) ? 'messenger' : null;
  }
  if (looksLikeLine(head)) return 'line';
  if (looksLikeWhatsApp(head)) return 'whatsapp';
  if (looksLikeCsv(head, fileName)) return 'csv';
  return null;
}
