/**
 * The file-reading edge for scenario folders: content/scenarios (seeding a new workspace) and any
 * folder the CLI's `validate` command is pointed at. One scenario per file.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Scenario } from '../../shared/domain/scenario';
import { checkScenarioText, formatOf, type ScenarioFileProblem } from './scenario-files';
import type { ValidateOptions } from './validate-scenario';

export interface ScenarioPack {
  scenarios: Array<{ file: string; scenario: Scenario }>;
  /** Every problem in every file; a scenario with problems is still listed when it parsed. */
  problems: ScenarioFileProblem[];
}

/** Scenario files directly in `dir` (sorted), as names relative to it. */
export async function listScenarioFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && formatOf(e.name) !== null)
    .map((e) => e.name)
    .sort();
}

export async function loadScenarioPack(dir: string, knownStandardIds: Iterable<string>, options: ValidateOptions = {}): Promise<ScenarioPack> {
  const known = [...knownStandardIds];
  let files: string[];
  try {
    files = await listScenarioFiles(dir);
  } catch (error) {
    return { scenarios: [], problems: [{ file: dir, message: `Cannot read the scenario folder: ${(error as Error).message}` }] };
  }
  const pack: ScenarioPack = { scenarios: [], problems: [] };
  const fileById = new Map<string, string>();
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    const { scenario, problems } = checkScenarioText(text, file, known, options);
    pack.problems.push(...problems);
    if (!scenario) continue;
    const expected = scenario.id;
    if (file.replace(/\.(ya?ml|json)$/i, '') !== expected)
      pack.problems.push({ file, field: 'id', message: `Name the file after the scenario id ("${expected}.yaml") so files and scenarios are easy to match.` });
    const clash = fileById.get(scenario.id);
    if (clash) pack.problems.push({ file, field: 'id', message: `The id "${scenario.id}" is already used by ${clash}; ids must be unique.` });
    fileById.set(scenario.id, file);
    pack.scenarios.push({ file, scenario });
  }
  return pack;
}
