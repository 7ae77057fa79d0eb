/**
 * Pure edits of a scenario draft for the editor: add, remove, reorder and retype steps, set the
 * start. The steps' order is the order of the record's keys (ids are never integer-like, so
 * JavaScript keeps that order); references left dangling are for the validator to report.
 */
import { rubricSchema, type Scenario, type Step } from '../../../../../shared/domain/scenario';

export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

function firstEnding(scenario: Scenario): string | undefined {
  return Object.entries(scenario.steps).find(([, s]) => s.type === 'ending')?.[0];
}

export function defaultStep(type: Step['type'], next: string): Step {
  switch (type) {
    case 'customer':
      return { type, messages: [{ text: 'New customer message' }], next };
    case 'choice':
      return {
        type,
        prompt: '',
        options: [
          { id: 'a', text: 'First reply', feedback: '', points: {}, next },
          { id: 'b', text: 'Second reply', feedback: '', points: {}, next },
        ],
      };
    case 'free-text':
      return { type, prompt: '', rubric: rubricSchema.parse({}), replyTimeTargetSec: 300, modelAnswer: '', next };
    case 'ending':
      return { type, outcome: 'Describe how the conversation ends.', rating: 'neutral' };
  }
}

const PREFIX: Record<Step['type'], string> = { customer: 'customer', choice: 'choice', 'free-text': 'reply', ending: 'end' };

/** Adds a step after `afterId` (or at the end); it leads to the first ending. Returns the new id. */
export function addStep(scenario: Scenario, type: Step['type'], afterId?: string): { scenario: Scenario; id: string } {
  const id = freshId(PREFIX[type], Object.keys(scenario.steps));
  const step = defaultStep(type, firstEnding(scenario) ?? id);
  const entries = Object.entries(scenario.steps);
  const at = afterId ? entries.findIndex(([k]) => k === afterId) + 1 : entries.length;
  entries.splice(at <= 0 ? entries.length : at, 0, [id, step]);
  return { scenario: { ...scenario, steps: Object.fromEntries(entries) }, id };
}

export function removeStep(scenario: Scenario, id: string): Scenario {
  const steps = Object.fromEntries(Object.entries(scenario.steps).filter(([k]) => k !== id));
  const start = scenario.start === id ? (Object.keys(steps)[0] ?? scenario.start) : scenario.start;
  return { ...scenario, steps, start };
}

export function moveStep(scenario: Scenario, id: string, delta: -1 | 1): Scenario {
  const entries = Object.entries(scenario.steps);
  const from = entries.findIndex(([k]) => k === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= entries.length) return scenario;
  const [moved] = entries.splice(from, 1);
  entries.splice(to, 0, moved);
  return { ...scenario, steps: Object.fromEntries(entries) };
}

export function replaceStep(scenario: Scenario, id: string, step: Step): Scenario {
  return { ...scenario, steps: Object.fromEntries(Object.entries(scenario.steps).map(([k, s]) => [k, k === id ? step : s])) };
}

/** A new step of another type in the same place, keeping where it led when the new type leads somewhere. */
export function changeStepType(scenario: Scenario, id: string, type: Step['type']): Scenario {
  const old = scenario.steps[id];
  if (!old || old.type === type) return scenario;
  const next = old.type === 'customer' ? old.next : old.type === 'free-text' && typeof old.next === 'string' ? old.next : (firstEnding(scenario) ?? id);
  return replaceStep(scenario, id, defaultStep(type, next));
}
