/**
 * Which scenarios score against a standard: their list of standards, rubric elements, must-avoid
 * items, tone checks and choice points. A standard that scenarios use cannot be deleted from the
 * playbook, or their scores would point at nothing. Archived scenarios are ignored.
 */
import type { Scenario } from '../../shared/domain/scenario';
import type { ScenarioEntry } from '../../shared/domain/scenario-library';

export function standardIdsOfScenario(scenario: Scenario): Set<string> {
  const ids = new Set(scenario.standards);
  for (const step of Object.values(scenario.steps)) {
    if (step.type === 'free-text') {
      for (const element of step.rubric.elements) ids.add(element.standardId);
      for (const item of step.rubric.mustAvoid) if (item.standardId) ids.add(item.standardId);
      const tone = step.rubric.tone;
      if (tone.apologyRequired || tone.useCustomerName || tone.noShouting || tone.noExclamationStacks) ids.add(tone.standardId);
    } else if (step.type === 'choice') {
      for (const option of step.options) for (const id of Object.keys(option.points)) ids.add(id);
    }
  }
  return ids;
}

/** Scenarios (draft or any published version, not archived) that use the standard, by title. */
export function scenariosUsingStandard(entries: ScenarioEntry[], standardId: string): { id: string; title: string }[] {
  return entries
    .filter((entry) => entry.archivedAt === null)
    .flatMap((entry) => {
      const versions = [...entry.versions, ...(entry.draft ? [entry.draft] : [])];
      const user = versions.find((scenario) => standardIdsOfScenario(scenario).has(standardId));
      return user ? [{ id: entry.id, title: (entry.draft ?? user).title }] : [];
    });
}
