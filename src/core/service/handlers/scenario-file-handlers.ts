/**
 * Importing scenario files. Each file is read with the same schema as the workspace: a file
 * whose shape is wrong is refused with every problem by line and field; a file that parses is
 * imported as a draft (a new scenario, or new draft changes of the scenario with its id), its
 * graph problems listed so the leader knows what blocks publishing.
 */
import type { ScenarioFileResult, scenarioOps } from '../../../shared/contract/scenario-ops';
import type { Scenario } from '../../../shared/domain/scenario';
import type { ScenarioEntry } from '../../../shared/domain/scenario-library';
import { checkScenarioText } from '../../scenarios/scenario-files';
import type { HandlersOf } from '../handler-types';
import { nextVersionOf } from './scenario-draft-handlers';
import { knownStandardIds } from './scenario-handler-support';

const problemView = (p: { line?: number; field?: string; message: string }) => ({
  ...(p.line === undefined ? {} : { line: p.line }),
  ...(p.field === undefined ? {} : { field: p.field }),
  message: p.message,
});

export const scenarioFileHandlers = {
  async importScenarioFiles({ files, dryRun }, ctx) {
    const known = knownStandardIds(ctx.ws.data);
    const existing = new Set(ctx.ws.data.scenarios.map((s) => s.id));
    const seen = new Map<string, string>();
    const accepted: Scenario[] = [];
    const results: ScenarioFileResult[] = files.map(({ name, text }) => {
      const { scenario, problems } = checkScenarioText(text, name, known);
      if (!scenario) return { file: name, scenarioId: null, title: null, outcome: 'refused', problems: problems.map(problemView) };
      const twin = seen.get(scenario.id);
      if (twin !== undefined) {
        return {
          file: name,
          scenarioId: scenario.id,
          title: scenario.title,
          outcome: 'refused',
          problems: [{ field: 'id', message: `"${twin}" in this import already holds the scenario "${scenario.id}"; give one of them another id.` }],
        };
      }
      seen.set(scenario.id, name);
      accepted.push(scenario);
      return { file: name, scenarioId: scenario.id, title: scenario.title, outcome: existing.has(scenario.id) ? 'update' : 'new', problems: problems.map(problemView) };
    });
    if (!dryRun && accepted.length > 0) {
      const at = ctx.now.toISOString();
      await ctx.ws.mutate((data) => {
        for (const scenario of accepted) {
          const entry = data.scenarios.find((s) => s.id === scenario.id);
          if (entry) {
            entry.draft = { ...scenario, status: 'draft', version: nextVersionOf(entry) };
            entry.updatedAt = at;
          } else {
            const fresh: ScenarioEntry = { id: scenario.id, draft: { ...scenario, status: 'draft', version: 1 }, versions: [], createdAt: at, updatedAt: at, archivedAt: null };
            data.scenarios.push(fresh);
          }
        }
      });
    }
    return { dryRun, files: results, imported: dryRun ? 0 : accepted.length };
  },
} satisfies HandlersOf<typeof scenarioOps>;
