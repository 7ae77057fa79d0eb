/**
 * Where a scenario problem is, in the words the editor shows: the step by its position and what it
 * is ("Step 3, reply to “How much with postage…”") and the field by its label ("the model answer",
 * "rubric element 2 (“Give the amount”): its standard"), never a code path such as
 * "steps.reply-1.modelAnswer". Core validation and the editor's own schema checks both carry a path;
 * this turns it into a place.
 */
import type { Scenario, Step } from './scenario';

const clip = (text: string, n = 32) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1).trimEnd()}…` : t;
};

/** The customer message a decision step answers: the last message of a customer step leading to it. */
function answeredMessage(scenario: Scenario, stepId: string): string | undefined {
  for (const step of Object.values(scenario.steps)) if (step.type === 'customer' && step.next === stepId) return step.messages.at(-1)?.text || step.messages.at(-1)?.image?.caption;
  return undefined;
}

/** A step's name in the outline's words: what it is, from its own content. */
export function stepTitle(scenario: Scenario, stepId: string): string {
  const step: Step | undefined = scenario.steps[stepId];
  if (!step) return stepId;
  switch (step.type) {
    case 'customer': {
      const first = step.messages[0];
      return `${scenario.persona.name || 'Customer'}: “${clip(first?.text || first?.image?.caption || 'a photo')}”`;
    }
    case 'ending':
      return `ending “${clip(step.outcome || 'no outcome yet')}”`;
    default: {
      if (step.prompt.trim()) return `“${clip(step.prompt)}”`;
      const message = answeredMessage(scenario, stepId);
      return message ? `reply to “${clip(message)}”` : `${step.type === 'choice' ? 'choice' : 'reply'} ${stepId}`;
    }
  }
}

export function stepPosition(scenario: Scenario, stepId: string): number {
  return Object.keys(scenario.steps).indexOf(stepId) + 1;
}

const FIELDS: Record<string, string> = {
  prompt: 'the prompt',
  modelAnswer: 'the model answer',
  next: 'where it leads',
  'next.default': 'where it leads by default',
  'next.branches': 'its branches',
  messages: 'the customer messages',
  options: 'the options',
  outcome: 'the outcome',
  rating: 'the rating',
  rubric: 'the rubric',
  'rubric.elements': 'the rubric elements',
  'rubric.mustAvoid': 'the must-avoid items',
  'rubric.tone': 'the tone checks',
  'rubric.tone.standardId': 'the tone checks’ standard',
  'rubric.length': 'the length range',
  replyTimeTargetSec: 'the reply-time target',
  replyTimeStandardId: 'the reply-time standard',
  actualReply: 'the real reply',
  title: 'the title',
  standards: 'the standards it trains',
  start: 'the start step',
  persona: 'the customer',
  'persona.name': 'the customer’s name',
  language: 'the language',
  channel: 'the channel',
  passMark: 'the pass mark',
  id: 'the scenario id',
};

const PARTS: Record<string, string> = { standardId: 'its standard', label: 'its label', phrases: 'its phrases', concepts: 'its concepts', facts: 'its facts', weight: 'its weight', text: 'its text', next: 'where it leads', penalty: 'its penalty', naWhen: 'when it does not apply' };

type Segment = string | number;

function segmentsOf(path: string): Segment[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

function fieldOf(scenario: Scenario, stepId: string | undefined, rest: Segment[]): string {
  const step = stepId ? scenario.steps[stepId] : undefined;
  const listName: Record<string, string> = { elements: 'rubric element', mustAvoid: 'must-avoid item', options: 'option', messages: 'message', branches: 'branch' };
  for (let i = 0; i < rest.length; i++) {
    const name = rest[i];
    const index = rest[i + 1];
    if (typeof name === 'string' && typeof index === 'number' && listName[name]) {
      let label = '';
      if (step?.type === 'free-text' && (name === 'elements' || name === 'mustAvoid')) label = step.rubric[name][index]?.label ?? '';
      if (step?.type === 'choice' && name === 'options') label = clip(step.options[index]?.text ?? '', 28);
      const item = `${listName[name]} ${index + 1}${label ? ` (“${clip(label, 40)}”)` : ''}`;
      const part = rest.slice(i + 2).filter((s): s is string => typeof s === 'string');
      return part.length > 0 ? `${item}: ${PARTS[part[0]] ?? part.join(' ')}` : item;
    }
  }
  const key = rest.filter((s): s is string => typeof s === 'string').join('.');
  return FIELDS[key] ?? (FIELDS[String(rest[0])] ? FIELDS[String(rest[0])] : key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

/** "Step 3, reply to “How much…”: the model answer"; "Details: the standards it trains". */
export function problemPlace(scenario: Scenario, path: string): { stepId?: string; place: string } {
  const segments = segmentsOf(path);
  if (segments[0] === 'steps' && typeof segments[1] === 'string') {
    const stepId = segments[1];
    const rest = segments.slice(2);
    const where = Object.hasOwn(scenario.steps, stepId) ? `Step ${stepPosition(scenario, stepId)}, ${stepTitle(scenario, stepId)}` : `Step “${stepId}”`;
    return { stepId, place: rest.length > 0 ? `${where}: ${fieldOf(scenario, stepId, rest)}` : where };
  }
  if (segments.length === 0) return { place: 'The scenario' };
  return { place: `Details: ${fieldOf(scenario, undefined, segments)}` };
}
