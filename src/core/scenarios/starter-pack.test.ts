/** The shipped content pack: every file valid, every model answer passing, every poor reply failing. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFreeTextReply } from '../scoring/score-free-text-reply';
import { POOR_REPLIES } from './fixtures/poor-replies';
import { loadScenarioPack } from './scenario-pack';
import { STARTER_STANDARD_IDS } from './starter-standard-ids';

const PACK_DIR = fileURLToPath(new URL('../../../content/scenarios/', import.meta.url));

describe('the starter scenario pack', async () => {
  const pack = await loadScenarioPack(PACK_DIR, STARTER_STANDARD_IDS);

  it('loads at least ten published scenarios with zero problems', () => {
    expect(pack.problems).toEqual([]);
    expect(pack.scenarios.length).toBeGreaterThanOrEqual(10);
    expect(pack.scenarios.every(({ scenario }) => scenario.status === 'published')).toBe(true);
  });

  it('uses only the starter standards', () => {
    const used = new Set(pack.scenarios.flatMap(({ scenario }) => scenario.standards));
    expect([...used].filter((id) => !(STARTER_STANDARD_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('mixes choice and free-text steps and includes at least two non-English scenarios', () => {
    const types = new Set(pack.scenarios.flatMap(({ scenario }) => Object.values(scenario.steps).map((s) => s.type)));
    expect(types).toEqual(new Set(['customer', 'choice', 'free-text', 'ending']));
    const languages = pack.scenarios.map(({ scenario }) => scenario.language).filter((l) => l !== 'en');
    expect(languages.length).toBeGreaterThanOrEqual(2);
    expect(pack.scenarios.filter(({ scenario }) => scenario.sourceTranscriptId).length).toBeGreaterThanOrEqual(3);
  });

  it("scores each model answer at or above its scenario's pass mark", () => {
    for (const { scenario } of pack.scenarios)
      for (const [stepId, step] of Object.entries(scenario.steps)) {
        if (step.type !== 'free-text') continue;
        const result = scoreFreeTextReply(step.modelAnswer, step, { language: scenario.language, customerName: scenario.persona.name, passMark: scenario.passMark });
        expect({ scenario: scenario.id, stepId, score: result.score, passed: result.passed }).toMatchObject({ passed: true });
        expect(result.score).toBeGreaterThanOrEqual(scenario.passMark);
      }
  });

  it('scores a deliberately poor reply below the pass mark in every free-text step', () => {
    for (const { scenario } of pack.scenarios)
      for (const [stepId, step] of Object.entries(scenario.steps)) {
        if (step.type !== 'free-text') continue;
        const poor = POOR_REPLIES[scenario.id]?.[stepId];
        expect(poor, `a poor reply for ${scenario.id} ${stepId}`).toBeTypeOf('string');
        const result = scoreFreeTextReply(poor as string, step, { language: scenario.language, customerName: scenario.persona.name, passMark: scenario.passMark });
        expect({ scenario: scenario.id, stepId, passed: result.passed }).toMatchObject({ passed: false });
        expect(result.score).toBeLessThan(scenario.passMark);
      }
  });
});
