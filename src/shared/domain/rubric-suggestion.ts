/**
 * A rubric suggested from a real staff reply (made in core/scenarios/suggest-rubric) and how it is
 * accepted into a step: it fills only what the owner has not written yet, so accepting never
 * overwrites their work, and the standards it scores against join the scenario's list.
 */
import type { FreeTextStep, MustAvoidItem, RubricElement, Scenario, ToneChecks } from './scenario';

export interface RubricSuggestion {
  prompt: string;
  modelAnswer: string;
  rubric: { elements: RubricElement[]; mustAvoid: MustAvoidItem[]; tone: ToneChecks };
  /** Why each element was suggested, by element id: what the real reply said. */
  reasons: Record<string, string>;
}

/** Whether a step still waits for a suggestion: it keeps the real reply and lacks a rubric or a model answer. */
export function wantsSuggestion(step: FreeTextStep): boolean {
  return (step.actualReply?.text.trim() ?? '') !== '' && (step.rubric.elements.length === 0 || step.modelAnswer.trim() === '');
}

export function withSuggestion(step: FreeTextStep, suggestion: RubricSuggestion): FreeTextStep {
  return {
    ...step,
    prompt: step.prompt.trim() === '' ? suggestion.prompt : step.prompt,
    modelAnswer: step.modelAnswer.trim() === '' ? suggestion.modelAnswer : step.modelAnswer,
    rubric: step.rubric.elements.length > 0 ? step.rubric : { ...step.rubric, ...suggestion.rubric },
  };
}

/** The scenario with the step's accepted suggestion in place and its standards listed. */
export function acceptSuggestion(scenario: Scenario, stepId: string, suggestion: RubricSuggestion): Scenario {
  const step = scenario.steps[stepId];
  if (step?.type !== 'free-text') return scenario;
  const next = withSuggestion(step, suggestion);
  const standards = new Set(scenario.standards);
  for (const el of next.rubric.elements) standards.add(el.standardId);
  for (const item of next.rubric.mustAvoid) if (item.standardId) standards.add(item.standardId);
  standards.add(next.rubric.tone.standardId);
  return { ...scenario, steps: { ...scenario.steps, [stepId]: next }, standards: [...standards] };
}
