/** Copies a scenario as a new draft: new id, version 1, nothing shared with the original. */
import type { Scenario } from '../../shared/domain/scenario';

export function duplicateScenario(scenario: Scenario, newId: string, title = `${scenario.title} (copy)`): Scenario {
  return { ...structuredClone(scenario), id: newId, title, status: 'draft', version: 1 };
}
