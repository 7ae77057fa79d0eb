/**
 * Finds the customer's name used to address them: the given name (the last word of a Vietnamese
 * name, the first elsewhere) or the full name, as a whole word, case and diacritics tolerated
 * ("chi Thao" for Thảo), or the family name after a title ("Ms Okafor"). A name that is also an
 * ordinary word (May, Mark, Indah, Mai) counts only when it reads as a name: capitalised away from
 * the start of a sentence, after a title or greeting, or set off by a comma.
 */
import type { PhraseMatch } from '../../shared/domain/scoring';
import { HONORIFICS } from './facts/fact-words';
import { foldText, type FoldedText } from './text-folding';

/** Given names that are also everyday words in the languages the app trains in. */
const ORDINARY_WORDS = new Set([
  'may', 'mark', 'will', 'grace', 'joy', 'hope', 'faith', 'rose', 'lily', 'ruby', 'summer', 'sunny', 'honey', 'jade', 'amber', 'pearl',
  'april', 'june', 'bill', 'sue', 'pat', 'precious', 'blessing', 'favour', 'favor', 'gift', 'goodness', 'happy', 'lucky', 'sandy', 'dawn',
  'indah', 'sari', 'putri', 'bunga', 'intan', 'ayu', 'cahaya', 'mawar', 'melati', 'suci', 'murni', 'nur', 'bayu', 'budi', 'wangi', 'manis',
  'mai', 'an', 'hoa', 'lan', 'thu', 'xuan', 'hong', 'nam', 'binh', 'ngoc', 'tam', 'hai', 'trang', 'vy', 'linh', 'ha', 'thao', 'hue', 'hanh',
  'ligaya', 'ganda', 'tala', 'mahal', 'luz', 'sol', 'joy', 'cherry',
]);

function addressForms(name: string, language: string): string[][] {
  const parts = name.split(/\s+/).map((p) => p.replace(/[^\p{L}\p{M}\p{N}'-]/gu, '')).filter((p) => p.length >= 2);
  if (parts.length === 0) return [];
  const given = language.toLowerCase().startsWith('vi') ? parts[parts.length - 1] : parts[0];
  const forms = [parts.join(' '), given].map((p) => foldText(p, language).words.map((w) => w.text));
  if (language.toLowerCase().startsWith('vi') && parts.length >= 3) forms.push(foldText(parts.slice(-2).join(' '), language).words.map((w) => w.text));
  return forms.filter((f, i, all) => f.length > 0 && all.findIndex((g) => g.join(' ') === f.join(' ')) === i);
}

function readsAsName(reply: FoldedText, at: number, length: number): boolean {
  const first = reply.words[at];
  const typed = reply.original.slice(first.start, first.end);
  const before = at > 0 && !first.breakBefore ? reply.words[at - 1].text : undefined;
  if (before && HONORIFICS.has(before)) return true;
  const after = reply.original.slice(reply.words[at + length - 1].end).trimStart();
  const setOff = /^[,!]/.test(after) || after === '' || /^[\p{Emoji_Presentation}]/u.test(after);
  const startsSentence = at === 0 || reply.words[at - 1].sentence !== first.sentence;
  if (/^\p{Lu}/u.test(typed)) return !startsSentence || setOff;
  return setOff && (at === 0 || first.breakBefore);
}

export function findCustomerName(reply: FoldedText, name: string, language: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const form of addressForms(name, language)) {
    const ordinary = form.length === 1 && ORDINARY_WORDS.has(form[0]);
    for (let i = 0; i + form.length <= reply.words.length; i++) {
      if (!form.every((w, k) => reply.words[i + k].text === w) || reply.words[i].reported) continue;
      if (ordinary && !readsAsName(reply, i, form.length)) continue;
      const last = reply.words[i + form.length - 1];
      found.push({ phrase: name, text: reply.original.slice(reply.words[i].start, last.end), start: reply.words[i].start, end: last.end });
    }
  }
  // The family name alone counts after a title: "Ms Okafor", "Pak Hartono".
  const words = name.split(/\s+/);
  if (words.length >= 2) {
    const family = foldText(words[words.length - 1], language).words[0]?.text;
    for (let i = 1; i < reply.words.length; i++) {
      if (reply.words[i].text === family && HONORIFICS.has(reply.words[i - 1].text) && !reply.words[i].reported)
        found.push({ phrase: name, text: reply.original.slice(reply.words[i].start, reply.words[i].end), start: reply.words[i].start, end: reply.words[i].end });
    }
  }
  return found;
}
