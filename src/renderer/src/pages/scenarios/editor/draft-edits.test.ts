/** The editor's step edits keep the draft parseable and the order the author chose. */
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario } from '../../../../../shared/domain/scenario';
import { addStep, changeStepType, moveStep, removeStep } from './draft-edits';
import { layoutScenario } from './flow-layout';

const base: Scenario = scenarioSchema.parse({
  schemaVersion: 1,
  id: 'draft',
  title: 'Draft',
  channel: 'whatsapp',
  journeyStage: 'before',
  touchpoint: 'people',
  difficulty: 'easy',
  persona: { name: 'Tolu' },
  start: 'customer-1',
  steps: {
    'customer-1': { type: 'customer', messages: [{ text: 'Hi' }], next: 'reply-1' },
    'reply-1': { type: 'free-text', next: 'end' },
    end: { type: 'ending', outcome: 'Done.', rating: 'good' },
    orphan: { type: 'ending', outcome: 'Never reached.', rating: 'poor' },
  },
});

describe('draft edits', () => {
  it('adds a step of every type after the selected one, each still valid for the schema', () => {
    let scenario = base;
    for (const type of ['customer', 'choice', 'free-text', 'ending'] as const) {
      const added = addStep(scenario, type, 'customer-1');
      expect(Object.keys(added.scenario.steps)[1]).toBe(added.id);
      expect(scenarioSchema.safeParse(added.scenario).success).toBe(true);
      scenario = added.scenario;
    }
    expect(Object.keys(scenario.steps)).toHaveLength(8);
  });

  it('reorders, retypes and removes steps; removing the start moves the start to the first step', () => {
    expect(Object.keys(moveStep(base, 'end', -1).steps)).toEqual(['customer-1', 'end', 'reply-1', 'orphan']);
    expect(moveStep(base, 'customer-1', -1)).toBe(base);
    const retyped = changeStepType(base, 'reply-1', 'choice');
    expect(retyped.steps['reply-1'].type).toBe('choice');
    expect(scenarioSchema.safeParse(retyped).success).toBe(true);
    const removed = removeStep(base, 'customer-1');
    expect(removed.start).toBe('reply-1');
    expect(Object.keys(removed.steps)).not.toContain('customer-1');
  });
});

describe('flow layout', () => {
  it('puts steps in columns by distance from the start and unreachable ones last', () => {
    const { nodes, edges } = layoutScenario(base);
    const column = Object.fromEntries(nodes.map((n) => [n.id, n.x]));
    expect(column['customer-1']).toBeLessThan(column['reply-1']);
    expect(column['reply-1']).toBeLessThan(column.end);
    expect(nodes.find((n) => n.id === 'orphan')).toMatchObject({ reachable: false });
    expect(edges.map((e) => `${e.source}->${e.target}`)).toEqual(['customer-1->reply-1', 'reply-1->end']);
  });
});
