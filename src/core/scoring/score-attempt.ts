/**
 * Adds up the step results of one play-through: per standard across the attempt, earned over
 * the applicable maximum, and any auto-fail zeroes the whole attempt (each step's own findings
 * stay as they were, for the feedback screen).
 */
import type { AttemptScore, StepResult } from '../../shared/domain/scoring';
import { line } from './score-lines';
import { scoreFrom, totalsByStandard } from './standard-totals';

export function scoreAttempt(steps: readonly StepResult[], passMark = 0.8): AttemptScore {
  const perStandard = totalsByStandard(steps.flatMap((s) => s.perStandard));
  const autoFailed = steps.some((s) => s.autoFailed);
  const totals = scoreFrom(
    steps.reduce((n, s) => n + s.earned, 0),
    steps.reduce((n, s) => n + s.max, 0),
    autoFailed,
    passMark,
  );
  if (steps.some((s) => s.kind === 'free-text' && s.criticalErrors?.length)) totals.passed = false;
  const lines = steps.flatMap((s) => s.lines);
  if (autoFailed) lines.push(line(0, undefined, 'Attempt score set to 0: a reply contained an auto-fail item.'));
  return { steps: [...steps], perStandard, ...totals, autoFailed, lines };
}
