/**
 * One scenario per file, YAML or JSON, validated by the same schema as the workspace. Problems
 * name the file, the line and the JSON path, so an author can fix a hand-edited file.
 */
import { LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { scenarioSchema, type Scenario } from '../../shared/domain/scenario';
import { formatPath, validateScenario, type PathSegment, type ValidateOptions } from './validate-scenario';
import { clip, MAX_PROBLEM_MESSAGE, yamlDetail } from '../content/problem-text';

export type ScenarioFormat = 'yaml' | 'json';

/** Same shape as the playbook's folder problems, so `validate` prints both alike. */
export interface ScenarioFileProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export type ParsedScenarioFile =
  | { ok: true; scenario: Scenario; lineOf: (at: readonly PathSegment[]) => number | undefined }
  | { ok: false; problems: ScenarioFileProblem[] };

export function formatOf(fileName: string): ScenarioFormat | null {
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  if (/\.json$/i.test(fileName)) return 'json';
  return null;
}

/** The line of the deepest node the path reaches (a missing key points at its parent). */
function lineLocator(doc: Document, counter: LineCounter): (at: readonly PathSegment[]) => number | undefined {
  return (at) => {
    for (let depth = at.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return counter.linePos(range[0]).line;
    }
    return undefined;
  };
}

function yamlMessage(error: Error): string {
  return `Not valid YAML: ${yamlDetail(error)}`;
}

export function parseScenarioText(text: string, file: string): ParsedScenarioFile {
  const format = formatOf(file);
  if (format === null) return { ok: false, problems: [{ file, message: 'Not a scenario file: use a .yaml, .yml or .json file.' }] };
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (error) {
      return { ok: false, problems: [{ file, message: `Not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ file, line: counter.linePos(e.pos[0]).line, message: yamlMessage(e) })),
    };
  }
  const lineOf = lineLocator(doc, counter);
  let value: unknown;
  try {
    // Aliases are resolved here: an unknown anchor or an alias bomb throws, and becomes a problem.
    value = doc.toJS();
  } catch (error) {
    return { ok: false, problems: [{ file, message: yamlMessage(error as Error) }] };
  }
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const at = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
        const line = lineOf(at);
        const message = /received undefined$/.test(issue.message) ? 'Missing: add this field.' : issue.message;
        return { file, ...(line === undefined ? {} : { line }), ...(at.length > 0 ? { field: formatPath(at) } : {}), message: clip(message, MAX_PROBLEM_MESSAGE) };
      }),
    };
  }
  return { ok: true, scenario: parsed.data, lineOf };
}

/** Parses a file and checks its graph: every problem, located. */
export function checkScenarioText(
  text: string,
  file: string,
  knownStandardIds: Iterable<string>,
  options: ValidateOptions = {},
): { scenario: Scenario | null; problems: ScenarioFileProblem[] } {
  const parsed = parseScenarioText(text, file);
  if (!parsed.ok) return { scenario: null, problems: parsed.problems };
  const problems = validateScenario(parsed.scenario, knownStandardIds, options).map((p) => {
    const line = parsed.lineOf(p.at);
    return { file, ...(line === undefined ? {} : { line }), field: p.path, message: clip(p.message, MAX_PROBLEM_MESSAGE) };
  });
  return { scenario: parsed.scenario, problems };
}

export function serialiseScenario(scenario: Scenario, format: ScenarioFormat): string {
  const data = scenarioSchema.parse(scenario);
  return format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : stringify(data, { lineWidth: 0 });
}

export function scenarioFileName(scenario: Pick<Scenario, 'id'>, format: ScenarioFormat = 'yaml'): string {
  return `${scenario.id}.${format}`;
}
