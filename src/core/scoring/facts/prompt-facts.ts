/**
 * The facts a step's prompt states, offered to the author as ready-made rubric facts: prices, hours,
 * days, durations, dates, percentages and sizes, written as in the prompt. A day followed by its hours
 * ("Sunday 12–5pm") is offered as one fact.
 */
import { foldText } from '../text-folding';
import type { Fact } from './fact-types';
import { readFacts } from './read-facts';

export interface PromptFact {
  text: string;
  kind: Fact['kind'];
}

const OFFERED = new Set<Fact['kind']>(['money', 'time', 'time-range', 'weekday', 'relative-day', 'duration', 'date', 'percent', 'quantity']);

export function promptFacts(prompt: string, language: string): PromptFact[] {
  const facts = readFacts(foldText(prompt, language)).facts.filter((f) => OFFERED.has(f.kind));
  const out: PromptFact[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    const next = facts[i + 1];
    const joined = f.kind === 'weekday' && (next?.kind === 'time-range' || next?.kind === 'time') && /^[\s,:]*$/.test(prompt.slice(f.end, next.start));
    const text = prompt.slice(f.start, joined ? next.end : f.end).trim();
    if (!out.some((o) => o.text === text)) out.push({ text, kind: joined ? next.kind : f.kind });
    if (joined) i++;
  }
  return out;
}
