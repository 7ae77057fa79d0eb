import { describe, expect, it } from 'vitest';
import { choiceStepSchema } from '../../shared/domain/scenario';
import { UnknownOptionError, scoreChoice } from './score-choice';

const step = choiceStepSchema.parse({
  type: 'choice',
  options: [
    { id: 'dm', text: 'Thanks! Sending you the details by DM 💌', feedback: 'Public, polite, details in private.', points: { 'public-reply-private-details': 2, 'human-tone': 1 }, next: 'end-good' },
    { id: 'price-public', text: 'Best price RM120, send your address here', feedback: 'Addresses in public comments put the customer at risk.', points: { 'public-reply-private-details': -1, 'protect-customer-privacy': -2 }, next: 'end-poor' },
    { id: 'ignore', text: '(no reply)', feedback: 'Silence reads as a no.', points: {}, next: 'end-poor' },
  ],
});

describe('scoreChoice', () => {
  it('scores the best reply as full marks against the best points per standard', () => {
    const result = scoreChoice(step, 'dm', { stepId: 'c1' });
    expect(result).toMatchObject({ kind: 'choice', stepId: 'c1', optionId: 'dm', earned: 3, max: 3, score: 1, passed: true });
    expect(result.feedback).toBe('Public, polite, details in private.');
    expect(result.lines.map((l) => l.text)).toContain('+2 public-reply-private-details: chose "Thanks! Sending you the details by DM 💌"');
  });

  it('never lets negative points take a standard below zero, and counts them against their standard', () => {
    const result = scoreChoice(step, 'price-public');
    expect(result.earned).toBe(0);
    expect(result.score).toBe(0);
    expect(result.perStandard).toEqual([
      { standardId: 'public-reply-private-details', earned: 0, max: 2 },
      { standardId: 'human-tone', earned: 0, max: 1 },
      { standardId: 'protect-customer-privacy', earned: 0, max: 2 },
    ]);
  });

  it('rejects an option the step does not have, naming it', () => {
    expect(() => scoreChoice(step, 'nope')).toThrow(UnknownOptionError);
    expect(() => scoreChoice(step, 'nope')).toThrow(/"nope"/);
  });
});
