/**
 * How far a suggested rubric agrees with the graders with no hand edits: each graded step's rubric
 * is replaced by the one suggested from its model answer (standing in for the real staff reply) and
 * the customer's messages, and the graded replies are scored against it.
 */
import { customerMessagesBefore } from '../../shared/domain/customer-messages';
import { rubricSchema, type FreeTextStep } from '../../shared/domain/scenario';
import { scoreCaseAgainst, type CaseOutcome } from '../scoring/eval/agreement';
import type { GradedCase } from '../scoring/eval/load-graded-set';
import { suggestRubric } from './suggest-rubric';

/** The target: verdict agreement of suggested rubrics on the graded replies. */
export const SUGGESTED_RUBRIC_TARGET = 0.85;

export function scoreWithSuggestedRubrics(cases: readonly GradedCase[]): CaseOutcome[] {
  const steps = new Map<string, FreeTextStep>();
  return cases.map((c) => {
    const key = `${c.scenario.id}/${c.reply.stepId}`;
    let step = steps.get(key);
    if (!step) {
      const suggestion = suggestRubric({
        realReply: c.step.modelAnswer,
        customerMessages: customerMessagesBefore(c.scenario, c.reply.stepId),
        language: c.scenario.language,
        customerName: c.scenario.persona.name,
        standardIds: c.scenario.standards,
      });
      step = { ...c.step, rubric: rubricSchema.parse(suggestion.rubric) };
      steps.set(key, step);
    }
    return scoreCaseAgainst(c, step);
  });
}
