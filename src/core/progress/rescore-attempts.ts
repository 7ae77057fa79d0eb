/**
 * Re-scoring past attempts with the current scoring rules. Each finished attempt's replies are scored
 * again against the scenario version it was played on; the original score stays in the attempt and
 * the new one is appended as a re-scoring (see automaticScore), so applying is recorded and undoing
 * it puts back exactly what was there. Attempts a person reviewed keep their review: a human verdict
 * is not overwritten by rules.
 *
 * The plan says what would change before anything is written: scores, verdicts (fail -> pass,
 * pass -> fail) and mastery levels per person and standard.
 */
import { automaticScore, type Attempt } from '../../shared/domain/attempt';
import type { AttemptScore, StepResult } from '../../shared/domain/scoring';
import type { Scenario } from '../../shared/domain/scenario';
import { summarizeAttempt } from '../../shared/domain/attempt-summary';
import { replyContextFor } from '../scoring/reply-context';
import { scoreAttempt, scoreChoice, scoreFreeTextReply } from '../scoring';
import { masteryByStandard } from './mastery';

export interface RescoreContext {
  scenarioOf: (attempt: Attempt) => Scenario | null;
  passMarkOf: (attempt: Attempt) => number;
  standardIds: readonly string[];
}

export interface RescoreChange {
  attempt: Attempt;
  before: AttemptScore;
  after: AttemptScore;
}

export interface RescorePlan {
  /** Finished attempts looked at. */
  considered: number;
  /** Reviewed by a person: kept as reviewed. */
  keptReviewed: number;
  /** Played on a scenario version no longer in the workspace. */
  skippedMissingScenario: number;
  changes: RescoreChange[];
  toPass: number;
  toFail: number;
  /** Person × standard pairs whose mastery level would change. */
  levelsChanged: number;
}

function rescoreStep(step: Attempt['steps'][number], scenario: Scenario, passMark: number): StepResult | null {
  const definition = scenario.steps[step.stepId];
  if (definition?.type === 'free-text' && step.kind === 'free-text')
    return scoreFreeTextReply(step.reply, definition, { ...replyContextFor(scenario, step.stepId, { replyTimeSec: step.replyTimeSec }), passMark });
  if (definition?.type === 'choice' && step.optionId && definition.options.some((o) => o.id === step.optionId))
    return scoreChoice(definition, step.optionId, { stepId: step.stepId, passMark });
  return null;
}

/** The attempt's score under the current rules, or null when its scenario no longer fits its replies. */
export function rescoredScore(attempt: Attempt, scenario: Scenario, passMark: number): AttemptScore | null {
  const steps: StepResult[] = [];
  for (const s of attempt.steps) {
    const result = rescoreStep(s, scenario, passMark);
    if (!result) return null;
    steps.push(result);
  }
  return scoreAttempt(steps, passMark);
}

function sameScore(a: AttemptScore, b: AttemptScore): boolean {
  return a.score === b.score && a.passed === b.passed && JSON.stringify(a.perStandard) === JSON.stringify(b.perStandard);
}

function levelsOf(attempts: readonly Attempt[], scenarioOf: RescoreContext['scenarioOf'], standardIds: readonly string[]): Map<string, string | null> {
  const byPerson = new Map<string, Attempt[]>();
  for (const a of attempts) byPerson.set(a.personId, [...(byPerson.get(a.personId) ?? []), a]);
  const levels = new Map<string, string | null>();
  for (const [personId, list] of byPerson)
    for (const m of masteryByStandard(list.map((a) => summarizeAttempt(a, scenarioOf(a))), standardIds)) levels.set(`${personId}\u0000${m.standardId}`, m.level);
  return levels;
}

export function planRescore(attempts: readonly Attempt[], context: RescoreContext, runId: string, at: string): RescorePlan {
  const finished = attempts.filter((a) => a.status === 'finished' && automaticScore(a));
  const changes: RescoreChange[] = [];
  let keptReviewed = 0;
  let skippedMissingScenario = 0;
  for (const attempt of finished) {
    if (attempt.reviews.length > 0) {
      keptReviewed++;
      continue;
    }
    const scenario = context.scenarioOf(attempt);
    const after = scenario ? rescoredScore(attempt, scenario, context.passMarkOf(attempt)) : null;
    if (!after) {
      skippedMissingScenario++;
      continue;
    }
    const before = automaticScore(attempt)!;
    if (!sameScore(before, after)) changes.push({ attempt: withRescore(attempt, runId, at, after), before, after });
  }
  const changedIds = new Set(changes.map((c) => c.attempt.id));
  const afterAll = [...attempts.filter((a) => !changedIds.has(a.id)), ...changes.map((c) => c.attempt)];
  const before = levelsOf(attempts, context.scenarioOf, context.standardIds);
  const after = levelsOf(afterAll, context.scenarioOf, context.standardIds);
  let levelsChanged = 0;
  for (const [key, level] of before) if (after.get(key) !== level) levelsChanged++;
  return {
    considered: finished.length,
    keptReviewed,
    skippedMissingScenario,
    changes,
    toPass: changes.filter((c) => !c.before.passed && c.after.passed).length,
    toFail: changes.filter((c) => c.before.passed && !c.after.passed).length,
    levelsChanged,
  };
}

export function withRescore(attempt: Attempt, runId: string, at: string, score: AttemptScore | null): Attempt {
  return { ...attempt, rescores: [...attempt.rescores, { runId, at, score }] };
}

/**
 * Undoing a run: each attempt it re-scored gets back the automatic score it had just before the
 * run (the original, or an earlier run's). Attempts reviewed since keep their review either way.
 */
export function undoRescore(attempt: Attempt, runId: string, undoId: string, at: string): Attempt | null {
  const index = attempt.rescores.findLastIndex((r) => r.runId === runId);
  if (index === -1) return null;
  const previous = index > 0 ? attempt.rescores[index - 1].score : null;
  return withRescore(attempt, undoId, at, previous);
}

