/**
 * One compact line per attempt, kept beside the full records, so reports and home screens work
 * from summaries and never re-read whole histories.
 */
import { z } from 'zod';
import { automaticScore, effectiveScore, type Attempt } from './attempt';
import type { Scenario } from './scenario';

export const attemptSummarySchema = z.object({
  id: z.string(),
  personId: z.string(),
  scenarioId: z.string(),
  scenarioVersion: z.number(),
  assignmentId: z.string().nullable(),
  mode: z.enum(['coach', 'assessment']),
  status: z.enum(['in-progress', 'finished', 'abandoned']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  channel: z.string().nullable(),
  autoScore: z.number().nullable(),
  /** Reviewed where a review exists, else automatic. */
  score: z.number().nullable(),
  passed: z.boolean().nullable(),
  autoFailed: z.boolean(),
  reviewed: z.boolean(),
  perStandard: z.array(z.object({ standardId: z.string(), earned: z.number(), max: z.number() })),
  replyTimes: z.array(z.object({ stepId: z.string(), sec: z.number(), targetSec: z.number().nullable() })),
  missedElements: z.array(z.object({ standardId: z.string(), elementId: z.string(), label: z.string() })),
});

export type AttemptSummary = z.infer<typeof attemptSummarySchema>;

export function summarizeAttempt(attempt: Attempt, scenario: Scenario | null): AttemptSummary {
  const effective = effectiveScore(attempt);
  const steps = attempt.reviews.length || attempt.rescores.length ? effective?.steps ?? [] : attempt.steps.map((s) => s.result);
  const missedElements = steps.flatMap((step) =>
    step.kind === 'free-text' ? step.elements.filter((e) => e.status === 'missed').map((e) => ({ standardId: e.standardId, elementId: e.elementId, label: e.label })) : [],
  );
  return {
    id: attempt.id,
    personId: attempt.personId,
    scenarioId: attempt.scenarioId,
    scenarioVersion: attempt.scenarioVersion,
    assignmentId: attempt.assignmentId,
    mode: attempt.mode,
    status: attempt.status,
    startedAt: attempt.startedAt,
    endedAt: attempt.endedAt,
    channel: scenario?.channel ?? null,
    autoScore: automaticScore(attempt)?.score ?? null,
    score: effective?.score ?? null,
    passed: effective ? effective.passed : null,
    autoFailed: effective?.autoFailed ?? false,
    reviewed: attempt.reviews.length > 0,
    perStandard: (effective?.perStandard ?? []).map(({ standardId, earned, max }) => ({ standardId, earned, max })),
    replyTimes: attempt.steps.map((s) => {
      const step = scenario?.steps[s.stepId];
      return { stepId: s.stepId, sec: s.replyTimeSec, targetSec: step?.type === 'free-text' ? step.replyTimeTargetSec : null };
    }),
    missedElements,
  };
}
