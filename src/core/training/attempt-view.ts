/**
 * What the player may show of an attempt: the conversation rebuilt from the scenario path, the
 * decision waiting (without its rubric, model answer or option feedback), and feedback only for
 * answered steps — in assessment mode only once the attempt is finished.
 */
import type { AttemptView, ConversationItem, CurrentDecision, StepFeedback } from '../../shared/contract/training-ops';
import { automaticScore, type Attempt, type AttemptStep } from '../../shared/domain/attempt';
import type { Scenario } from '../../shared/domain/scenario';
import { stepOf } from '../scenarios/next-step';
import { attemptPath } from './scenario-path';
import type { StandardTitles } from './standard-titles';

export interface ViewContext {
  scenario: Scenario;
  personName: string;
  passMark: number;
  standardTitles: StandardTitles;
}

/** The customer messages before the current decision animate in until the client reports them shown. */
function conversationOf(attempt: Attempt, scenario: Scenario): ConversationItem[] {
  const path = attemptPath(scenario, attempt);
  const lastAnswer = path.segments.map((s) => s.kind).lastIndexOf('answer');
  const waiting = attempt.status === 'in-progress' && attempt.currentPromptShownAt === null;
  return path.segments.flatMap((segment, index): ConversationItem[] => {
    if (segment.kind === 'answer') {
      const a = segment.answer;
      return [{ kind: 'reply', id: `${a.stepId}#reply`, stepId: a.stepId, text: a.reply, optionId: a.optionId ?? null, answeredAt: a.answeredAt, replyTimeSec: a.replyTimeSec }];
    }
    const pending = waiting && index > lastAnswer;
    return segment.step.messages.map((m, i) => ({
      kind: 'customer',
      id: `${segment.stepId}#${i}`,
      stepId: segment.stepId,
      text: m.text,
      imageCaption: m.image?.caption ?? null,
      delayMs: m.delayMs ?? 0,
      pending,
    }));
  });
}

function currentDecision(attempt: Attempt, scenario: Scenario): CurrentDecision | null {
  if (attempt.status !== 'in-progress') return null;
  const step = stepOf(scenario, attempt.currentStepId);
  if (step.type !== 'choice' && step.type !== 'free-text') return null;
  return {
    stepId: attempt.currentStepId,
    kind: step.type,
    prompt: step.prompt,
    replyTimeTargetSec: step.type === 'free-text' ? step.replyTimeTargetSec : null,
    options: step.type === 'choice' ? step.options.map((o) => ({ id: o.id, text: o.text })) : [],
    promptShownAt: attempt.currentPromptShownAt,
  };
}

export function stepFeedback(answer: AttemptStep, scenario: Scenario): StepFeedback {
  const step = stepOf(scenario, answer.stepId);
  const base = { stepId: answer.stepId, reply: answer.reply, replyTimeSec: answer.replyTimeSec, result: answer.result };
  if (step.type === 'free-text') {
    const actual = step.actualReply && step.actualReply.verdict !== 'unmarked' ? step.actualReply : null;
    return { ...base, replyTimeTargetSec: step.replyTimeTargetSec, modelAnswer: step.modelAnswer.trim() || null, actualReply: actual, betterOption: null };
  }
  let betterOption: StepFeedback['betterOption'] = null;
  if (step.type === 'choice') {
    const total = (points: Record<string, number>) => Object.values(points).reduce((n, p) => n + p, 0);
    const best = [...step.options].sort((a, b) => total(b.points) - total(a.points))[0];
    const chosen = step.options.find((o) => o.id === answer.optionId);
    if (best && chosen && best.id !== chosen.id && total(best.points) > total(chosen.points)) betterOption = { id: best.id, text: best.text, feedback: best.feedback };
  }
  return { ...base, replyTimeTargetSec: null, modelAnswer: null, actualReply: null, betterOption };
}

function standardIdsOf(scenario: Scenario, feedback: StepFeedback[], attempt: Attempt): string[] {
  const ids = new Set(scenario.standards);
  for (const f of feedback) for (const t of f.result.perStandard) ids.add(t.standardId);
  for (const t of automaticScore(attempt)?.perStandard ?? []) ids.add(t.standardId);
  return [...ids];
}

export function attemptView(attempt: Attempt, context: ViewContext): AttemptView {
  const { scenario } = context;
  const hidden = attempt.mode === 'assessment' && attempt.status !== 'finished';
  const feedback = hidden ? [] : attempt.steps.map((s) => stepFeedback(s, scenario));
  return {
    id: attempt.id,
    personId: attempt.personId,
    personName: context.personName,
    scenario: {
      id: scenario.id,
      version: scenario.version,
      title: scenario.title,
      channel: scenario.channel,
      language: scenario.language,
      persona: scenario.persona,
      passMark: context.passMark,
    },
    assignmentId: attempt.assignmentId,
    mode: attempt.mode,
    status: attempt.status,
    startedAt: attempt.startedAt,
    endedAt: attempt.endedAt,
    conversation: conversationOf(attempt, scenario),
    current: currentDecision(attempt, scenario),
    feedback,
    feedbackHiddenUntilEnd: hidden,
    outcome: attempt.status === 'finished' && attempt.outcome ? { rating: attempt.outcome.rating, text: attempt.outcome.text } : null,
    score: attempt.status === 'finished' ? automaticScore(attempt) : null,
    standards: standardIdsOf(scenario, feedback, attempt).map(context.standardTitles),
  };
}
