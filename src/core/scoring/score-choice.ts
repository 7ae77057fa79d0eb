/**
 * Scores a choice: the chosen reply's points per standard against the best any reply offered for
 * that standard. Negative points (a reply that works against a standard) can pull a standard
 * below zero only down to zero.
 */
import type { ChoiceStep } from '../../shared/domain/scenario';
import type { ChoiceResult, ScoreLine } from '../../shared/domain/scoring';
import { formatPoints, line } from './score-lines';
import { scoreFrom, totalsByStandard, type PointsEntry } from './standard-totals';

export interface ChoiceContext {
  stepId?: string;
  passMark?: number;
}

export class UnknownOptionError extends Error {
  constructor(readonly optionId: string) {
    super(`This step has no reply "${optionId}". Choose one of the replies shown.`);
    this.name = 'UnknownOptionError';
  }
}

/** The best points any option gives each standard: the choice step's maximum. */
export function choiceMaxima(step: ChoiceStep): Map<string, number> {
  const maxima = new Map<string, number>();
  for (const option of step.options)
    for (const [standardId, points] of Object.entries(option.points)) maxima.set(standardId, Math.max(maxima.get(standardId) ?? 0, points));
  return maxima;
}

export function scoreChoice(step: ChoiceStep, optionId: string, context: ChoiceContext = {}): ChoiceResult {
  const option = step.options.find((o) => o.id === optionId);
  if (!option) throw new UnknownOptionError(optionId);
  const maxima = choiceMaxima(step);
  const entries: PointsEntry[] = [...maxima].map(([standardId, max]) => ({ standardId, earned: option.points[standardId] ?? 0, max }));
  const lines: ScoreLine[] = entries.map((e) => {
    const prefix = e.earned > 0 ? formatPoints(e.earned) : e.earned < 0 ? formatPoints(e.earned) : `0 of ${e.max}`;
    return line(e.earned, e.standardId, `${prefix} ${e.standardId}: chose "${option.text}"`);
  });
  const totals = scoreFrom(
    entries.reduce((n, e) => n + e.earned, 0),
    entries.reduce((n, e) => n + e.max, 0),
    false,
    context.passMark ?? 0.8,
  );
  return {
    kind: 'choice',
    stepId: context.stepId ?? '',
    optionId,
    feedback: option.feedback,
    perStandard: totalsByStandard(entries),
    ...totals,
    autoFailed: false,
    lines,
  };
}
