/**
 * The attempt state machine as pure functions: start, the prompt being shown, answering (scored by
 * the scoring core), walking on through the customer's messages, finishing and abandoning. Every
 * function takes the time from its caller (the host's clock) and returns a new Attempt; nothing here
 * trusts a duration or a score sent by the client.
 */
import type { Attempt, AttemptMode, AttemptStep } from '../../shared/domain/attempt';
import type { Scenario } from '../../shared/domain/scenario';
import type { StepResult } from '../../shared/domain/scoring';
import { AppError } from '../../shared/errors';
import { nextStepAfter, stepOf } from '../scenarios/next-step';
import { scoreAttempt, scoreChoice, scoreFreeTextReply } from '../scoring';
import { runCustomerSteps } from './scenario-path';
import { replyContextFor } from '../scoring/reply-context';

/** What every transition needs besides the attempt: the version being played and the pass mark in force. */
export interface PlayContext {
  scenario: Scenario;
  /** The assignment's pass mark, else the scenario's. */
  passMark: number;
  at: Date;
}

export interface StartRequest {
  id: string;
  personId: string;
  assignmentId: string | null;
  mode: AttemptMode;
}

export type Answer = { stepId: string; reply: string; optionId?: undefined } | { stepId: string; optionId: string; reply?: undefined };

export function startAttempt(request: StartRequest, context: PlayContext): Attempt {
  const { scenario, at } = context;
  const run = runCustomerSteps(scenario, scenario.start);
  const attempt: Attempt = {
    id: request.id,
    personId: request.personId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    assignmentId: request.assignmentId,
    mode: request.mode,
    status: 'in-progress',
    startedAt: at.toISOString(),
    endedAt: null,
    currentStepId: run.stopAt,
    currentPromptShownAt: null,
    steps: [],
    outcome: null,
    score: null,
    reviews: [],
    rescores: [],
  };
  return stepOf(scenario, run.stopAt).type === 'ending' ? finishAttempt(attempt, context) : attempt;
}

function assertInProgress(attempt: Attempt): void {
  if (attempt.status === 'finished') throw new AppError('CONFLICT', 'This attempt is already finished. Start it again to have another go.');
  if (attempt.status === 'abandoned') throw new AppError('CONFLICT', 'This attempt was left unfinished and closed. Start the scenario again to have another go.');
}

function assertCurrent(attempt: Attempt, stepId: string): void {
  if (stepId !== attempt.currentStepId) {
    throw new AppError('CONFLICT', 'That reply is for a part of the conversation that is not the current one. Reload the page to see where the conversation is.');
  }
}

/** The client says the customer's last message before the current decision is on screen; the host's clock stamps it, once. */
export function markPromptShown(attempt: Attempt, stepId: string, at: Date): Attempt {
  assertInProgress(attempt);
  assertCurrent(attempt, stepId);
  if (attempt.currentPromptShownAt) return attempt;
  return { ...attempt, currentPromptShownAt: at.toISOString() };
}

/** When the current step became current: the previous answer, or the start. The fallback when no prompt was reported. */
function becameCurrentAt(attempt: Attempt): string {
  return attempt.steps.length ? attempt.steps[attempt.steps.length - 1].answeredAt : attempt.startedAt;
}

export function replySeconds(promptShownAt: string, answeredAt: Date): number {
  return Math.max(0, Math.round((answeredAt.getTime() - new Date(promptShownAt).getTime()) / 1000));
}

function scoreAnswer(answer: Answer, replyTimeSec: number, context: PlayContext): { reply: string; result: StepResult } {
  const { scenario, passMark } = context;
  const step = stepOf(scenario, answer.stepId);
  if (step.type === 'free-text') {
    if (answer.optionId !== undefined || answer.reply === undefined) throw new AppError('INVALID_INPUT', 'This part of the conversation needs a written reply, not a choice.');
    if (answer.reply.trim() === '') throw new AppError('INVALID_INPUT', 'Write a reply before sending.');
    const result = scoreFreeTextReply(answer.reply, step, { ...replyContextFor(scenario, answer.stepId, { replyTimeSec }), passMark });
    return { reply: answer.reply, result };
  }
  if (step.type === 'choice') {
    if (answer.optionId === undefined) throw new AppError('INVALID_INPUT', 'This part of the conversation needs one of the replies shown to be chosen.');
    const option = step.options.find((o) => o.id === answer.optionId);
    if (!option) throw new AppError('INVALID_INPUT', 'That reply is not one of the replies offered here. Choose one of those shown.');
    return { reply: option.text, result: scoreChoice(step, option.id, { stepId: answer.stepId, passMark }) };
  }
  throw new AppError('CONFLICT', `Step "${answer.stepId}" of this scenario does not take a reply.`);
}

/** Records and scores a reply to the current step, then walks on to the next decision or ending (finishing there). */
export function answerStep(attempt: Attempt, answer: Answer, context: PlayContext): Attempt {
  assertInProgress(attempt);
  assertCurrent(attempt, answer.stepId);
  const promptShownAt = attempt.currentPromptShownAt ?? becameCurrentAt(attempt);
  const replyTimeSec = replySeconds(promptShownAt, context.at);
  const { reply, result } = scoreAnswer(answer, replyTimeSec, context);
  const recorded: AttemptStep = {
    stepId: answer.stepId,
    kind: result.kind,
    reply,
    ...(result.kind === 'choice' ? { optionId: result.optionId } : {}),
    promptShownAt,
    answeredAt: context.at.toISOString(),
    replyTimeSec,
    result,
  };
  // A decision step always leads somewhere (only endings return null).
  const next = nextStepAfter(context.scenario, answer.stepId, result) ?? answer.stepId;
  const stopAt = runCustomerSteps(context.scenario, next).stopAt;
  const advanced: Attempt = { ...attempt, steps: [...attempt.steps, recorded], currentStepId: stopAt, currentPromptShownAt: null };
  return stepOf(context.scenario, stopAt).type === 'ending' ? finishAttempt(advanced, context) : advanced;
}

/** Adds up the attempt and records the outcome. Only possible once the conversation reached an ending. */
export function finishAttempt(attempt: Attempt, context: PlayContext): Attempt {
  if (attempt.status === 'finished') return attempt;
  assertInProgress(attempt);
  const ending = stepOf(context.scenario, attempt.currentStepId);
  if (ending.type !== 'ending') throw new AppError('CONFLICT', 'The conversation is not over yet: answer the remaining replies first, or leave the attempt.');
  return {
    ...attempt,
    status: 'finished',
    endedAt: context.at.toISOString(),
    currentPromptShownAt: null,
    outcome: { stepId: attempt.currentStepId, rating: ending.rating, text: ending.outcome },
    score: scoreAttempt(
      attempt.steps.map((s) => s.result),
      context.passMark,
    ),
  };
}

/** Leaves an unfinished attempt: kept for the record, no longer offered as "continue". */
export function abandonAttempt(attempt: Attempt, at: Date): Attempt {
  if (attempt.status === 'abandoned') return attempt;
  assertInProgress(attempt);
  return { ...attempt, status: 'abandoned', endedAt: at.toISOString(), currentPromptShownAt: null };
}

/** The unfinished attempt to resume for this scenario and assignment, if any (the latest started). */
export function resumableAttempt<A extends Pick<Attempt, 'status' | 'scenarioId' | 'assignmentId' | 'startedAt'>>(
  attempts: readonly A[],
  scenarioId: string,
  assignmentId: string | null,
): A | undefined {
  return attempts
    .filter((a) => a.status === 'in-progress' && a.scenarioId === scenarioId && a.assignmentId === assignmentId)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}
