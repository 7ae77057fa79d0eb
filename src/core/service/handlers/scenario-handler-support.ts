/**
 * What the scenario handlers share: finding an entry, the standards a scenario may use, the
 * problems of a draft, and the detail view each role may see (managers never see drafts).
 */
import { AppError } from '../../../shared/errors';
import type { ScenarioDetail, ScenarioProblemView } from '../../../shared/contract/scenario-ops';
import type { Scenario } from '../../../shared/domain/scenario';
import type { ScenarioEntry } from '../../../shared/domain/scenario-library';
import { validateScenario } from '../../scenarios/validate-scenario';
import { scenarioListItem } from '../../scenarios/scenario-list-item';
import { draftOnlyWarnings, standardOptions } from '../../scenarios/scenario-standards';
import type { WorkspaceData } from '../../store/workspace-schema';

export function findScenarioEntry(data: WorkspaceData, id: string): ScenarioEntry {
  const entry = data.scenarios.find((s) => s.id === id);
  if (!entry) throw new AppError('NOT_FOUND', `There is no scenario "${id.slice(0, 80)}". It may have been renamed or removed; reload the library.`);
  return entry;
}

export function knownStandardIds(data: WorkspaceData): string[] {
  return standardOptions(data.playbook).map((o) => o.id);
}

export function problemsOf(data: WorkspaceData, scenario: Scenario): ScenarioProblemView[] {
  return validateScenario(scenario, knownStandardIds(data)).map((p) => (p.stepId === undefined ? { path: p.path, message: p.message } : { path: p.path, stepId: p.stepId, message: p.message }));
}

export function warningsOf(data: WorkspaceData, scenario: Scenario): string[] {
  return draftOnlyWarnings(scenario, standardOptions(data.playbook));
}

export function scenarioDetail(data: WorkspaceData, entry: ScenarioEntry, view: 'author' | 'reader'): ScenarioDetail {
  const draft = view === 'author' ? entry.draft : null;
  const problems = draft ? problemsOf(data, draft) : [];
  const shown = draft ?? entry.versions.at(-1) ?? null;
  return {
    item: scenarioListItem(entry, problems.length, view),
    draft,
    versions: entry.versions.map((scenario) => ({ version: scenario.version, scenario })),
    problems,
    warnings: view === 'author' && shown ? warningsOf(data, shown) : [],
    standards: standardOptions(data.playbook),
  };
}

/** Managers read only published scenarios; a draft that was never published does not exist for them. */
export function readableEntry(data: WorkspaceData, id: string, view: 'author' | 'reader'): ScenarioEntry {
  const entry = findScenarioEntry(data, id);
  if (view === 'reader' && entry.versions.length === 0) throw new AppError('NOT_FOUND', `There is no published scenario "${id.slice(0, 80)}".`);
  return entry;
}
