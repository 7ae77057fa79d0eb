/**
 * Which standards a scenario may score against. Leaders write scenarios against the playbook
 * draft while employees read the latest published version, so the known ids are the union of
 * both; a standard found only in the draft is allowed but reported, because trainees cannot open
 * its playbook passage until the playbook is published again.
 */
import type { PlaybookSection } from '../../shared/domain/playbook';
import type { Scenario } from '../../shared/domain/scenario';

export interface StandardOption {
  id: string;
  title: string;
  source: 'published' | 'draft-only';
}

export function standardOptions(playbook: PlaybookSection): StandardOption[] {
  const published = playbook.versions.at(-1)?.standards ?? [];
  const publishedIds = new Set(published.map((s) => s.id));
  const options: StandardOption[] = published.map((s) => ({ id: s.id, title: s.title, source: 'published' }));
  for (const s of playbook.draft.standards) if (!publishedIds.has(s.id)) options.push({ id: s.id, title: s.title, source: 'draft-only' });
  return options;
}

/** Every standard id the scenario scores against or lists. */
export function standardsUsedBy(scenario: Scenario): Set<string> {
  const ids = new Set(scenario.standards);
  for (const step of Object.values(scenario.steps)) {
    if (step.type === 'free-text') {
      for (const element of step.rubric.elements) ids.add(element.standardId);
      for (const item of step.rubric.mustAvoid) if (item.standardId) ids.add(item.standardId);
    } else if (step.type === 'choice') {
      for (const option of step.options) for (const id of Object.keys(option.points)) ids.add(id);
    }
  }
  return ids;
}

export function draftOnlyWarnings(scenario: Scenario, options: readonly StandardOption[]): string[] {
  const draftOnly = new Map(options.filter((o) => o.source === 'draft-only').map((o) => [o.id, o.title]));
  return [...standardsUsedBy(scenario)]
    .filter((id) => draftOnly.has(id))
    .map(
      (id) =>
        `"${draftOnly.get(id)}" (${id}) is only in the playbook draft: trainees will not be able to open it until you publish the playbook.`,
    );
}
