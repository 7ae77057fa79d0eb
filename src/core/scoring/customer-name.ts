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

const WORD_USE_NEXT = new Set(['i', 'we', 'you', 'your', 'u', 'he', 'she', 'they', 'it', 'our', 'my', 'the', 'a', 'this', 'be', 'not']);

/** Words said after a name to call someone: "Joy po,", "Linh ơi", "Mai nhé". */
const VOCATIVES = new Set(['po', 'ho', 'oi', 'a', 'nhe', 'nha', 'ya', 'yah', 'ha', 'ah', 'la', 'lah', 'dear', 'sis']);

/** "this is Hana from the shop": the staff member naming themselves, not addressing the customer. */
const SELF_INTRODUCTIONS = [['this', 'is'], ['i', 'am'], ["i'm"], ['my', 'name', 'is'], ['saya'], ['aku'], ['ako', 'si'], ['em', 'la'], ['minh', 'la'], ['ini']];

function isSelfIntroduction(reply: FoldedText, at: number): boolean {
  return SELF_INTRODUCTIONS.some((intro) => intro.every((w, k) => reply.words[at - intro.length + k]?.text === w));
}

function setOffAfter(reply: FoldedText, last: number): boolean {
  let index = last;
  while (reply.words[index + 1] && !reply.words[index + 1].breakBefore && VOCATIVES.has(reply.words[index + 1].text)) index++;
  if (index > last && reply.words[index + 1]?.sentence !== reply.words[last].sentence) return true;
  const after = reply.original.slice(reply.words[index].end).trimStart();
  return index > last || /^[,!]/.test(after) || after === '' || /^[\p{Emoji_Presentation}]/u.test(after);
}

function readsAsName(reply: FoldedText, at: number, length: number): boolean {
  const first = reply.words[at];
  const typed = reply.original.slice(first.start, first.end);
  const before = at > 0 && !first.breakBefore ? reply.words[at - 1].text : undefined;
  if (before && HONORIFICS.has(before)) return true;
  const setOff = setOffAfter(reply, at + length - 1);
  const startsSentence = at === 0 || reply.words[at - 1].sentence !== first.sentence;
  // "May I …", "Will you …", "Mark your calendar": a capital at a sentence's start is the word, not the name.
  const next = reply.words[at + length];
  const wordUse = next !== undefined && !next.breakBefore && WORD_USE_NEXT.has(next.text);
  if (/^\p{Lu}/u.test(typed)) return !startsSentence || setOff || !wordUse;
  return setOff && (at === 0 || first.breakBefore);
}

export function findCustomerName(reply: FoldedText, name: string, language: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const form of addressForms(name, language)) {
    const ordinary = form.length === 1 && ORDINARY_WORDS.has(form[0]);
    for (let i = 0; i + form.length <= reply.words.length; i++) {
      if (!form.every((w, k) => reply.words[i + k].text === w) || reply.words[i].reported || isSelfIntroduction(reply, i)) continue;
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
  return found.length > 0 || !/[\u0e00-\u0e7f]/.test(reply.original) || /[\u0e00-\u0e7f]/.test(name) ? found : thaiNameAfterTitle(reply, name);
}

const THAI_TITLES = ['คุณ', 'น้อง', 'พี่'];
const THAI_PARTICLES = ['ค่ะ', 'คะ', 'ครับ', 'จ้ะ', 'จ้า', 'นะ'];
const NOT_NAMES = new Set(['ลูกค้า', 'ค่ะ', 'คะ', 'ครับ', 'นะ', 'ทุก', 'ทุกคน', 'ผู้', 'ที่']);
const thaiSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Thai consonants by the Latin letter a name's romanisation uses (ห, อ, ย, ว carry vowels and are left out). */
const THAI_CONSONANTS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ k: 'กขคฆ', g: 'ง', c: 'จฉชฌ', s: 'ซศษส', d: 'ดฎ', t: 'ตทถธฏฐฑฒ', n: 'นณ', b: 'บ', p: 'ปผพภ', f: 'ฝฟ', m: 'ม', r: 'ร', l: 'ลฬ', y: 'ญ' }).flatMap(([latin, thai]) => [...thai].map((c) => [c, latin])),
);

function latinSkeleton(name: string): string {
  return name.toLowerCase().replace(/ph/g, 'p').replace(/th/g, 't').replace(/kh/g, 'k').replace(/ch|j/g, 'c').replace(/ng/g, 'g').replace(/[^bcdfgklmnprst]/g, '');
}

function thaiSkeleton(word: string): string {
  return [...word].map((c) => THAI_CONSONANTS[c] ?? '').join('');
}

/**
 * A persona named in Latin letters ("Ploy") is written in Thai script in a Thai reply ("คุณพลอย",
 * "ค่ะพลอย"): a Thai word after คุณ / น้อง / พี่ counts, and so does one whose consonants are the
 * name's when it stands as a name (after or before ค่ะ/คะ/ครับ, or set off by a space) — not
 * "พลอย…" inside a sentence, where it is the word "along with".
 */
function thaiNameAfterTitle(reply: FoldedText, name: string): PhraseMatch[] {
  const skeleton = latinSkeleton(name.split(/\s+/)[0] ?? '');
  const segments = [...thaiSegmenter.segment(reply.original)].filter((s) => s.isWordLike);
  const found: PhraseMatch[] = [];
  segments.forEach((s, i) => {
    const next = segments[i + 1];
    const prev = segments[i - 1];
    const end = s.index + s.segment.length;
    const glued = (a: { index: number; segment: string } | undefined, b: { index: number }) => a !== undefined && a.index + a.segment.length === b.index;
    if (THAI_TITLES.includes(s.segment) && next && glued(s, next) && !NOT_NAMES.has(next.segment) && /[\u0e00-\u0e7f]/.test(next.segment)) {
      found.push({ phrase: 'name', text: reply.original.slice(s.index, next.index + next.segment.length), start: s.index, end: next.index + next.segment.length });
      return;
    }
    if (skeleton.length < 2 || thaiSkeleton(s.segment) !== skeleton) return;
    const afterParticle = prev !== undefined && THAI_PARTICLES.includes(prev.segment) && glued(prev, s);
    const beforeParticle = next !== undefined && THAI_PARTICLES.includes(next.segment);
    const setOff = next === undefined || !glued(s, next);
    if (afterParticle || beforeParticle || setOff) found.push({ phrase: 'name', text: s.segment, start: s.index, end });
  });
  return found;
}
