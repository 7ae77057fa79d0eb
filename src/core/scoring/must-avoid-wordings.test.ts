/** A must-avoid item reads its owner's phrases as the must-avoid concepts they are wordings of, and an eye-roll never passes. */
import { describe, expect, it } from 'vitest';
import { freeTextStepSchema } from '../../shared/domain/scenario';
import { scoreFreeTextReply } from './score-free-text-reply';

const step = freeTextStepSchema.parse({
  type: 'free-text',
  modelAnswer: 'x',
  rubric: {
    elements: [{ id: 'fix', label: 'Say when it comes', standardId: 's', phrases: [['tomorrow']] }],
    mustAvoid: [
      { id: 'blame', label: 'Blaming the customer', standardId: 's', penalty: 1, phrases: [['you should have', 'your fault']] },
      { id: 'review', label: 'Demanding a review', standardId: 's', penalty: 1, phrases: [['5 stars']] },
    ],
  },
  next: 'end',
});

const found = (reply: string) => scoreFreeTextReply(reply, step, { language: 'en' }).mustAvoid.map((f) => f.itemId);

describe('must-avoid wordings', () => {
  it('finds a lecture the owner did not list, through the blame concept', () => {
    expect(found('It comes tomorrow. Next time please answer the rider when he calls.')).toEqual(['blame']);
    expect(found('It comes tomorrow. Next time we will call you first, sorry.')).toEqual([]);
  });

  it('does not widen an owner phrase into a move a good reply makes', () => {
    expect(found('It comes tomorrow. Would you tell us how we did?')).toEqual([]);
  });

  it('fails a reply that rolls its eyes, whatever its score', () => {
    const result = scoreFreeTextReply('Fine, it comes tomorrow 🙄', step, { language: 'en' });
    expect(result.score).toBe(1);
    expect(result.passed).toBe(false);
    expect(result.criticalErrors).toContain('It rolls its eyes at the customer (🙄).');
  });
});
