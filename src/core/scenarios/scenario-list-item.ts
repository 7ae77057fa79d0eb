/** One row of the scenario library, from a workspace entry: what it is, where it stands, what blocks it. */
import type { ScenarioEntry } from '../../shared/domain/scenario-library';
import { latestPublished } from '../../shared/domain/scenario-library';
import type { ScenarioListItem, ScenarioStatus } from '../../shared/contract/scenario-ops';

export function statusOf(entry: ScenarioEntry): ScenarioStatus {
  if (entry.versions.length === 0) return 'draft';
  return entry.draft ? 'both' : 'published';
}

/** The scenario as its author sees it now: the draft when there is one, else the latest version. */
export function currentScenario(entry: ScenarioEntry) {
  const scenario = entry.draft ?? latestPublished(entry);
  if (!scenario) throw new Error(`Scenario entry "${entry.id}" has neither a draft nor a version.`);
  return scenario;
}

export function scenarioListItem(entry: ScenarioEntry, problemCount: number, view: 'author' | 'reader' = 'author'): ScenarioListItem {
  const scenario = view === 'reader' ? (latestPublished(entry) ?? currentScenario(entry)) : currentScenario(entry);
  return {
    id: entry.id,
    title: scenario.title,
    channel: scenario.channel,
    journeyStage: scenario.journeyStage,
    difficulty: scenario.difficulty,
    language: scenario.language,
    standards: [...scenario.standards],
    tags: [...scenario.tags],
    status: view === 'reader' ? 'published' : statusOf(entry),
    latestVersion: latestPublished(entry)?.version ?? null,
    problemCount: view === 'reader' ? 0 : problemCount,
    archived: entry.archivedAt !== null,
    fromTranscript: scenario.sourceTranscriptId !== undefined,
    updatedAt: entry.updatedAt,
  };
}
