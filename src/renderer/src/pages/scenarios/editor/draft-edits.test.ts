/** The editor's step edits keep the draft parseable and the order the author chose. */
import { describe, expect, it } from 'vitest';
import { scenarioSchema, type Scenario } from '../../../../../shared/domain/scenario';
import { addStep, changeStepType, lostOnTypeChange, moveStep, removeStep, stepsLeadingTo } from './draft-edits';
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

  it('removes a step and reconnects what led to it to where it led', () => {
    expect(stepsLeadingTo(base, 'reply-1')).toEqual(['customer-1']);
    const reconnected = removeStep(base, 'reply-1', 'end');
    expect(reconnected.steps['customer-1']).toMatchObject({ next: 'end' });
    expect(scenarioSchema.parse(reconnected)).toEqual(reconnected);
    expect(removeStep(base, 'reply-1').steps['customer-1']).toMatchObject({ next: 'reply-1' });
  });

  it('keeps the real reply and the prompt when a free-text step becomes a choice, and says what a change would drop', () => {
    const withReply = { ...base, steps: { ...base.steps, 'reply-1': { ...base.steps['reply-1'], prompt: 'Reply to Tolu', modelAnswer: 'Hi Tolu, yes we have it.', actualReply: { text: 'yes available', verdict: 'good' as const } } } } as Scenario;
    expect(lostOnTypeChange(withReply.steps['reply-1'], 'choice')).toEqual([]);
    expect(lostOnTypeChange(withReply.steps['reply-1'], 'ending')).toEqual(['the real staff reply', 'the model answer']);
    const choice = changeStepType(withReply, 'reply-1', 'choice').steps['reply-1'];
    expect(choice).toMatchObject({ type: 'choice', prompt: 'Reply to Tolu', options: [{ text: 'yes available' }, { text: 'Hi Tolu, yes we have it.' }] });
    const back = changeStepType({ ...withReply, steps: { ...withReply.steps, 'reply-1': choice } }, 'reply-1', 'free-text').steps['reply-1'];
    expect(back).toMatchObject({ type: 'free-text', prompt: 'Reply to Tolu', modelAnswer: 'yes available', samples: [{ text: 'Hi Tolu, yes we have it.', expect: 'pass' }], next: 'end' });
  });
});
