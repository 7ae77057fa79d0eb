/**
 * The tone checks a rubric can switch on: an apology when something went wrong, the customer's
 * name, no shouting in capitals, no stacks of "!!!". The first two are things to do (they add to
 * the maximum); the last two are things not to do (they only take points off).
 */
import type { ToneChecks } from '../../shared/domain/scenario';
import type { PhraseMatch, ToneFinding } from '../../shared/domain/scoring';
import { findGroup } from './phrase-matching';
import type { FoldedText } from './text-folding';

/** Apologies in the languages the app trains in; negated ones ("not sorry", "tidak perlu minta maaf") don't count. */
export const APOLOGY_PHRASES: readonly string[] = [
  'sorry',
  'apolog*',
  'my bad',
  'maaf',
  'xin loi',
  'pasensya',
  'paumanhin',
  'ขอโทษ',
  'ขออภัย',
];

const SHOUT_WORD = /[\p{L}\p{N}]+/gu;
const EXCLAMATION_STACK = /[!！]{2,}|[!?！？]{3,}/g;

function wordIsShouted(word: string): 'shouted' | 'neutral' | 'calm' {
  const letters = word.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return 'neutral';
  const cased = letters.filter((c) => c.toUpperCase() !== c.toLowerCase());
  if (cased.length < 2) return 'neutral';
  return cased.every((c) => c === c.toUpperCase()) ? 'shouted' : 'calm';
}

/**
 * Runs of capitalised words: three or more, or two with ten letters or more ("PLEASE READ").
 * Short codes ("COD", "J&T", "RM164") stay below that on purpose.
 */
export function findShouting(reply: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let run: Array<{ start: number; end: number; letters: number }> = [];
  const flush = (): void => {
    const letters = run.reduce((n, r) => n + r.letters, 0);
    if (run.length >= 3 || (run.length === 2 && letters >= 10)) {
      const start = run[0].start;
      const end = run[run.length - 1].end;
      found.push({ phrase: 'capitals', text: reply.slice(start, end), start, end });
    }
    run = [];
  };
  for (const m of reply.matchAll(SHOUT_WORD)) {
    const kind = wordIsShouted(m[0]);
    if (kind === 'shouted') run.push({ start: m.index, end: m.index + m[0].length, letters: m[0].length });
    else if (kind === 'calm') flush();
  }
  flush();
  return found;
}

export function findExclamationStacks(reply: string): PhraseMatch[] {
  return [...reply.matchAll(EXCLAMATION_STACK)].map((m) => ({ phrase: m[0], text: m[0], start: m.index, end: m.index + m[0].length }));
}

function nameParts(name: string): string[] {
  return name
    .split(/\s+/)
    .map((p) => p.replace(/[^\p{L}\p{M}\p{N}'-]/gu, ''))
    .filter((p) => p.length >= 2);
}

export function checkTone(reply: FoldedText, tone: ToneChecks, customerName: string | undefined, language: string): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const base = { standardId: tone.standardId };
  if (tone.apologyRequired) {
    const matches = findGroup(reply, APOLOGY_PHRASES, language);
    const ok = matches.length > 0;
    findings.push({ ...base, check: 'apology', ok, status: ok ? 'ok' : 'failed', earned: ok ? tone.weight : 0, max: tone.weight, matches });
  }
  if (tone.useCustomerName) {
    const parts = customerName ? nameParts(customerName) : [];
    if (parts.length === 0) {
      findings.push({ ...base, check: 'customer-name', ok: true, status: 'na', earned: 0, max: 0, matches: [] });
    } else {
      const matches = findGroup(reply, parts, language);
      const ok = matches.length > 0;
      findings.push({ ...base, check: 'customer-name', ok, status: ok ? 'ok' : 'failed', earned: ok ? tone.weight : 0, max: tone.weight, matches });
    }
  }
  if (tone.noShouting) {
    const matches = findShouting(reply.original);
    const ok = matches.length === 0;
    findings.push({ ...base, check: 'shouting', ok, status: ok ? 'ok' : 'failed', earned: ok ? 0 : -tone.weight, max: 0, matches });
  }
  if (tone.noExclamationStacks) {
    const matches = findExclamationStacks(reply.original);
    const ok = matches.length === 0;
    findings.push({ ...base, check: 'exclamation-stack', ok, status: ok ? 'ok' : 'failed', earned: ok ? 0 : -tone.weight, max: 0, matches });
  }
  return findings;
}
