/**
 * The path an attempt has taken through its scenario: customer steps pass by on their own, decision
 * steps consume the trainee's recorded answers in order. The state machine uses it to find the next
 * step to stop at; the attempt view uses it to rebuild the conversation exactly as it was played.
 */
import type { Attempt, AttemptStep } from '../../shared/domain/attempt';
import type { CustomerStep, Scenario } from '../../shared/domain/scenario';
import { AppError } from '../../shared/errors';
import { nextStepAfter, stepOf } from '../scenarios/next-step';

/** Guards against a cycle of customer steps in a broken graph. */
const MAX_CUSTOMER_RUN = 200;

export interface CustomerRun {
  /** The customer steps passed through, in order. */
  steps: { stepId: string; step: CustomerStep }[];
  /** Where the run stops: a decision step or an ending. */
  stopAt: string;
}

/** Walks from `stepId` through customer steps to the next decision step or ending. */
export function runCustomerSteps(scenario: Scenario, stepId: string): CustomerRun {
  const steps: CustomerRun['steps'] = [];
  let id = stepId;
  for (let guard = 0; guard < MAX_CUSTOMER_RUN; guard++) {
    const step = stepOf(scenario, id);
    if (step.type !== 'customer') return { steps, stopAt: id };
    steps.push({ stepId: id, step });
    id = step.next;
  }
  throw new AppError('CONFLICT', `Scenario "${scenario.title}" loops through customer messages without ever asking for a reply. Ask the owner to fix the scenario.`);
}

export type PathSegment =
  | { kind: 'customer'; stepId: string; step: CustomerStep }
  | { kind: 'answer'; stepId: string; answer: AttemptStep };

export interface AttemptPath {
  segments: PathSegment[];
  /** The step the path stops at: the current decision step, or the ending reached. */
  stopAt: string;
}

/** Replays the recorded answers over the scenario graph, from the start. */
export function attemptPath(scenario: Scenario, attempt: Pick<Attempt, 'steps'>): AttemptPath {
  const segments: PathSegment[] = [];
  let run = runCustomerSteps(scenario, scenario.start);
  for (const answer of attempt.steps) {
    segments.push(...run.steps.map((s) => ({ kind: 'customer' as const, ...s })));
    if (answer.stepId !== run.stopAt) {
      throw new AppError('CONFLICT', `This attempt's answers no longer fit scenario "${scenario.title}" version ${scenario.version} (expected a reply to "${run.stopAt}").`);
    }
    segments.push({ kind: 'answer', stepId: answer.stepId, answer });
    const next = nextStepAfter(scenario, answer.stepId, answer.result);
    if (next === null) return { segments, stopAt: answer.stepId };
    run = runCustomerSteps(scenario, next);
  }
  segments.push(...run.steps.map((s) => ({ kind: 'customer' as const, ...s })));
  return { segments, stopAt: run.stopAt };
}
