import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { parseScenarioText } from './scenario-files';
import { STARTER_STANDARD_IDS } from './starter-standard-ids';
import { validateScenario } from './validate-scenario';

function valid(): Scenario {
  const text = readFileSync(fileURLToPath(new URL('./fixtures/valid-scenario.yaml', import.meta.url)), 'utf8');
  const parsed = parseScenarioText(text, 'valid-scenario.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

const check = (s: Scenario) => validateScenario(s, STARTER_STANDARD_IDS);
const paths = (s: Scenario) => check(s).map((p) => p.path);

describe('validateScenario', () => {
  it('finds nothing wrong with a sound scenario', () => {
    expect(check(valid())).toEqual([]);
  });

  it('reports a step that cannot be reached from the start', () => {
    const s = valid();
    s.steps.extra = { type: 'ending', outcome: 'Lost.', rating: 'neutral' };
    expect(check(s)).toContainEqual({ at: ['steps', 'extra'], path: 'steps.extra', stepId: 'extra', message: 'Step "extra" cannot be reached from the start.' });
  });

  it('reports a next that points to a missing step, and the dead end it creates', () => {
    const s = valid();
    s.steps.c1 = { type: 'customer', messages: [{ text: 'Hi' }], next: 'nowhere' };
    const problems = check(s);
    expect(problems.find((p) => p.path === 'steps.c1.next')?.message).toMatch(/"nowhere", which does not exist/);
    expect(problems.find((p) => p.path === 'steps.c1')?.message).toMatch(/Dead end/);
  });

  it('reports a loop with no way out as a dead end', () => {
    const s = valid();
    s.steps.c1 = { type: 'customer', messages: [{ text: 'Hi' }], next: 'c2' };
    s.steps.c2 = { type: 'customer', messages: [{ text: 'Still there?' }], next: 'c1' };
    expect(paths(s)).toEqual(expect.arrayContaining(['steps.c1', 'steps.c2']));
  });

  it('reports a missing start step and a scenario with no ending', () => {
    const s = valid();
    s.start = 'nope';
    delete s.steps.good;
    delete s.steps.poor;
    const messages = check(s).map((p) => p.message);
    expect(messages).toContain('The start step "nope" does not exist.');
    expect(messages).toContain('Add at least one ending.');
  });

  it('reports a free-text step without a model answer or elements', () => {
    const s = valid();
    const r1 = s.steps.r1;
    if (r1.type !== 'free-text') throw new Error('fixture changed');
    r1.modelAnswer = ' ';
    r1.rubric.elements = [];
    r1.next = 'q1';
    expect(paths(s)).toEqual(['steps.r1.modelAnswer', 'steps.r1.rubric.elements']);
  });

  it('reports references to standards that do not exist, wherever they are', () => {
    const s = valid();
    s.standards.push('be-nice');
    const r1 = s.steps.r1;
    const q1 = s.steps.q1;
    if (r1.type !== 'free-text' || q1.type !== 'choice') throw new Error('fixture changed');
    r1.rubric.elements[0].standardId = 'smile-more';
    r1.rubric.mustAvoid.push({ id: 'x', label: 'X', standardId: 'nope', phrases: [['x']], autoFail: false, penalty: 1 });
    q1.options[0].points = { 'made-up': 1, 'human-tone': 1 };
    expect(paths(s)).toEqual(
      expect.arrayContaining(['standards[2]', 'steps.r1.rubric.elements[0].standardId', 'steps.r1.rubric.mustAvoid[0].standardId', 'steps.q1.options[0].points.made-up']),
    );
  });

  it('reports an element whose standard is known but not listed on the scenario', () => {
    const s = valid();
    s.standards = ['human-tone'];
    expect(check(s).find((p) => p.path === 'steps.r1.rubric.elements[0].standardId')?.message).toMatch(/not listed in the scenario's standards/);
  });

  it('reports a choice step that scores no standard, has too few replies, or only leads back to itself', () => {
    const s = valid();
    const q1 = s.steps.q1;
    if (q1.type !== 'choice') throw new Error('fixture changed');
    q1.options = [{ ...q1.options[0], points: {}, next: 'q1' }];
    const messages = check(s).filter((p) => p.stepId === 'q1').map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'A choice step needs 2 to 4 replies; this one has 1.',
        'No reply earns points for any standard: give the best reply points for the standard it trains.',
        'Every reply leads back to this same step, so the conversation can never move on.',
      ]),
    );
  });

  it('reports branches on elements the rubric does not have', () => {
    const s = valid();
    const r1 = s.steps.r1;
    if (r1.type !== 'free-text' || typeof r1.next === 'string') throw new Error('fixture changed');
    r1.next.branches[0].ifHit = ['ghost'];
    expect(check(s).map((p) => p.path)).toContain('steps.r1.next.branches[0].ifHit[0]');
  });

  it('reports a model answer that does not pass its own rubric', () => {
    const s = valid();
    const r1 = s.steps.r1;
    if (r1.type !== 'free-text') throw new Error('fixture changed');
    r1.modelAnswer = 'It ships today.';
    expect(check(s)).toContainEqual(expect.objectContaining({ path: 'steps.r1.modelAnswer', message: 'The model answer scores 50%, below the pass mark: it misses "Apologise".' }));
  });
});
