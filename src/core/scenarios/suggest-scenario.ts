/**
 * Suggestions for a scenario made from a real chat: for every reply step that still has an empty
 * rubric or model answer and keeps the real staff reply, a drafted prompt, model answer and rubric
 * (see suggest-rubric). Accepting them fills only what is empty and lists the standards the rubric
 * now scores against, so nothing the owner wrote is overwritten.
 */
import type { FreeTextStep, Scenario } from '../../shared/domain/scenario';
import { customerMessagesBefore } from '../../shared/domain/customer-messages';
import { suggestRubric, type RubricSuggestion } from './suggest-rubric';

function needsSuggestion(step: FreeTextStep): boolean {
  return (step.actualReply?.text.trim() ?? '') !== '' && (step.rubric.elements.length === 0 || step.modelAnswer.trim() === '');
}

export function suggestScenarioSteps(scenario: Scenario, standardIds: readonly string[]): Record<string, RubricSuggestion> {
  const out: Record<string, RubricSuggestion> = {};
  const usable = scenario.standards.length > 0 ? scenario.standards.filter((id) => standardIds.includes(id)) : [...standardIds];
  for (const [id, step] of Object.entries(scenario.steps)) {
    if (step.type !== 'free-text' || !needsSuggestion(step)) continue;
    out[id] = suggestRubric({
      realReply: step.actualReply!.text,
      customerMessages: customerMessagesBefore(scenario, id),
      language: scenario.language,
      customerName: scenario.persona.name,
      standardIds: usable.length > 0 ? usable : [...standardIds],
    });
  }
  return out;
}

/** The scenario with the suggestions filled in where the owner has not written anything yet. */
export function acceptSuggestions(scenario: Scenario, suggestions: Record<string, RubricSuggestion>): Scenario {
  const steps = { ...scenario.steps };
  const standards = new Set(scenario.standards);
  for (const [id, suggestion] of Object.entries(suggestions)) {
    const step = steps[id];
    if (step?.type !== 'free-text') continue;
    const rubric = step.rubric.elements.length > 0 ? step.rubric : { ...step.rubric, ...suggestion.rubric };
    steps[id] = {
      ...step,
      prompt: step.prompt.trim() === '' ? suggestion.prompt : step.prompt,
      modelAnswer: step.modelAnswer.trim() === '' ? suggestion.modelAnswer : step.modelAnswer,
      rubric,
    };
    for (const el of rubric.elements) standards.add(el.standardId);
    for (const item of rubric.mustAvoid) if (item.standardId) standards.add(item.standardId);
    standards.add(rubric.tone.standardId);
  }
  return { ...scenario, steps, standards: [...standards] };
}
