/**
 * Apology words that are not an apology: "Sorry?" for "pardon?", Thai "ขอโทษนะคะ" for "excuse me"
 * before a question, and the non-apology "sorry you
 * feel that way". (Negated, quoted and eye-rolled ones are left out by the phrase matcher.)
 */
import type { PhraseMatch } from '../../../shared/domain/scoring';
import { findPhrase } from '../phrase-matching';
import { containsThai, type FoldedText } from '../text-folding';

const NON_APOLOGIES = ['sorry you feel', 'sorry if you feel', 'sorry that you feel', 'sorry you think', 'sorry if you think', 'sorry but that is'];

function isPardon(reply: FoldedText, match: PhraseMatch): boolean {
  const word = reply.words.find((w) => w.start >= match.start);
  if (!word) return false;
  const sentence = reply.words.filter((w) => w.sentence === word.sentence);
  if (sentence.length > 3) return false;
  if (reply.sentences[word.sentence]?.question) return true;
  // Thai "ขอโทษนะคะ" before a question is "excuse me": the question is its own sentence there.
  return containsThai(word.text) && reply.sentences[word.sentence + 1]?.question === true;
}

export function meantApologies(reply: FoldedText, matches: readonly PhraseMatch[]): PhraseMatch[] {
  if (matches.length === 0) return [];
  const hollow = NON_APOLOGIES.flatMap((p) => findPhrase(reply, p, 'en'));
  return matches.filter((m) => !isPardon(reply, m) && !hollow.some((h) => h.start <= m.start && m.start < h.end));
}
