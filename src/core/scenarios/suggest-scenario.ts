/**
 * Suggestions for a scenario made from a real chat: for every reply step that still has an empty
 * rubric or model answer and keeps the real staff reply, a drafted prompt, model answer and rubric
 * (see suggest-rubric). Accepting them fills only what is empty and lists the standards the rubric
 * now scores against, so nothing the owner wrote is overwritten.
 */
import type { Scenario } from '../../shared/domain/scenario';
import { customerMessagesBefore } from '../../shared/domain/customer-messages';
import { acceptSuggestion, wantsSuggestion, type RubricSuggestion } from '../../shared/domain/rubric-suggestion';
import { suggestRubric } from './suggest-rubric';

export function suggestScenarioSteps(scenario: Scenario, standardIds: readonly string[]): Record<string, RubricSuggestion> {
  const out: Record<string, RubricSuggestion> = {};
  const usable = scenario.standards.length > 0 ? scenario.standards.filter((id) => standardIds.includes(id)) : [...standardIds];
  for (const [id, step] of Object.entries(scenario.steps)) {
    if (step.type !== 'free-text' || !wantsSuggestion(step)) continue;
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
  return Object.entries(suggestions).reduce((s, [id, suggestion]) => acceptSuggestion(s, id, suggestion), scenario);
}
