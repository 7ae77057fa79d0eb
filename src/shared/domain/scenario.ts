/**
 * The role-play scenario: metadata, a persona, and a graph of steps (customer messages, decisions,
 * endings). One schema serves the workspace, the editor, the player and the content files, so a
 * scenario file is validated exactly like a stored one.
 *
 * The schema only checks shape. Whether the graph makes sense (reachable steps, known standards,
 * endings) is the validator's job in src/core/scenarios, so a half-written draft still parses.
 */
import { z } from 'zod';
import { channelSchema } from './channels';

export const SCENARIO_SCHEMA_VERSION = 1;

export { CHANNELS, channelSchema, type Channel } from './channels';

export const JOURNEY_STAGES = ['before', 'during', 'after'] as const;
export const journeyStageSchema = z.enum(JOURNEY_STAGES);

export const TOUCHPOINTS = ['people', 'product', 'both'] as const;
export const touchpointSchema = z.enum(TOUCHPOINTS);

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
/** Files may say 1, 2 or 3; the stored form is always the word. */
export const difficultySchema = z.union([
  z.enum(DIFFICULTIES),
  z.union([z.literal(1), z.literal(2), z.literal(3)]).transform((n) => DIFFICULTIES[n - 1]),
]);

export const slugSchema = z
  .string()
  .min(1, 'Enter an id.')
  .max(80, 'Keep the id under 80 characters.')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens (for example "boots-sold-out").');

/** Step, element and option ids: short, stable, safe in a JSON path. */
export const localIdSchema = z
  .string()
  .min(1, 'Enter an id.')
  .max(64, 'Keep the id under 64 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, "-" and "_" only.');

/** BCP 47 language tag such as en, id, ms, vi, tl, th or en-PH. */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as "en", "id", "ms", "vi", "tl" or "th".');

export const personaSchema = z.object({
  /** Always a pseudonym: scenarios are shared with every trainee. */
  name: z.string().trim().min(1, 'Give the customer a (pseudonymous) name.').max(60),
  mood: z.string().trim().max(120).default(''),
  /** What they saw or ordered. */
  context: z.string().trim().max(500).default(''),
  /** What they want out of the conversation. */
  goal: z.string().trim().max(500).default(''),
});

/**
 * A phrase group is a list of synonyms: any one of them hits the group. Files may write a group
 * of one as a plain string.
 */
export const phraseGroupSchema = z
  .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1, 'A phrase group needs at least one phrase.')])
  .transform((g) => (typeof g === 'string' ? [g] : g));
export const phraseGroupsSchema = z.array(phraseGroupSchema);

/** When a rubric element does not apply; an N/A element leaves the maximum. A hit always counts. */
export const naConditionSchema = z.discriminatedUnion('when', [
  /** For example "ask for the address" is N/A when the reply uses the address already on the order. */
  z.object({ when: z.literal('reply-mentions'), phrases: phraseGroupsSchema.min(1) }),
  /** One of two alternatives is enough: N/A when the other element was hit. */
  z.object({ when: z.literal('element-hit'), elementId: localIdSchema }),
  /** N/A when the scoring context has no customer name (for example anonymous comments). */
  z.object({ when: z.literal('no-customer-name') }),
]);

export const rubricElementSchema = z.object({
  id: localIdSchema,
  label: z.string().trim().min(1, 'Give the element a label.').max(120),
  standardId: z.string().min(1, 'Link the element to a standard.'),
  weight: z.number().positive('The weight must be above 0.').max(100).default(1),
  phrases: phraseGroupsSchema,
  /**
   * 'any' (default): one group is enough — groups are alternative ways of saying the thing.
   * 'all': every group must be hit — groups are parts of the thing (e.g. "sorry" AND "the delay").
   */
  require: z.enum(['any', 'all']).default('any'),
  naWhen: naConditionSchema.optional(),
  /**
   * Built-in service moves (apology, ownership, refund, time-commitment …, see
   * src/core/scoring/concepts): each is one more part, matched by its wordings in every language.
   */
  concepts: z.array(z.string().trim().min(1)).optional(),
  /**
   * Facts the reply must state, matched by value whatever the wording ("RM164" also matches
   * "164 ringgit"; "Sunday 12–5pm" also "Sun noon till 5"). Each is one more part.
   */
  facts: z.array(z.string().trim().min(1).max(80)).optional(),
});

export const mustAvoidSchema = z.object({
  id: localIdSchema,
  label: z.string().trim().min(1, 'Give the item a label.').max(120),
  standardId: z.string().min(1).optional(),
  /** Any group hit triggers the item. */
  phrases: phraseGroupsSchema,
  /** Built-in service moves that trigger the item too (rarely needed: most must-avoids are the shop's own words). */
  concepts: z.array(z.string().trim().min(1)).optional(),
  autoFail: z.boolean().default(false),
  /** Points taken off when triggered (ignored when autoFail is on: the whole attempt fails). */
  penalty: z.number().min(0).max(100).default(1),
});

export const toneChecksSchema = z.object({
  /** Standard the tone checks score against. */
  standardId: z.string().min(1).default('human-tone'),
  /** Points per check. "Do" checks add to the maximum; "don't" checks only take points off. */
  weight: z.number().positive().max(100).default(1),
  apologyRequired: z.boolean().default(false),
  useCustomerName: z.boolean().default(false),
  noShouting: z.boolean().default(true),
  noExclamationStacks: z.boolean().default(true),
});

export const lengthRangeSchema = z.object({
  unit: z.enum(['chars', 'words']).default('words'),
  min: z.number().int().min(0).optional(),
  max: z.number().int().positive().optional(),
  /** Points taken off when outside the range; 0 makes it advice only. */
  penalty: z.number().min(0).max(100).default(0),
});

export const rubricSchema = z.object({
  elements: z.array(rubricElementSchema).default([]),
  mustAvoid: z.array(mustAvoidSchema).default([]),
  tone: toneChecksSchema.default(() => toneChecksSchema.parse({})),
  length: lengthRangeSchema.optional(),
});

export const actualReplySchema = z.object({
  text: z.string(),
  /** The leader marks the real reply as an example to follow, one to avoid, or leaves it unmarked. */
  verdict: z.enum(['good', 'poor', 'unmarked']).default('unmarked'),
});

export const branchSchema = z.object({
  /** Taken when every listed element was hit. */
  ifHit: z.array(localIdSchema).min(1, 'A branch needs at least one element id.'),
  next: localIdSchema,
});

export const freeTextNextSchema = z.union([
  localIdSchema,
  z.object({ branches: z.array(branchSchema).min(1), default: localIdSchema }),
]);

export const customerMessageSchema = z
  .object({
    text: z.string().default(''),
    /** Typing delay before this message appears, in milliseconds. */
    delayMs: z.number().int().min(0).max(60000).optional(),
    image: z.object({ caption: z.string().trim().min(1, 'Describe the image.') }).optional(),
  })
  .refine((m) => m.text.trim() !== '' || m.image !== undefined, { message: 'A message needs text or an image.' });

export const customerStepSchema = z.object({
  type: z.literal('customer'),
  messages: z.array(customerMessageSchema).min(1, 'A customer step needs at least one message.'),
  next: localIdSchema,
});

export const choiceOptionSchema = z.object({
  id: localIdSchema,
  text: z.string().trim().min(1, 'Write the reply.'),
  feedback: z.string().trim().default(''),
  /** Points per standard id; may be negative for a reply that works against a standard. */
  points: z.record(z.string(), z.number().min(-100).max(100)).default({}),
  next: localIdSchema,
});

export const choiceStepSchema = z.object({
  type: z.literal('choice'),
  prompt: z.string().default(''),
  /** 2–4 options; fewer is allowed in a draft and reported by the validator. */
  options: z.array(choiceOptionSchema).max(4, 'A choice step has at most 4 replies.'),
});

export const freeTextStepSchema = z.object({
  type: z.literal('free-text'),
  prompt: z.string().default(''),
  rubric: rubricSchema.default(() => rubricSchema.parse({})),
  replyTimeTargetSec: z.number().int().positive().max(86400).default(300),
  /** The standard the reply time counts toward; unset means the starter "first-reply-on-time". */
  replyTimeStandardId: z.string().min(1).optional(),
  modelAnswer: z.string().default(''),
  actualReply: actualReplySchema.optional(),
  /** The owner's own sample replies for the rubric check, each with what they expect of it. */
  samples: z.array(z.object({ text: z.string().trim().min(1).max(5000), expect: z.enum(['pass', 'fail']) })).max(20).optional(),
  next: freeTextNextSchema,
});

export const endingStepSchema = z.object({
  type: z.literal('ending'),
  outcome: z.string().trim().min(1, 'Describe the outcome.'),
  rating: z.enum(['good', 'neutral', 'poor']),
});

/** "Decision steps" are the choice and free-text steps: the trainee acts there. */
export const stepSchema = z.discriminatedUnion('type', [customerStepSchema, choiceStepSchema, freeTextStepSchema, endingStepSchema]);

export const scenarioSchema = z.object({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id: slugSchema,
  version: z.number().int().min(1).default(1),
  status: z.enum(['draft', 'published']).default('draft'),
  title: z.string().trim().min(1, 'Give the scenario a title.').max(120),
  channel: channelSchema,
  journeyStage: journeyStageSchema,
  touchpoint: touchpointSchema,
  difficulty: difficultySchema,
  /** Standard ids the scenario trains (filters and reports use these). */
  standards: z.array(z.string().min(1)).default([]),
  estimatedMinutes: z.number().positive().max(120).default(5),
  language: languageTagSchema.default('en'),
  tags: z.array(z.string().trim().min(1).max(40)).default([]),
  sourceTranscriptId: z.string().min(1).optional(),
  persona: personaSchema,
  /** Share of the applicable maximum needed to pass, 0..1. */
  passMark: z.number().min(0).max(1).default(0.8),
  start: localIdSchema,
  steps: z.record(localIdSchema, stepSchema),
});

export type JourneyStage = z.infer<typeof journeyStageSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type Difficulty = z.output<typeof difficultySchema>;
export type Persona = z.infer<typeof personaSchema>;
export type PhraseGroup = z.output<typeof phraseGroupSchema>;
export type NaCondition = z.output<typeof naConditionSchema>;
export type RubricElement = z.output<typeof rubricElementSchema>;
export type MustAvoidItem = z.output<typeof mustAvoidSchema>;
export type ToneChecks = z.output<typeof toneChecksSchema>;
export type LengthRange = z.output<typeof lengthRangeSchema>;
export type Rubric = z.output<typeof rubricSchema>;
export type ActualReply = z.output<typeof actualReplySchema>;
export type CustomerMessage = z.output<typeof customerMessageSchema>;
export type CustomerStep = z.output<typeof customerStepSchema>;
export type ChoiceOption = z.output<typeof choiceOptionSchema>;
export type ChoiceStep = z.output<typeof choiceStepSchema>;
export type FreeTextStep = z.output<typeof freeTextStepSchema>;
export type EndingStep = z.output<typeof endingStepSchema>;
export type Step = z.output<typeof stepSchema>;
export type DecisionStep = ChoiceStep | FreeTextStep;
export type Scenario = z.output<typeof scenarioSchema>;
/** What a file or the editor may hand in before defaults are filled. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export function isDecisionStep(step: Step): step is DecisionStep {
  return step.type === 'choice' || step.type === 'free-text';
}

/** Every step id a step can lead to, in order, without duplicates. */
export function successorsOf(step: Step): string[] {
  switch (step.type) {
    case 'customer':
      return [step.next];
    case 'choice':
      return [...new Set(step.options.map((o) => o.next))];
    case 'free-text':
      return typeof step.next === 'string' ? [step.next] : [...new Set([...step.next.branches.map((b) => b.next), step.next.default])];
    case 'ending':
      return [];
  }
}
