/**
 * The draft a leader starts from with "New scenario": one customer message, one free-text reply
 * and an ending. It parses, so the editor can open it; the validator then lists what is still to
 * write (model answer, rubric, standards) and publishing waits for that.
 */
import { SCENARIO_SCHEMA_VERSION, scenarioSchema, type Scenario } from '../../shared/domain/scenario';

export function blankScenario(id: string, title: string): Scenario {
  return scenarioSchema.parse({
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id,
    version: 1,
    status: 'draft',
    title: title.trim() || 'Untitled scenario',
    channel: 'whatsapp',
    journeyStage: 'before',
    touchpoint: 'people',
    difficulty: 'easy',
    standards: [],
    estimatedMinutes: 5,
    language: 'en',
    tags: [],
    persona: { name: 'Customer', mood: '', context: '', goal: '' },
    passMark: 0.8,
    start: 'customer-1',
    steps: {
      'customer-1': { type: 'customer', messages: [{ text: 'Hi! Is this still available?' }], next: 'reply-1' },
      'reply-1': { type: 'free-text', prompt: '', modelAnswer: '', next: 'end' },
      end: { type: 'ending', outcome: 'The conversation ends here.', rating: 'neutral' },
    },
  });
}
