/**
 * A training attempt: one person playing one published scenario version, saved step by step so
 * nothing is lost, with the full scoring result, and later human reviews and coaching comments.
 * Stored per person (attempts/<personId>/...), never in one file every attempt rewrites.
 */
import { z } from 'zod';
import { attemptScoreSchema, stepResultSchema } from './scoring';

export const ATTEMPT_MODES = ['coach', 'assessment'] as const;
export const attemptModeSchema = z.enum(ATTEMPT_MODES);

export const attemptStepSchema = z.object({
  stepId: z.string(),
  kind: z.enum(['choice', 'free-text']),
  /** The employee's reply (free text) or the chosen option's text. */
  reply: z.string(),
  optionId: z.string().optional(),
  /** When the customer's last message of the preceding step was shown. */
  promptShownAt: z.string(),
  answeredAt: z.string(),
  /** Seconds from the customer's last message to the reply. */
  replyTimeSec: z.number().min(0),
  result: stepResultSchema,
});

export const OVERRIDE_CHECKS = ['element', 'must-avoid', 'tone', 'length'] as const;

/**
 * A reviewer's decision on one automatic check of a reply, with the reason. `check` says which kind
 * (absent on reviews saved before tone and length could be overridden: an element or must-avoid id).
 * `elementId` is the element's or must-avoid item's id, the tone check's name ("shouting"), or
 * "length". Statuses: element met / missed / N/A; must-avoid found ("hit") / dismissed ("na");
 * tone and length OK ("hit") / not OK ("missed"), and N/A for a tone check.
 */
export const elementOverrideSchema = z.object({
  stepId: z.string(),
  check: z.enum(OVERRIDE_CHECKS).optional(),
  elementId: z.string(),
  from: z.enum(['hit', 'missed', 'na']),
  to: z.enum(['hit', 'missed', 'na']),
  reason: z.string().trim().min(1, 'Say why the result is different.').max(500),
});

/** A reviewer's look at an attempt. The automatic score stays in the attempt; each review keeps its own. */
export const attemptReviewSchema = z.object({
  id: z.string(),
  reviewerId: z.string(),
  at: z.string(),
  overrides: z.array(elementOverrideSchema),
  comment: z.string().max(4000).default(''),
  score: attemptScoreSchema,
});

/**
 * One re-scoring of a finished attempt with newer scoring rules (see core/progress/rescore-attempts),
 * or its undoing: `score` is the automatic score from then on, null for "back to the original".
 */
export const attemptRescoreSchema = z.object({
  runId: z.string(),
  at: z.string(),
  score: attemptScoreSchema.nullable(),
});

export const attemptSchema = z.object({
  id: z.string(),
  personId: z.string(),
  scenarioId: z.string(),
  scenarioVersion: z.number().int().min(1),
  assignmentId: z.string().nullable(),
  mode: attemptModeSchema,
  status: z.enum(['in-progress', 'finished', 'abandoned']),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  /** Where the player is: the next step to show (a customer, decision or ending step). */
  currentStepId: z.string(),
  /** When the current decision step's prompt (the customer's last message) was shown. */
  currentPromptShownAt: z.string().nullable(),
  steps: z.array(attemptStepSchema),
  outcome: z.object({ stepId: z.string(), rating: z.enum(['good', 'neutral', 'poor']), text: z.string() }).nullable(),
  /** The automatic score of the whole attempt, set when it finishes. */
  score: attemptScoreSchema.nullable(),
  reviews: z.array(attemptReviewSchema).default([]),
  /** Re-scorings with newer rules, oldest first; the original `score` is never changed. */
  rescores: z.array(attemptRescoreSchema).default([]),
});

export const coachingCommentSchema = z.object({
  id: z.string(),
  personId: z.string(),
  authorId: z.string(),
  at: z.string(),
  text: z.string().trim().min(1).max(4000),
  attemptId: z.string().nullable(),
  standardId: z.string().nullable(),
  readAt: z.string().nullable(),
});

export type AttemptMode = z.infer<typeof attemptModeSchema>;
export type AttemptStep = z.infer<typeof attemptStepSchema>;
export type ElementOverride = z.infer<typeof elementOverrideSchema>;
export type OverrideStatus = ElementOverride['to'];
export type OverrideCheck = (typeof OVERRIDE_CHECKS)[number];
export type AttemptReview = z.infer<typeof attemptReviewSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type CoachingComment = z.infer<typeof coachingCommentSchema>;

/** The automatic score as it stands: the latest re-scoring's where one applies, else the original. */
export function automaticScore(attempt: Attempt) {
  const last = attempt.rescores.length ? attempt.rescores[attempt.rescores.length - 1] : undefined;
  return last?.score ?? attempt.score;
}

/** The score reports use: the latest review's where one exists, else the automatic one. */
export function effectiveScore(attempt: Attempt) {
  return attempt.reviews.length ? attempt.reviews[attempt.reviews.length - 1].score : automaticScore(attempt);
}
