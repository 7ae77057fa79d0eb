/**
 * Reads the graded set: the starter scenarios (content/scenarios), the scenarios written for it as an
 * owner's first try (graded-set/new-scenarios), and the graded replies beside them. Every line is
 * checked against its scenario: an unknown step or an unlabelled element is an error, not a skip.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../scenarios/scenario-files';
import type { FreeTextStep, Scenario } from '../../../shared/domain/scenario';
import { gradedReplySchema, partOf, type GradedReply } from './graded-reply';

export const GRADED_SET_DIR = join(import.meta.dirname, 'graded-set');
export const STARTER_SCENARIOS_DIR = join(import.meta.dirname, '../../../../content/scenarios');

export type GradedPart = 'tune' | 'aside' | 'fresh';

export interface GradedCase {
  reply: GradedReply;
  scenario: Scenario;
  step: FreeTextStep;
  /** tune: looked at while tuning; aside: never looked at; fresh: written after the tuning ended. */
  part: GradedPart;
  /** Starter scenarios (rubrics tuned over time) or new ones (an owner's first try). */
  set: 'starter' | 'new';
}

function readScenarios(dir: string): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  for (const file of readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f))) {
    const parsed = parseScenarioText(readFileSync(join(dir, file), 'utf8'), file);
    if (!parsed.ok) throw new Error(`${join(dir, file)}: ${parsed.problems.map((p) => `line ${p.line ?? '?'}: ${p.message}`).join('; ')}`);
    out.set(parsed.scenario.id, parsed.scenario);
  }
  return out;
}

function readCases(dir: string, scenarios: ReadonlyMap<string, Scenario>, setOf: (scenarioId: string) => GradedCase['set'], part?: GradedPart): GradedCase[] {
  const cases: GradedCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${join(dir, file)}:${i + 1}`;
      const reply = gradedReplySchema.parse(JSON.parse(line));
      const scenario = scenarios.get(reply.scenarioId);
      const step = scenario?.steps[reply.stepId];
      if (!scenario || step?.type !== 'free-text') throw new Error(`${where}: no free-text step ${reply.scenarioId}/${reply.stepId}.`);
      for (const el of step.rubric.elements) if (!(el.id in reply.labels.elements)) throw new Error(`${where}: element "${el.id}" is not labelled.`);
      for (const m of step.rubric.mustAvoid) if (!(m.id in reply.labels.mustAvoid)) throw new Error(`${where}: must-avoid "${m.id}" is not labelled.`);
      cases.push({ reply, scenario, step, part: part ?? partOf(reply), set: setOf(reply.scenarioId) });
    });
  }
  return cases;
}

export function loadGradedSet(): GradedCase[] {
  const starter = readScenarios(STARTER_SCENARIOS_DIR);
  const written = readScenarios(join(GRADED_SET_DIR, 'new-scenarios'));
  const all = new Map([...starter, ...written]);
  const setOf = (id: string): GradedCase['set'] => (starter.has(id) ? 'starter' : 'new');
  const freshDir = join(GRADED_SET_DIR, 'fresh');
  const moreDir = join(GRADED_SET_DIR, 'more');
  return [
    ...readCases(join(GRADED_SET_DIR, 'starter'), all, setOf),
    ...readCases(join(GRADED_SET_DIR, 'new'), all, setOf),
    ...(existsSync(freshDir) ? readCases(freshDir, all, setOf, 'fresh') : []),
    // A later blind batch written to tune on (grader g7), after the aside and fresh figures were fixed.
    ...(existsSync(moreDir) ? readCases(moreDir, all, setOf, 'tune') : []),
  ];
}
