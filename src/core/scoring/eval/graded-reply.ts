/**
 * One line of the graded set: a staff reply written and labelled by a grader who saw only the
 * situation, the prompt and the element labels — never the rubric's phrases, concepts or facts.
 */
import { z } from 'zod';

export const gradedReplySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[A-Za-z0-9_-]+\/\d+$/),
  scenarioId: z.string(),
  stepId: z.string(),
  reply: z.string(),
  kind: z.enum(['excellent', 'partial', 'poor', 'trick']),
  labels: z.object({
    elements: z.record(z.string(), z.enum(['hit', 'missed'])),
    mustAvoid: z.record(z.string(), z.boolean()),
    tone: z.object({ apology: z.boolean(), customerName: z.boolean(), shouting: z.boolean(), exclamationStack: z.boolean() }),
    passed: z.boolean(),
  }),
  note: z.string().default(''),
});

export type GradedReply = z.infer<typeof gradedReplySchema>;

/**
 * Every third reply of each step (by its number) is kept aside: never looked at while tuning the
 * scorer or its data, and reported on its own.
 */
export function partOf(reply: GradedReply): 'tune' | 'aside' {
  return Number(reply.id.split('/').pop()) % 3 === 0 ? 'aside' : 'tune';
}
