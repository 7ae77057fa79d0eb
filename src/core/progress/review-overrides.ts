/**
 * A human review of an attempt: the reviewer sets automatic checks differently, each with a
 * reason, and the attempt is re-scored from its automatic result with those changes. The
 * automatic score is never touched; each review is appended with who, when, why and the score it
 * gives, and reports (mastery included) use the latest review's score (effectiveScore).
 *
 * A review holds the reviewer's whole set of decisions: saving again starts from the automatic
 * result with the new set, so an earlier decision stays only if the reviewer kept it.
 */
import { automaticScore, type Attempt, type AttemptReview, type ElementOverride } from '../../shared/domain/attempt';
import type { FreeTextStep } from '../../shared/domain/scenario';
import type { AttemptScore, FreeTextResult, ScoreLine, StepResult } from '../../shared/domain/scoring';
import { scoreAttempt } from '../scoring';
import { replyTimeEntries } from '../scoring/reply-time';
import { scoreFrom, totalsByStandard, type PointsEntry } from '../scoring/standard-totals';
import { applyOverride, ReviewError, type Findings } from './override-findings';

export { ReviewError } from './override-findings';

/** The rubric a step was scored with, for the weights a decision needs (a tone check's points, the length penalty). */
export type RubricOf = (stepId: string) => FreeTextStep['rubric'] | undefined;

function pointsEntries(f: Findings): PointsEntry[] {
  return [
    ...f.elements.map((e) => ({ standardId: e.standardId, earned: e.earned, max: e.max })),
    ...f.tone.map((t) => ({ standardId: t.standardId, earned: t.earned, max: t.max })),
    ...f.mustAvoid.map((m) => ({ standardId: m.standardId, earned: -m.penalty, max: 0 })),
    ...(f.length ? [{ standardId: undefined, earned: -f.length.penalty, max: 0 }] : []),
  ];
}

/** Re-scores one free-text step with its overrides, the same arithmetic the automatic scoring uses. */
export function rescoreFreeTextStep(step: FreeTextResult, overrides: readonly ElementOverride[], passMark: number, rubric?: FreeTextStep['rubric']): FreeTextResult {
  let findings: Findings = { elements: step.elements, mustAvoid: step.mustAvoid, tone: step.tone, length: step.length, criticalErrors: step.criticalErrors };
  const reviewLines: ScoreLine[] = [];
  for (const [i, o] of overrides.entries()) {
    const applied = applyOverride(findings, o, rubric, `overrides.${i}`);
    findings = applied.findings;
    reviewLines.push(applied.standardId === undefined ? { points: 0, text: applied.text } : { points: 0, standardId: applied.standardId, text: applied.text });
  }
  const entries = pointsEntries(findings);
  const autoFailed = findings.mustAvoid.some((m) => m.autoFail);
  const totals = scoreFrom(
    entries.reduce((n, e) => n + e.earned, 0),
    entries.reduce((n, e) => n + e.max, 0),
    autoFailed,
    passMark,
  );
  const criticalErrors = findings.criticalErrors?.length ? findings.criticalErrors : undefined;
  if (criticalErrors) totals.passed = false;
  const { criticalErrors: _before, length: _length, ...rest } = step;
  return {
    ...rest,
    elements: findings.elements,
    mustAvoid: findings.mustAvoid,
    tone: findings.tone,
    ...(findings.length ? { length: findings.length } : {}),
    ...(criticalErrors ? { criticalErrors } : {}),
    perStandard: totalsByStandard([...entries, ...replyTimeEntries(step.replyTime)]),
    ...totals,
    autoFailed,
    lines: [...step.lines, ...reviewLines],
  };
}

/** The attempt's score with the overrides applied to its automatic result. */
export function rescoreWithOverrides(automatic: AttemptScore, overrides: readonly ElementOverride[], passMark: number, rubricOf: RubricOf = () => undefined): AttemptScore {
  const byStep = new Map<string, ElementOverride[]>();
  for (const o of overrides) byStep.set(o.stepId, [...(byStep.get(o.stepId) ?? []), o]);
  for (const stepId of byStep.keys())
    if (!automatic.steps.some((s) => s.stepId === stepId && s.kind === 'free-text')) throw new ReviewError(`The attempt has no free-text reply at step "${stepId}".`, 'overrides');
  const steps: StepResult[] = automatic.steps.map((s) => (s.kind === 'free-text' && byStep.has(s.stepId) ? rescoreFreeTextStep(s, byStep.get(s.stepId)!, passMark, rubricOf(s.stepId)) : s));
  return scoreAttempt(steps, passMark);
}

export interface ReviewInput {
  id: string;
  reviewerId: string;
  at: string;
  overrides: ElementOverride[];
  comment: string;
  passMark: number;
  rubricOf?: RubricOf;
}

/** Appends a review (the audit trail keeps every earlier one). The attempt must be finished. */
export function reviewAttempt(attempt: Attempt, input: ReviewInput): { attempt: Attempt; review: AttemptReview } {
  const automatic = automaticScore(attempt);
  if (attempt.status !== 'finished' || !automatic) throw new ReviewError('Only a finished attempt can be reviewed.', 'attemptId');
  const score = rescoreWithOverrides(automatic, input.overrides, input.passMark, input.rubricOf);
  const review: AttemptReview = { id: input.id, reviewerId: input.reviewerId, at: input.at, overrides: input.overrides, comment: input.comment, score };
  return { attempt: { ...attempt, reviews: [...attempt.reviews, review] }, review };
}
