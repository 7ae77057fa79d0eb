/**
 * A new workspace starts from the content pack in content/: the starter playbook as the leader's
 * draft (to adapt and publish) and the starter scenarios as published version 1. A pack part that
 * is missing seeds nothing; a broken one is refused with its problems listed.
 */
import { join } from 'node:path';
import type { ScenarioEntry } from '../../shared/domain/scenario-library';
import { seedPlaybookSection } from '../playbook/load-playbook-pack';
import { loadScenarioPack } from '../scenarios/scenario-pack';
import type { WorkspaceData } from '../store/workspace-schema';

export type SeededSections = Pick<WorkspaceData, 'playbook' | 'scenarios'>;

export async function seedFromContentPack(contentDir: string, stamp: { at: string; by: string }): Promise<SeededSections> {
  const playbook = await seedPlaybookSection(contentDir, stamp);
  const standardIds = playbook.draft.standards.map((s) => s.id);
  // The shipped pack's model answers are checked by its tests and by `cli validate`; a model answer
  // below the pass mark is the author's to fix in the editor, not a reason to leave a scenario out.
  const pack = await loadScenarioPack(join(contentDir, 'scenarios'), standardIds, { scoreModelAnswers: false });
  const scenarios: ScenarioEntry[] = pack.scenarios
    .filter(({ file }) => !pack.problems.some((p) => p.file === file))
    .map(({ scenario }) => ({
      id: scenario.id,
      draft: null,
      versions: [{ ...scenario, version: 1, status: 'published' as const }],
      createdAt: stamp.at,
      updatedAt: stamp.at,
      archivedAt: null,
    }));
  return { playbook, scenarios };
}
