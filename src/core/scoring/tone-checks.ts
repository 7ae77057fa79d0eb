/**
 * The tone checks a rubric can switch on: an apology when something went wrong, the customer's
 * name, no shouting in capitals, no stacks of "!!!". The first two are things to do (they add to
 * the maximum); the last two are things not to do (they take points off, and count against their
 * standard in the per-standard results).
 *
 * An apology counts when it is the shop's own and meant: not negated ("no need to apologise",
 * "tidak perlu minta maaf"), not quoted from someone else, not "Sorry?" for "pardon?", not said
 * with an eye-roll, and not the non-apology "sorry you feel that way".
 */
import type { ToneChecks } from '../../shared/domain/scenario';
import type { PhraseMatch, ToneFinding } from '../../shared/domain/scoring';
import { languageGroupOf } from './chat-spellings';
import { meantApologies } from './concepts/apology-sense';
import { conceptPhrases, findConcept } from './concepts/concepts';
import { findCustomerName } from './customer-name';
import { findGroup } from './phrase-matching';
import { findExclamationStacks, findShouting } from './shouting';
import type { FoldedText } from './text-folding';

export { findExclamationStacks, findShouting } from './shouting';

/** Used when the concept file is missing a language: the core apology words. */
export const APOLOGY_PHRASES: readonly string[] = ['sorry', 'apolog*', 'my bad', 'maaf', 'xin loi', 'pasensya', 'paumanhin', 'ขอโทษ', 'ขออภัย'];

export function findApologies(reply: FoldedText, language: string): PhraseMatch[] {
  if (conceptPhrases('apology', languageGroupOf(language)).length > 0) return findConcept(reply, 'apology', language, [], { sincereOnly: true });
  return meantApologies(reply, findGroup(reply, APOLOGY_PHRASES, language, { sincereOnly: true }));
}

export interface ToneContext {
  customerName?: string;
  language: string;
  /** Capitalised words the scenario itself uses (codes, names): not shouting. */
  knownCodes?: readonly string[];
}

export function checkTone(reply: FoldedText, tone: ToneChecks, context: ToneContext): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const base = { standardId: tone.standardId };
  const doCheck = (check: 'apology' | 'customer-name', matches: PhraseMatch[]): ToneFinding => {
    const ok = matches.length > 0;
    return { ...base, check, ok, status: ok ? 'ok' : 'failed', earned: ok ? tone.weight : 0, max: tone.weight, matches };
  };
  const dontCheck = (check: 'shouting' | 'exclamation-stack', matches: PhraseMatch[]): ToneFinding => {
    const ok = matches.length === 0;
    return { ...base, check, ok, status: ok ? 'ok' : 'failed', earned: ok ? 0 : -tone.weight, max: 0, matches };
  };
  if (tone.apologyRequired) findings.push(doCheck('apology', findApologies(reply, context.language)));
  if (tone.useCustomerName) {
    if (!context.customerName?.trim()) findings.push({ ...base, check: 'customer-name', ok: true, status: 'na', earned: 0, max: 0, matches: [] });
    else findings.push(doCheck('customer-name', findCustomerName(reply, context.customerName, context.language)));
  }
  if (tone.noShouting) findings.push(dontCheck('shouting', findShouting(reply.original, context.knownCodes)));
  if (tone.noExclamationStacks) findings.push(dontCheck('exclamation-stack', findExclamationStacks(reply.original)));
  return findings;
}
