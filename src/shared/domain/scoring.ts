/**
 * What scoring returns. Every point gained or lost is a line that names what it is for, its
 * standard and the matched words; positions index the reply exactly as the trainee typed it, so
 * the UI can highlight them. Attempts store these results, so they are schemas too.
 */
import { z } from 'zod';

/** One stretch of the original reply that matched a phrase: text === reply.slice(start, end). */
export const phraseMatchSchema = z.object({
  phrase: z.string(),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const elementResultSchema = z.object({
  elementId: z.string(),
  label: z.string(),
  standardId: z.string(),
  weight: z.number(),
  status: z.enum(['hit', 'missed', 'na']),
  matches: z.array(phraseMatchSchema),
  earned: z.number(),
  /** 0 when N/A: an N/A element leaves the maximum. */
  max: z.number(),
  /** For a missed element: what the scoring looked for, in plain words. */
  lookedFor: z.string().optional(),
});

export const mustAvoidFindingSchema = z.object({
  itemId: z.string(),
  label: z.string(),
  standardId: z.string().optional(),
  autoFail: z.boolean(),
  /** Points taken off (0 for an auto-fail: the whole result is zeroed instead). */
  penalty: z.number(),
  matches: z.array(phraseMatchSchema),
});

export const toneFindingSchema = z.object({
  check: z.enum(['apology', 'customer-name', 'shouting', 'exclamation-stack']),
  standardId: z.string(),
  ok: z.boolean(),
  /** 'na' for the customer-name check when no name is known. */
  status: z.enum(['ok', 'failed', 'na']),
  earned: z.number(),
  max: z.number(),
  matches: z.array(phraseMatchSchema),
});

/** Each tone check in plain words, for every screen that shows one. */
export const TONE_CHECK_WORDS: Record<ToneFinding['check'], string> = {
  apology: 'Apology',
  'customer-name': "Uses the customer's name",
  shouting: 'No shouting in capitals',
  'exclamation-stack': 'No stacks of "!!!"',
};

export const lengthFindingSchema = z.object({
  unit: z.enum(['chars', 'words']),
  actual: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
  ok: z.boolean(),
  penalty: z.number(),
});

export const replyTimeFindingSchema = z.object({
  targetSec: z.number(),
  actualSec: z.number().optional(),
  /** Unknown (no time recorded) counts as not late. */
  withinTarget: z.boolean(),
  /** The standard a timed reply counts toward (1 of 1 within the target); absent on untimed and older results. */
  standardId: z.string().optional(),
});

export const standardTotalSchema = z.object({
  standardId: z.string(),
  earned: z.number(),
  max: z.number(),
});

/** One human-readable line, for example "+2 Offer an alternative (keep-feed-honest): matched 'similar'". */
export const scoreLineSchema = z.object({
  points: z.number(),
  standardId: z.string().optional(),
  text: z.string(),
});

const totalsShape = {
  perStandard: z.array(standardTotalSchema),
  earned: z.number(),
  /** Applicable maximum: N/A items excluded. */
  max: z.number(),
  /** earned / max in 0..1; 0 when auto-failed; 1 when nothing applied. */
  score: z.number().min(0).max(1),
  autoFailed: z.boolean(),
  passed: z.boolean(),
  lines: z.array(scoreLineSchema),
};

export const freeTextResultSchema = z.object({
  kind: z.literal('free-text'),
  stepId: z.string(),
  reply: z.string(),
  elements: z.array(elementResultSchema),
  mustAvoid: z.array(mustAvoidFindingSchema),
  tone: z.array(toneFindingSchema),
  length: lengthFindingSchema.optional(),
  replyTime: replyTimeFindingSchema,
  /**
   * Critical errors that fail the reply whatever its score (a wrong fact, shouting, "!!!"), each
   * in plain words. Absent on results recorded before they existed.
   */
  criticalErrors: z.array(z.string()).optional(),
  ...totalsShape,
});

export const choiceResultSchema = z.object({
  kind: z.literal('choice'),
  stepId: z.string(),
  optionId: z.string(),
  feedback: z.string(),
  ...totalsShape,
});

export const stepResultSchema = z.discriminatedUnion('kind', [freeTextResultSchema, choiceResultSchema]);

export const attemptScoreSchema = z.object({
  steps: z.array(stepResultSchema),
  ...totalsShape,
});

export type PhraseMatch = z.infer<typeof phraseMatchSchema>;
export type ElementResult = z.infer<typeof elementResultSchema>;
export type MustAvoidFinding = z.infer<typeof mustAvoidFindingSchema>;
export type ToneFinding = z.infer<typeof toneFindingSchema>;
export type LengthFinding = z.infer<typeof lengthFindingSchema>;
export type ReplyTimeFinding = z.infer<typeof replyTimeFindingSchema>;
export type StandardTotal = z.infer<typeof standardTotalSchema>;
export type ScoreLine = z.infer<typeof scoreLineSchema>;
export type FreeTextResult = z.infer<typeof freeTextResultSchema>;
export type ChoiceResult = z.infer<typeof choiceResultSchema>;
export type StepResult = z.infer<typeof stepResultSchema>;
export type AttemptScore = z.infer<typeof attemptScoreSchema>;
