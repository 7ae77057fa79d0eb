/**
 * Folds a reply (or a rubric phrase) into comparable words while remembering where every folded
 * character came from, so a match can be highlighted in the text exactly as it was typed.
 *
 * Folding: NFKC, lower case, Latin diacritics removed ("Xin lỗi" -> "xin loi", "đ" -> "d"), curly
 * apostrophes straightened, then chat spellings folded word by word ("pls" -> "please"). Only the
 * Latin combining-mark blocks are stripped: Thai vowel and tone marks carry meaning and stay.
 */
import { SEQUENCE_FOLDS, languageGroupOf, wordFoldsFor, type LanguageGroup } from './chat-spellings';
import { reportedSpeechSpans } from './reported-speech';
import { wordKeys } from './stems/word-keys';

export interface FoldedWord {
  text: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** A clause break (punctuation or a new line) separates this word from the previous one. */
  breakBefore: boolean;
  /** The word's forms' roots in the reply's language (see stems/word-keys); includes `text`. */
  keys: readonly string[];
  /** Index into FoldedText.sentences. */
  sentence: number;
  /** Inside a quotation of what someone else said or wrote. */
  reported: boolean;
}

export interface SentenceInfo {
  /** Asks something: ends with a question mark (not a tag such as "ok?", "ya?"), or a Thai question particle. */
  question: boolean;
  /** Carries an eye-roll or a smirk: its kind words are not meant. */
  sarcastic: boolean;
  /** Hedged ("maybe", "mungkin", "siguro", "chắc"): it promises or states nothing. */
  hedged: boolean;
}

/** Folded hedge words; two-word ones are written with a space. */
const HEDGES = new Set([
  'maybe', 'perhaps', 'probably', 'possibly', 'mungkin', 'rasanya', 'kot', 'kut', 'agaknya', 'barangkali', 'kayaknya', 'sepertinya',
  'siguro', 'yata', 'baka', 'co le', 'hinh nhu', 'อาจจะ', 'มั้ง', 'คงจะ',
]);

export interface FoldedText {
  original: string;
  group: LanguageGroup;
  /** Case- and diacritic-folded text (no chat-spelling folds): used for Thai substring matching. */
  norm: string;
  /** Original offsets of each character of `norm`. */
  normStart: number[];
  normEnd: number[];
  words: FoldedWord[];
  sentences: SentenceInfo[];
}

const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.!?;,:\n()\u3002\uff01\uff1f]/;
const SENTENCE_BREAK = /[.!?\n\u3002\uff01\uff1f]/;
const EMOJI = /\p{Extended_Pictographic}/u;
const SARCASM = /\u{1F644}|\u{1F612}|\u{1F643}|\u{1F60F}|\u{1F611}/u;
const THAI = /[\u0e00-\u0e7f]/;
/** Thai ends a question with a particle, often with no question mark. */
const THAI_QUESTION_END = /(ไหม|มั้ย|ไม๊|หรือเปล่า|รึเปล่า|หรือไม่|หรือยัง|เหรอ)(คะ|ครับ|ค่ะ|คับ|จ๊ะ|จ้า|นะ)*$/;
/**
 * A tag after a comma turns a statement into a check, not a question: "We'll refund RM20, ok?",
 * "Kami kirim besok, ya?", "Giao thứ Năm, nha?". The statement still stands.
 */
const TAG_WORDS = new Set(['ok', 'okay', 'right', 'yeah', 'ya', 'yah', 'yaa', 'ha', 'noh', 'kan', 'nhe', 'nha', 'nhi', 'alright', 'deal']);

const codePointCache = new Map<string, string>();

function foldCodePoint(cp: string): string {
  const cached = codePointCache.get(cp);
  if (cached !== undefined) return cached;
  const folded = cp
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .normalize('NFC');
  if (codePointCache.size < 5000) codePointCache.set(cp, folded);
  return folded;
}

export function containsThai(text: string): boolean {
  return THAI.test(text);
}

function foldCharacters(original: string): Pick<FoldedText, 'norm' | 'normStart' | 'normEnd'> {
  let norm = '';
  const normStart: number[] = [];
  const normEnd: number[] = [];
  let index = 0;
  for (const cp of original) {
    const folded = foldCodePoint(cp);
    // A dropped combining mark belongs to the letter before it, so highlights cover it too.
    if (folded === '' && normEnd.length > 0 && normEnd[normEnd.length - 1] === index) normEnd[normEnd.length - 1] = index + cp.length;
    for (let k = 0; k < folded.length; k++) {
      normStart.push(index);
      normEnd.push(index + cp.length);
    }
    norm += folded;
    index += cp.length;
  }
  return { norm, normStart, normEnd };
}

type RawWord = Omit<FoldedWord, 'keys' | 'reported'>;

function splitWords(original: string, norm: string, normStart: number[], normEnd: number[]): { words: RawWord[]; sentences: SentenceInfo[] } {
  const words: RawWord[] = [];
  const sentences: SentenceInfo[] = [{ question: false, sarcastic: false, hedged: false }];
  let previousEnd = 0;
  let sentence = 0;
  let sentenceWords = 0;
  const closeSentence = (gap: string, gapOriginal: string): void => {
    const last = words[words.length - 1];
    const asked = gap.includes('?') || gap.includes('\uff1f');
    const tagged = last !== undefined && TAG_WORDS.has(last.text) && last.breakBefore && sentenceWords > 1;
    if ((asked && !tagged) || (last !== undefined && THAI_QUESTION_END.test(last.text))) sentences[sentence].question = true;
    if (SARCASM.test(gapOriginal)) sentences[sentence].sarcastic = true;
  };
  for (const m of norm.matchAll(WORD)) {
    const from = m.index;
    const to = from + m[0].length;
    const gap = norm.slice(previousEnd, from);
    let newSentence = false;
    if (words.length > 0) {
      const gapOriginal = original.slice(normEnd[previousEnd - 1] ?? 0, normStart[from]);
      closeSentence(gap, gapOriginal);
      // Thai marks the end of a sentence with a space, not a full stop.
      const thaiSpace = gap.trim() === '' && THAI.test(norm[previousEnd - 1]) && THAI.test(norm[from]);
      // Chat writers end a sentence with an emoji as often as with a full stop ("Glad it fits 😄 Could
      // you …"); an eye-roll is left inside, as its sarcasm colours what follows it too.
      const emojiEnd = EMOJI.test(gapOriginal) && !SARCASM.test(gapOriginal) && /\p{Lu}/u.test(original[normStart[from]] ?? '');
      newSentence = SENTENCE_BREAK.test(gap) || thaiSpace || emojiEnd;
      if (newSentence) {
        sentenceWords = 0;
        sentence++;
        sentences.push({ question: false, sarcastic: false, hedged: false });
      }
    }
    words.push({ text: m[0], start: normStart[from], end: normEnd[to - 1], breakBefore: newSentence || (words.length > 0 && CLAUSE_BREAK.test(gap)), sentence });
    sentenceWords++;
    previousEnd = to;
  }
  if (words.length > 0) closeSentence(norm.slice(previousEnd), original.slice(normEnd[previousEnd - 1] ?? 0));
  return { words, sentences };
}

function applyWordFolds(words: RawWord[], group: LanguageGroup): RawWord[] {
  const folds = wordFoldsFor(group);
  const out: RawWord[] = [];
  for (const word of words) {
    const replacement = Object.hasOwn(folds, word.text) ? folds[word.text] : undefined;
    if (!replacement) {
      out.push(word);
      continue;
    }
    replacement.forEach((text, i) => out.push({ ...word, text, breakBefore: i === 0 ? word.breakBefore : false }));
  }
  return out;
}

function applySequenceFolds(words: RawWord[]): RawWord[] {
  const out: RawWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const fold = SEQUENCE_FOLDS.find(
      (f) => f.from.every((t, k) => words[i + k]?.text === t && (k === 0 || !words[i + k].breakBefore)),
    );
    if (!fold) {
      out.push(words[i]);
      continue;
    }
    const last = words[i + fold.from.length - 1];
    out.push({ text: fold.to, start: words[i].start, end: last.end, breakBefore: words[i].breakBefore, sentence: words[i].sentence });
    i += fold.from.length - 1;
  }
  return out;
}

export function foldText(original: string, language: string): FoldedText {
  const group = languageGroupOf(language);
  const chars = foldCharacters(original);
  const split = splitWords(original, chars.norm, chars.normStart, chars.normEnd);
  const reported = original.includes('"') || original.includes("'") || /[\u201c\u2018\u00ab\u300c\u201e]/.test(original) ? reportedSpeechSpans(original) : [];
  // The raw words are this call's own objects: completing them in place saves a copy per word.
  const words = applySequenceFolds(applyWordFolds(split.words, group)) as FoldedWord[];
  for (const w of words) {
    w.keys = wordKeys(w.text, group);
    w.reported = reported.length > 0 && reported.some((r) => w.start >= r.start && w.end <= r.end);
  }
  words.forEach((w, i) => {
    const pair = i + 1 < words.length ? `${w.text} ${words[i + 1].text}` : '';
    if (HEDGES.has(w.text) || HEDGES.has(pair) || (w.text.length > 2 && /[\u0e00-\u0e7f]/.test(w.text) && [...HEDGES].some((h) => w.text.includes(h)))) split.sentences[w.sentence].hedged = true;
  });
  return { original, group, ...chars, words, sentences: split.sentences };
}

/**
 * The folded words of a rubric or data-file phrase, without the position bookkeeping a reply needs:
 * the same folds as foldText, at a fraction of the cost (thousands of concept phrases are compiled).
 */
export function foldPhraseWords(text: string, language: string): string[] {
  const group = languageGroupOf(language);
  const norm = text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_MARKS, '').replace(/đ/g, 'd').replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").normalize('NFC');
  const words: RawWord[] = [...norm.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, breakBefore: false, sentence: 0 }));
  return applySequenceFolds(applyWordFolds(words, group)).map((w) => w.text);
}

/** A phrase folded for substring matching (Thai): case and diacritics only, spaces removed. */
export function foldPhraseSubstring(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_MARKS, '').replace(/đ/g, 'd').normalize('NFC').replace(/\s+/g, '');
}
