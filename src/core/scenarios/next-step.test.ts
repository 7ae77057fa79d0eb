import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/domain/scenario';
import { scoreChoice } from '../scoring/score-choice';
import { scoreFreeTextReply } from '../scoring/score-free-text-reply';
import { duplicateScenario } from './duplicate-scenario';
import { ScenarioWalkError, nextStepAfter } from './next-step';
import { parseScenarioText } from './scenario-files';

const parsed = parseScenarioText(readFileSync(fileURLToPath(new URL('./fixtures/valid-scenario.yaml', import.meta.url)), 'utf8'), 'valid-scenario.yaml');
if (!parsed.ok) throw new Error('fixture should parse');
const scenario: Scenario = parsed.scenario;
const step = (id: string) => scenario.steps[id];

describe('nextStepAfter', () => {
  it('follows a customer step to its next step', () => {
    expect(nextStepAfter(scenario, 'c1')).toBe('r1');
  });

  it('takes the branch whose elements were all hit, else the default', () => {
    const r1 = step('r1');
    if (r1.type !== 'free-text') throw new Error('fixture changed');
    const good = scoreFreeTextReply('Sorry, it ships today', r1, { language: 'en' });
    const vague = scoreFreeTextReply('Sorry, soon', r1, { language: 'en' });
    expect(nextStepAfter(scenario, 'r1', good)).toBe('good');
    expect(nextStepAfter(scenario, 'r1', vague)).toBe('q1');
  });

  it('follows the chosen reply of a choice step', () => {
    const q1 = step('q1');
    if (q1.type !== 'choice') throw new Error('fixture changed');
    expect(nextStepAfter(scenario, 'q1', scoreChoice(q1, 'b'))).toBe('poor');
  });

  it('returns null after an ending', () => {
    expect(nextStepAfter(scenario, 'good')).toBeNull();
  });

  it('refuses an unknown step or a choice without its result', () => {
    expect(() => nextStepAfter(scenario, 'zzz')).toThrow(ScenarioWalkError);
    expect(() => nextStepAfter(scenario, 'q1')).toThrow(/pass the chosen reply/);
  });
});

describe('duplicateScenario', () => {
  it('makes an independent draft copy with a new id and version 1', () => {
    const published = { ...scenario, status: 'published' as const, version: 4 };
    const copy = duplicateScenario(published, 'valid-scenario-copy');
    expect(copy).toMatchObject({ id: 'valid-scenario-copy', title: 'Small valid scenario (copy)', status: 'draft', version: 1 });
    copy.persona.name = 'Changed';
    expect(published.persona.name).toBe('Tolu');
  });
});
