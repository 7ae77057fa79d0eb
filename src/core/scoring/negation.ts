/**
 * When a phrase occurrence is negated: a negator up to two real words before it within its clause
 * (politeness particles and small words not counted; "or" carries the negation on), a negator inside
 * the matched words the phrase itself does not have, and Thai negation right before the phrase.
 */
import { DETERMINERS, PARTICLES, THAI_AUXILIARIES, THAI_NEGATORS } from './chat-spellings';
import type { FoldedText } from './text-folding';

/** How far back (in words, within one clause, particles not counted) a negator still negates. */
const NEGATION_WINDOW = 2;

/** "No need to leave a review or tag us": a negation carries over "or" to what is coordinated with it. */
const COORDINATORS = new Set(['or', 'nor', 'atau', 'ataupun', 'hay', 'hoac', 'o', 'ni', 'หรือ']);

export function isNegatedAt(reply: FoldedText, at: number, negators: ReadonlySet<string>): boolean {
  let counted = 0;
  for (let index = at - 1; index >= 0 && counted < NEGATION_WINDOW; index--) {
    if (reply.words[index + 1].breakBefore) return false;
    const text = reply.words[index].text;
    if (negators.has(text)) return true;
    if (COORDINATORS.has(text)) counted = -NEGATION_WINDOW;
    else if (!PARTICLES.has(text) && !DETERMINERS.has(text)) counted++;
  }
  return false;
}

/**
 * Thai negation sits right before what it negates, an auxiliary at most between:
 * ไม่เปลี่ยน, ไม่สามารถเปลี่ยน, ไม่ต้องขอโทษ — but not ถ้าไม่พอดีเปลี่ยนได้ ("if it doesn't fit, exchange").
 */
export function isThaiNegatedAt(reply: FoldedText, normIndex: number): boolean {
  let before = reply.norm.slice(Math.max(0, normIndex - 30), normIndex).replace(/\s+$/, '');
  for (let guard = 0; guard < 3; guard++) {
    const aux = THAI_AUXILIARIES.find((a) => before.endsWith(a));
    if (!aux) break;
    before = before.slice(0, -aux.length);
  }
  return THAI_NEGATORS.some((n) => before.endsWith(n));
}

/** A negator the phrase does not have stands among the matched words: "we can't cover the shipping". */
export function negatedInside(reply: FoldedText, from: number, to: number, phraseKeys: ReadonlySet<string>, negators: ReadonlySet<string>): boolean {
  for (let i = from + 1; i < to; i++) {
    const word = reply.words[i];
    if (negators.has(word.text) && !phraseKeys.has(word.text)) return true;
  }
  return false;
}
