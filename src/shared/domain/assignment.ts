/** Assignments: scenarios and playbook versions given to people, a role, or everyone, with a due date. */
import { z } from 'zod';
import { ROLES } from '../contract/operation';
import { attemptModeSchema } from './attempt';

export const assignmentTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('people'), personIds: z.array(z.string().min(1)).min(1, 'Choose at least one person.') }),
  z.object({ type: z.literal('role'), role: z.enum(ROLES) }),
  z.object({ type: z.literal('everyone') }),
]);

/** Which attempt counts for the assignment. */
export const countingRuleSchema = z.enum(['first', 'best', 'latest']);

export const assignmentSchema = z.object({
  id: z.string(),
  kind: z.enum(['scenario', 'playbook']),
  scenarioId: z.string().nullable(),
  playbookVersion: z.number().int().min(1).nullable(),
  mode: attemptModeSchema,
  passMark: z.number().min(0).max(1),
  counts: countingRuleSchema,
  target: assignmentTargetSchema,
  /** The people it was given to, resolved when assigned; people joining a role later are added. */
  personIds: z.array(z.string()),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  remindedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});

export type AssignmentTarget = z.infer<typeof assignmentTargetSchema>;
export type CountingRule = z.infer<typeof countingRuleSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
