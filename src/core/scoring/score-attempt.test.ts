import { describe, expect, it } from 'vitest';
import { choiceStepSchema } from '../../shared/domain/scenario';
import { bootsSoldOutStep } from './fixtures/rubric-steps';
import { scoreAttempt } from './score-attempt';
import { scoreChoice } from './score-choice';
import { scoreFreeTextReply } from './score-free-text-reply';

const choice = choiceStepSchema.parse({
  type: 'choice',
  options: [
    { id: 'good', text: 'We have marked the post sold out', points: { 'keep-feed-honest': 2 }, next: 'x' },
    { id: 'bad', text: 'Leave the post up, it gets likes', points: { 'keep-feed-honest': 0 }, next: 'x' },
  ],
});
const ctx = { language: 'en', customerName: 'Amara' };

describe('scoreAttempt', () => {
  it('adds up each standard across the steps of an attempt', () => {
    const free = scoreFreeTextReply(bootsSoldOutStep.modelAnswer, bootsSoldOutStep, ctx);
    const result = scoreAttempt([free, scoreChoice(choice, 'bad')], 0.8);
    const honest = result.perStandard.find((s) => s.standardId === 'keep-feed-honest');
    expect(honest).toEqual({ standardId: 'keep-feed-honest', earned: 4, max: 6 });
    expect(result.max).toBe(free.max + 2);
    expect(result.earned).toBe(free.earned);
    expect(result.score).toBeCloseTo(7 / 9, 4);
    expect(result.passed).toBe(false);
  });

  it('passes when the attempt reaches the pass mark', () => {
    const free = scoreFreeTextReply(bootsSoldOutStep.modelAnswer, bootsSoldOutStep, ctx);
    expect(scoreAttempt([free, scoreChoice(choice, 'good')], 0.8)).toMatchObject({ score: 1, passed: true });
  });

  it('zeroes the whole attempt when any reply auto-fails, keeping the step results', () => {
    const bad = scoreFreeTextReply('Sold out. The other customer took them, I can send her number. Similar pair?', bootsSoldOutStep, ctx);
    const result = scoreAttempt([scoreChoice(choice, 'good'), bad]);
    expect(result.autoFailed).toBe(true);
    expect(result.score).toBe(0);
    expect(result.steps[1].autoFailed).toBe(true);
    expect(result.steps[0].score).toBe(1);
  });
});
