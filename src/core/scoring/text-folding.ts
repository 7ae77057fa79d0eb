/**
 * Folds a reply (or a rubric phrase) into comparable words while remembering where every folded
 * character came from, so a match can be highlighted in the text exactly as it was typed.
 *
 * Folding: NFKC, lower case, Latin diacritics removed ("Xin lỗi" -> "xin loi", "đ" -> "d"), curly
 * apostrophes straightened, then chat spellings folded word by word ("pls" -> "please"). Only the
 * Latin combining-mark blocks are stripped: Thai vowel and tone marks carry meaning and stay.
 */
import { SEQUENCE_FOLDS, languageGroupOf, wordFoldsFor, type LanguageGroup } from './chat-spellings';

export interface FoldedWord {
  text: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** A clause break (punctuation or a new line) separates this word from the previous one. */
  breakBefore: boolean;
}

export interface FoldedText {
  original: string;
  group: LanguageGroup;
  /** Case- and diacritic-folded text (no chat-spelling folds): used for Thai substring matching. */
  norm: string;
  /** Original offsets of each character of `norm`. */
  normStart: number[];
  normEnd: number[];
  words: FoldedWord[];
}

const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const CLAUSE_BREAK = /[.!?;,:\n()\u3002\uff01\uff1f]/;
const THAI = /[\u0e00-\u0e7f]/;

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

function splitWords(norm: string, normStart: number[], normEnd: number[]): FoldedWord[] {
  const words: FoldedWord[] = [];
  let previousEnd = 0;
  for (const m of norm.matchAll(WORD)) {
    const from = m.index;
    const to = from + m[0].length;
    words.push({
      text: m[0],
      start: normStart[from],
      end: normEnd[to - 1],
      breakBefore: words.length > 0 && CLAUSE_BREAK.test(norm.slice(previousEnd, from)),
    });
    previousEnd = to;
  }
  return words;
}

function applyWordFolds(words: FoldedWord[], group: LanguageGroup): FoldedWord[] {
  const folds = wordFoldsFor(group);
  const out: FoldedWord[] = [];
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

function applySequenceFolds(words: FoldedWord[]): FoldedWord[] {
  const out: FoldedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const fold = SEQUENCE_FOLDS.find(
      (f) => f.from.every((t, k) => words[i + k]?.text === t && (k === 0 || !words[i + k].breakBefore)),
    );
    if (!fold) {
      out.push(words[i]);
      continue;
    }
    const last = words[i + fold.from.length - 1];
    out.push({ text: fold.to, start: words[i].start, end: last.end, breakBefore: words[i].breakBefore });
    i += fold.from.length - 1;
  }
  return out;
}

export function foldText(original: string, language: string): FoldedText {
  const group = languageGroupOf(language);
  const chars = foldCharacters(original);
  const words = applySequenceFolds(applyWordFolds(splitWords(chars.norm, chars.normStart, chars.normEnd), group));
  return { original, group, ...chars, words };
}
