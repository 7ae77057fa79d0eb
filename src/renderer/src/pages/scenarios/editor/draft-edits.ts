/**
 * Pure edits of a scenario draft for the editor: add, remove, reorder and retype steps, set the
 * start. The steps' order is the order of the record's keys (ids are never integer-like, so
 * JavaScript keeps that order). A removed step's incoming links can be reconnected; what a type
 * change would drop is listed so the editor can ask first.
 */
import { rubricSchema, successorsOf, type Scenario, type Step } from '../../../../../shared/domain/scenario';

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

/** The steps that lead to `id` (by their next, an option or a branch). */
export function stepsLeadingTo(scenario: Scenario, id: string): string[] {
  return Object.entries(scenario.steps).filter(([k, s]) => k !== id && successorsOf(s).includes(id)).map(([k]) => k);
}

function redirect(step: Step, from: string, to: string): Step {
  const swap = (x: string) => (x === from ? to : x);
  switch (step.type) {
    case 'customer':
      return { ...step, next: swap(step.next) };
    case 'choice':
      return { ...step, options: step.options.map((o) => ({ ...o, next: swap(o.next) })) };
    case 'free-text':
      return { ...step, next: typeof step.next === 'string' ? swap(step.next) : { default: swap(step.next.default), branches: step.next.branches.map((b) => ({ ...b, next: swap(b.next) })) } };
    case 'ending':
      return step;
  }
}

/**
 * Removes a step. With `reconnectTo`, the steps that led to it lead there instead (usually where the
 * removed step led), so the flow is not left broken.
 */
export function removeStep(scenario: Scenario, id: string, reconnectTo?: string): Scenario {
  const kept = Object.entries(scenario.steps).filter(([k]) => k !== id);
  const steps = Object.fromEntries(reconnectTo && reconnectTo !== id ? kept.map(([k, s]) => [k, redirect(s, id, reconnectTo)]) : kept);
  const start = scenario.start === id ? (reconnectTo && reconnectTo !== id ? reconnectTo : (Object.keys(steps)[0] ?? scenario.start)) : scenario.start;
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

/** What changing a step's type would drop, in words; empty when nothing is lost. */
export function lostOnTypeChange(step: Step, type: Step['type']): string[] {
  if (step.type === type) return [];
  const lost: string[] = [];
  if (step.type === 'customer' && step.messages.some((m) => m.text.trim() || m.image)) lost.push(step.messages.length === 1 ? 'the customer message' : `${step.messages.length} customer messages`);
  if (step.type === 'free-text') {
    if (step.rubric.elements.length > 0) lost.push(step.rubric.elements.length === 1 ? 'the rubric element' : `the rubric's ${step.rubric.elements.length} elements`);
    if (type !== 'choice' && step.actualReply?.text.trim()) lost.push('the real staff reply');
    if (type !== 'choice' && step.modelAnswer.trim()) lost.push('the model answer');
    if (typeof step.next !== 'string') lost.push('its branches');
  }
  if (step.type === 'choice' && type !== 'free-text') lost.push(`${step.options.length} options`);
  if (step.type === 'choice' && type === 'free-text' && step.options.some((o) => Object.keys(o.points).length > 0)) lost.push('the options’ points');
  if (step.type === 'ending' && step.outcome.trim()) lost.push('the outcome');
  return lost;
}

/**
 * A step of another type in the same place, keeping what carries over: the prompt; a free-text
 * step's real staff reply and model answer become the options of a choice step; a choice step's
 * options become the model answer and samples of a free-text step; where it led.
 */
export function changeStepType(scenario: Scenario, id: string, type: Step['type']): Scenario {
  const old = scenario.steps[id];
  if (!old || old.type === type) return scenario;
  const next = old.type === 'customer' ? old.next : old.type === 'free-text' ? (typeof old.next === 'string' ? old.next : old.next.default) : old.type === 'choice' ? (old.options[0]?.next ?? firstEnding(scenario) ?? id) : (firstEnding(scenario) ?? id);
  const fresh = defaultStep(type, next);
  if (old.type === 'free-text' && fresh.type === 'choice') {
    const texts = [old.actualReply?.text.trim() ? { text: old.actualReply.text, feedback: 'What the staff member really said.' } : null, old.modelAnswer.trim() ? { text: old.modelAnswer, feedback: 'The model answer.' } : null].filter((o): o is { text: string; feedback: string } => o !== null);
    const options = texts.map((o, i) => ({ id: String.fromCharCode(97 + i), text: o.text, feedback: o.feedback, points: {}, next }));
    return replaceStep(scenario, id, { ...fresh, prompt: old.prompt, options: options.length >= 2 ? options : [...options, ...fresh.options.slice(options.length)] });
  }
  if (old.type === 'choice' && fresh.type === 'free-text') {
    const [first, ...rest] = old.options;
    return replaceStep(scenario, id, { ...fresh, prompt: old.prompt, modelAnswer: first?.text ?? '', ...(rest.length > 0 ? { samples: rest.slice(0, 20).map((o) => ({ text: o.text, expect: 'pass' as const })) } : {}) });
  }
  return replaceStep(scenario, id, fresh);
}
