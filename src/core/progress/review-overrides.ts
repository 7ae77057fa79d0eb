/**
 * A human review of an attempt: the reviewer sets element results differently, each with a
 * reason, and the attempt is re-scored from its automatic result with those changes. The
 * automatic score is never touched; each review is appended with who, when, why and the score it
 * gives, and reports use the latest review's score (effectiveScore).
 *
 * Overrides apply to rubric elements of free-text steps (hit / missed / N/A) and may also dismiss a
 * must-avoid finding the reviewer judges a false match (elementId = the must-avoid item id,
 * from "hit" to "na") — the common reason an auto-failed reply gets a human look.
 */
import { automaticScore, type Attempt, type AttemptReview, type ElementOverride } from '../../shared/domain/attempt';
import type { AttemptScore, ElementResult, FreeTextResult, StepResult } from '../../shared/domain/scoring';
import { scoreAttempt } from '../scoring';
import { scoreFrom, totalsByStandard, type PointsEntry } from '../scoring/standard-totals';

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

function overrideElement(element: ElementResult, to: ElementOverride['to']): ElementResult {
  if (to === element.status) return element;
  return { ...element, status: to, earned: to === 'hit' ? element.weight : 0, max: to === 'na' ? 0 : element.weight, matches: to === 'hit' ? element.matches : [] };
}

const STATUS_WORDS = { hit: 'met', missed: 'missed', na: 'not applicable' } as const;

/** Re-scores one free-text step with its overrides, the same arithmetic the automatic scoring uses. */
export function rescoreFreeTextStep(step: FreeTextResult, overrides: readonly ElementOverride[], passMark: number): FreeTextResult {
  let elements = step.elements;
  let mustAvoid = step.mustAvoid;
  const reviewLines = [];
  for (const [i, o] of overrides.entries()) {
    const path = `overrides.${i}`;
    const element = elements.find((e) => e.elementId === o.elementId);
    const finding = mustAvoid.find((f) => f.itemId === o.elementId);
    if (element) {
      if (element.status !== o.from) throw new ReviewError(`"${element.label}" was ${STATUS_WORDS[element.status]} in the automatic scoring, not ${STATUS_WORDS[o.from]}.`, path);
      elements = elements.map((e) => (e === element ? overrideElement(e, o.to) : e));
      reviewLines.push({ points: 0, standardId: element.standardId, text: `Reviewer set "${element.label}" to ${STATUS_WORDS[o.to]}: ${o.reason}` });
    } else if (finding) {
      if (o.from !== 'hit' || o.to === 'hit') throw new ReviewError(`A must-avoid item can only be dismissed (from "hit" to "na"): "${finding.label}".`, path);
      mustAvoid = mustAvoid.filter((f) => f !== finding);
      reviewLines.push({ points: 0, standardId: finding.standardId, text: `Reviewer dismissed "${finding.label}": ${o.reason}` });
    } else throw new ReviewError(`Step "${step.stepId}" has no element "${o.elementId}".`, path);
  }
  const entries: PointsEntry[] = [
    ...elements.map((e) => ({ standardId: e.standardId, earned: e.earned, max: e.max })),
    ...step.tone.map((t) => ({ standardId: t.standardId, earned: t.earned, max: t.max })),
    ...mustAvoid.map((f) => ({ standardId: f.standardId, earned: -f.penalty, max: 0 })),
    ...(step.length ? [{ standardId: undefined, earned: -step.length.penalty, max: 0 }] : []),
  ];
  const autoFailed = mustAvoid.some((f) => f.autoFail);
  const totals = scoreFrom(
    entries.reduce((n, e) => n + e.earned, 0),
    entries.reduce((n, e) => n + e.max, 0),
    autoFailed,
    passMark,
  );
  if (step.criticalErrors?.length) totals.passed = false;
  return { ...step, elements, mustAvoid, perStandard: totalsByStandard(entries), ...totals, autoFailed, lines: [...step.lines, ...reviewLines] };
}

/** The attempt's score with the overrides applied to its automatic result. */
export function rescoreWithOverrides(automatic: AttemptScore, overrides: readonly ElementOverride[], passMark: number): AttemptScore {
  const byStep = new Map<string, ElementOverride[]>();
  for (const o of overrides) byStep.set(o.stepId, [...(byStep.get(o.stepId) ?? []), o]);
  for (const stepId of byStep.keys())
    if (!automatic.steps.some((s) => s.stepId === stepId && s.kind === 'free-text')) throw new ReviewError(`The attempt has no free-text reply at step "${stepId}".`, 'overrides');
  const steps: StepResult[] = automatic.steps.map((s) => (s.kind === 'free-text' && byStep.has(s.stepId) ? rescoreFreeTextStep(s, byStep.get(s.stepId)!, passMark) : s));
  return scoreAttempt(steps, passMark);
}

export interface ReviewInput {
  id: string;
  reviewerId: string;
  at: string;
  overrides: ElementOverride[];
  comment: string;
  passMark: number;
}

/** Appends a review (the audit trail keeps every earlier one). The attempt must be finished. */
export function reviewAttempt(attempt: Attempt, input: ReviewInput): { attempt: Attempt; review: AttemptReview } {
  const automatic = automaticScore(attempt);
  if (attempt.status !== 'finished' || !automatic) throw new ReviewError('Only a finished attempt can be reviewed.', 'attemptId');
  const score = rescoreWithOverrides(automatic, input.overrides, input.passMark);
  const review: AttemptReview = { id: input.id, reviewerId: input.reviewerId, at: input.at, overrides: input.overrides, comment: input.comment, score };
  return { attempt: { ...attempt, reviews: [...attempt.reviews, review] }, review };
}
