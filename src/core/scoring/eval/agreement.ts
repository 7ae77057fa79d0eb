/**
 * How far the scorer agrees with the graders: verdicts (with Cohen's kappa), elements, must-avoid
 * items and the four tone labels, over any slice of the graded set.
 */
import type { FreeTextStep } from '../../../shared/domain/scenario';
import { readReply, scoreFreeTextReply, type ReplyContext } from '../score-free-text-reply';
import type { FoldedText } from '../text-folding';
import { replyContextFor } from '../reply-context';
import { findCustomerName } from '../customer-name';
import { findApologies } from '../tone-checks';
import { findExclamationStacks, findShouting } from '../shouting';
import type { GradedCase } from './load-graded-set';

export type ToneLabel = 'apology' | 'customerName' | 'shouting' | 'exclamationStack';
export const TONE_LABELS: readonly ToneLabel[] = ['apology', 'customerName', 'shouting', 'exclamationStack'];

export interface CaseOutcome {
  case: GradedCase;
  passed: boolean;
  score: number;
  elements: Array<{ id: string; human: boolean; scorer: boolean }>;
  mustAvoid: Array<{ id: string; human: boolean; scorer: boolean }>;
  tone: Record<ToneLabel, boolean>;
}

/** The case scored against another rubric for its step (a suggested one): only the verdict compares. */
export function scoreCaseAgainst(c: GradedCase, step: FreeTextStep): CaseOutcome {
  const context = replyContextFor(c.scenario, c.reply.stepId);
  const result = scoreFreeTextReply(c.reply.reply, step, context);
  const { folded } = readReply(c.reply.reply, context.language);
  return { case: c, passed: result.passed, score: result.score, elements: [], mustAvoid: [], tone: toneOf(folded, c, context) };
}

export function scoreCase(c: GradedCase): CaseOutcome {
  const context = replyContextFor(c.scenario, c.reply.stepId);
  const result = scoreFreeTextReply(c.reply.reply, c.step, context);
  const found = new Set(result.mustAvoid.map((f) => f.itemId));
  const { folded } = readReply(c.reply.reply, context.language);
  return {
    case: c,
    passed: result.passed,
    score: result.score,
    elements: result.elements.map((e) => ({ id: e.elementId, human: c.reply.labels.elements[e.elementId] === 'hit', scorer: e.status === 'hit' })),
    mustAvoid: c.step.rubric.mustAvoid.map((m) => ({ id: m.id, human: c.reply.labels.mustAvoid[m.id], scorer: found.has(m.id) })),
    tone: toneOf(folded, c, context),
  };
}

function toneOf(folded: FoldedText, c: GradedCase, context: ReplyContext): Record<ToneLabel, boolean> {
  return {
    apology: findApologies(folded, context.language).length > 0,
    customerName: findCustomerName(folded, c.scenario.persona.name, context.language).length > 0,
    shouting: findShouting(c.reply.reply, context.knownCodes).length > 0,
    exclamationStack: findExclamationStacks(c.reply.reply).length > 0,
  };
}

export interface Agreement {
  replies: number;
  humanPassed: number;
  goodPassed: number;
  humanFailed: number;
  failingPassed: number;
  verdictAgreement: number;
  kappa: number;
  elementAgreement: number;
  mustAvoidAgreement: number;
  /** Share of replies with all four tone labels right. */
  toneAllRight: number;
  perToneLabel: Record<ToneLabel, number>;
}

const share = (n: number, of: number): number => (of === 0 ? 1 : n / of);

export function cohensKappa(pairs: ReadonlyArray<[boolean, boolean]>): number {
  const n = pairs.length;
  if (n === 0) return 1;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const aYes = pairs.filter(([a]) => a).length / n;
  const bYes = pairs.filter(([, b]) => b).length / n;
  const chance = aYes * bYes + (1 - aYes) * (1 - bYes);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

export function agreementOf(outcomes: readonly CaseOutcome[]): Agreement {
  const human = outcomes.filter((o) => o.case.reply.labels.passed);
  const failing = outcomes.filter((o) => !o.case.reply.labels.passed);
  const elements = outcomes.flatMap((o) => o.elements);
  const mustAvoid = outcomes.flatMap((o) => o.mustAvoid);
  const toneRight = (o: CaseOutcome, l: ToneLabel): boolean => o.tone[l] === o.case.reply.labels.tone[l];
  return {
    replies: outcomes.length,
    humanPassed: human.length,
    goodPassed: share(human.filter((o) => o.passed).length, human.length),
    humanFailed: failing.length,
    failingPassed: share(failing.filter((o) => o.passed).length, failing.length),
    verdictAgreement: share(outcomes.filter((o) => o.passed === o.case.reply.labels.passed).length, outcomes.length),
    kappa: cohensKappa(outcomes.map((o) => [o.case.reply.labels.passed, o.passed])),
    elementAgreement: share(elements.filter((e) => e.human === e.scorer).length, elements.length),
    mustAvoidAgreement: share(mustAvoid.filter((m) => m.human === m.scorer).length, mustAvoid.length),
    toneAllRight: share(outcomes.filter((o) => TONE_LABELS.every((l) => toneRight(o, l))).length, outcomes.length),
    perToneLabel: Object.fromEntries(TONE_LABELS.map((l) => [l, share(outcomes.filter((o) => toneRight(o, l)).length, outcomes.length)])) as Record<ToneLabel, number>,
  };
}

/** The targets, checked on a part never used for tuning. */
export const TARGETS = { goodPassed: 0.9, failingPassed: 0.05, verdictAgreement: 0.9, elementAgreement: 0.9, toneAllRight: 0.95 } as const;

export function meetsTargets(a: Agreement): boolean {
  return a.goodPassed >= TARGETS.goodPassed && a.failingPassed <= TARGETS.failingPassed && a.verdictAgreement >= TARGETS.verdictAgreement && a.elementAgreement >= TARGETS.elementAgreement && a.toneAllRight >= TARGETS.toneAllRight;
}
