/**
 * `validate <folder> [...]`: checks content files and prints every problem with file, line and
 * field; exits 1 when there is any. A folder can be a content pack (with playbook/ and
 * scenarios/), a playbook folder (with playbook.yaml) or a scenario folder. Scenarios are checked
 * against the standards of the playbook next to them when there is one, else the starter list.
 */
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parsePlaybookFolder } from '../../core/playbook/parse-playbook-folder';
import { readPlaybookFolder } from '../../core/playbook/load-playbook-pack';
import { loadScenarioPack } from '../../core/scenarios/scenario-pack';
import { STARTER_STANDARD_IDS } from '../../core/scenarios/starter-standard-ids';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../cli-command';

const USAGE = `Usage: npm run cli -- validate <folder> [<folder> ...]

Checks playbook and scenario files and prints every problem with its file, line and field.
<folder> is a content pack (containing playbook/ and scenarios/), a playbook folder
(containing playbook.yaml) or a folder of scenario files (.yaml, .yml, .json).
Exits with 1 when any problem is found.`;

const PLAYBOOK_INDEX = 'playbook.yaml';

export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

interface FolderReport {
  problems: ContentProblem[];
  summary: string[];
}

async function exists(path: string, kind: 'file' | 'dir'): Promise<boolean> {
  try {
    const s = await stat(path);
    return kind === 'file' ? s.isFile() : s.isDirectory();
  } catch {
    return false;
  }
}

/** Problems of a playbook folder and the standard ids it defines. */
async function checkPlaybook(dir: string): Promise<{ problems: ContentProblem[]; standardIds: string[] }> {
  try {
    const parsed = parsePlaybookFolder(await readPlaybookFolder(dir));
    return {
      problems: parsed.problems.map((p) => ({ ...p, file: join(dir, p.file) })),
      standardIds: parsed.draft.standards.map((s) => s.id),
    };
  } catch (error) {
    return { problems: [{ file: dir, message: `Cannot read the playbook folder: ${(error as Error).message}` }], standardIds: [] };
  }
}

async function checkScenarios(dir: string, standardIds: readonly string[], show: (path: string) => string): Promise<FolderReport> {
  const pack = await loadScenarioPack(dir, standardIds);
  return {
    problems: pack.problems.map((p) => ({ ...p, file: p.file === dir ? dir : join(dir, p.file) })),
    summary: [`${pack.scenarios.length} scenario file${pack.scenarios.length === 1 ? '' : 's'} in ${show(dir)}`],
  };
}

/** The playbook whose standards a scenario folder is checked against: its own pack's, or a sibling. */
async function standardsFor(scenarioDir: string): Promise<{ ids: string[]; source: string; problems: ContentProblem[] }> {
  const sibling = resolve(scenarioDir, '..', 'playbook');
  if (await exists(join(sibling, PLAYBOOK_INDEX), 'file')) {
    const { standardIds, problems } = await checkPlaybook(sibling);
    if (standardIds.length > 0) return { ids: standardIds, source: sibling, problems };
  }
  return { ids: [...STARTER_STANDARD_IDS], source: 'the starter standards', problems: [] };
}

/** `show` turns a path into what the summary prints (relative to the working folder in the CLI). */
export async function validateFolder(dir: string, show: (path: string) => string = (path) => path): Promise<FolderReport> {
  if (!(await exists(dir, 'dir'))) return { problems: [{ file: dir, message: 'No such folder. Give the path of a content, playbook or scenario folder.' }], summary: [] };

  const hasIndex = await exists(join(dir, PLAYBOOK_INDEX), 'file');
  const packPlaybook = join(dir, 'playbook');
  const packScenarios = join(dir, 'scenarios');
  const isPack = !hasIndex && ((await exists(packPlaybook, 'dir')) || (await exists(packScenarios, 'dir')));

  if (hasIndex) {
    const { problems, standardIds } = await checkPlaybook(dir);
    return { problems, summary: [`playbook in ${show(dir)} with ${standardIds.length} standards`] };
  }
  if (isPack) {
    const report: FolderReport = { problems: [], summary: [] };
    let standardIds: string[] = [...STARTER_STANDARD_IDS];
    if (await exists(join(packPlaybook, PLAYBOOK_INDEX), 'file')) {
      const playbook = await checkPlaybook(packPlaybook);
      report.problems.push(...playbook.problems);
      report.summary.push(`playbook in ${show(packPlaybook)} with ${playbook.standardIds.length} standards`);
      if (playbook.standardIds.length > 0) standardIds = playbook.standardIds;
    }
    if (await exists(packScenarios, 'dir')) {
      const scenarios = await checkScenarios(packScenarios, standardIds, show);
      report.problems.push(...scenarios.problems);
      report.summary.push(...scenarios.summary);
    }
    return report;
  }
  const standards = await standardsFor(dir);
  const scenarios = await checkScenarios(dir, standards.ids, show);
  return { problems: [...standards.problems, ...scenarios.problems], summary: scenarios.summary.map((s) => `${s} (standards from ${standards.source === 'the starter standards' ? standards.source : show(standards.source)})`) };
}

export function formatProblem(p: ContentProblem, cwd: string): string {
  const file = relative(cwd, p.file) || p.file;
  const where = p.line === undefined ? file : `${file}:${p.line}`;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where} ${p.message}`;
}

async function runValidate(args: string[], io: CliIo): Promise<number> {
  const folders = args.filter((a) => !a.startsWith('-'));
  const unknown = args.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) {
    io.err(`Unknown option ${unknown[0]}.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (folders.length === 0) {
    io.err(USAGE);
    return EXIT_USAGE;
  }
  let count = 0;
  for (const folder of folders) {
    const report = await validateFolder(resolve(io.cwd, folder), (path) => relative(io.cwd, path) || '.');
    for (const p of report.problems) io.out(formatProblem(p, io.cwd));
    for (const s of report.summary) io.out(`Checked ${s}`);
    count += report.problems.length;
  }
  if (count > 0) {
    io.err(`${count} problem${count === 1 ? '' : 's'} found.`);
    return EXIT_BAD_INPUT;
  }
  io.out('No problems found.');
  return EXIT_OK;
}

export const validateCommand: CliCommand = {
  usage: USAGE,
  run: runValidate,
};
