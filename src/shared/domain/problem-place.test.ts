/** Problems name the step by position and content, and the field by its label: never a code path. */
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from './scenario';
import { problemPlace } from './problem-place';

const scenario = scenarioSchema.parse({
  schemaVersion: 1,
  id: 'late',
  version: 1,
  status: 'draft',
  title: 'Late parcel',
  channel: 'whatsapp',
  journeyStage: 'after',
  touchpoint: 'people',
  difficulty: 'medium',
  standards: ['own-the-delivery'],
  estimatedMinutes: 5,
  language: 'en',
  tags: [],
  persona: { name: 'Ifeoma', mood: '', context: '', goal: '' },
  passMark: 0.8,
  start: 'customer-1',
  steps: {
    'customer-1': { type: 'customer', messages: [{ text: 'Where is my power bank? I paid for express delivery!' }], next: 'reply-1' },
    'reply-1': {
      type: 'free-text',
      modelAnswer: '',
      rubric: { elements: [{ id: 'own', label: 'Own the delay', standardId: 'nope', phrases: [['on us']] }] },
      next: 'end',
    },
    end: { type: 'ending', outcome: 'She waits for the rider.', rating: 'good' },
  },
});

describe('problem places', () => {
  it('names a step by its position and the customer message it answers, and the field by its label', () => {
    expect(problemPlace(scenario, 'steps.reply-1.modelAnswer')).toEqual({ stepId: 'reply-1', place: 'Step 2, reply to “Where is my power bank? I paid…”: the model answer' });
    expect(problemPlace(scenario, 'steps.reply-1.rubric.elements[0].standardId').place).toBe('Step 2, reply to “Where is my power bank? I paid…”: rubric element 1 (“Own the delay”): its standard');
    expect(problemPlace(scenario, 'steps.customer-1.messages[0].text').place).toBe('Step 1, Ifeoma: “Where is my power bank? I paid…”: message 1: its text');
  });

  it('puts scenario-wide fields under Details', () => {
    expect(problemPlace(scenario, 'standards[0]')).toEqual({ place: 'Details: the standards it trains' });
    expect(problemPlace(scenario, 'persona.name')).toEqual({ place: 'Details: the customer’s name' });
  });

  it('never shows a path segment as it is written in the file', () => {
    for (const path of ['steps.reply-1.rubric.elements', 'steps.reply-1.next', 'steps.end.outcome', 'start'])
      expect(problemPlace(scenario, path).place).not.toMatch(/steps\.|\[\d\]|modelAnswer|rubric\./);
  });
});
