/**
 * Polarity and sense in whole replies: negated must-avoids, refusals, hedges, sarcasm and quoted
 * words; concepts and facts in rubric elements; wrong facts and shouting failing a reply.
 */
import { describe, expect, it } from 'vitest';
import { freeTextStepSchema } from '../../shared/domain/scenario';
import { scoreFreeTextReply } from './score-free-text-reply';

const step = freeTextStepSchema.parse({
  type: 'free-text',
  prompt: 'Your own rider collects the parcel tomorrow morning. Open Monday to Saturday 9am–7pm, Sunday 12–5pm. Refund of the RM15 express fee.',
  rubric: {
    elements: [
      { id: 'fix', label: 'A fix with a time', standardId: 'apologise-own-fix', weight: 2, phrases: [['our rider', 'our own rider']], concepts: ['time-commitment'], require: 'all' },
      { id: 'refund', label: 'Refund the express fee', standardId: 'apologise-own-fix', phrases: [['express fee']], concepts: ['refund'], require: 'all' },
      { id: 'sunday', label: 'Give the Sunday hours', standardId: 'details-easy-to-find', facts: ['Sunday 12–5pm'], phrases: [] },
    ],
    mustAvoid: [{ id: 'push-courier', label: 'Sending her to the courier', standardId: 'own-the-delivery', penalty: 2, phrases: [['contact the courier']] }],
    tone: { apologyRequired: true },
  },
  next: 'end',
});

const score = (reply: string, language = 'en') => scoreFreeTextReply(reply, step, { language, stepId: 'r1' });
const hits = (reply: string, language = 'en') => score(reply, language).elements.filter((e) => e.status === 'hit').map((e) => e.elementId);

describe('polarity and sense', () => {
  it('credits the moves however they are worded', () => {
    const good = "So sorry! Our own rider will pick it up tomorrow before 10, we'll give you back the express fee, and on Sunday we're open noon till 5.";
    expect(hits(good)).toEqual(['fix', 'refund', 'sunday']);
    expect(score(good).passed).toBe(true);
  });

  it('does not count a negated must-avoid against the reply', () => {
    const result = score("Sorry, no need to contact the courier yourself: our rider will collect it tomorrow morning. We'll refund the express fee. Sunday 12–5pm.");
    expect(result.mustAvoid).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('does not count a refusal or a hedge as the move', () => {
    expect(hits("Sorry, we can't refund the express fee. Our rider will collect it tomorrow.")).toEqual(['fix']);
    expect(hits('Sorry. Should we maybe refund the express fee? Our rider will collect it tomorrow.')).toEqual(['fix']);
    expect(hits('Sorry, our rider will collect it. Maybe tomorrow?')).toEqual([]);
  });

  it('does not count kind words said with an eye-roll, or quoted from someone else', () => {
    expect(score('Sorry for the wait! Our rider comes tomorrow.').tone[0].ok).toBe(true);
    expect(score('Sorry for the wait 🙄 our rider comes tomorrow.').tone[0].ok).toBe(false);
    expect(score('The courier wrote "sorry, delayed". Our rider comes tomorrow.').tone[0].ok).toBe(false);
  });

  it('fails a reply that states a wrong fact, whatever its score, and says why', () => {
    const result = score("Sorry! Our own rider collects it tomorrow at 9am and we'll refund the express fee. Sunday we open 9am–7pm.");
    expect(result.elements.find((e) => e.elementId === 'sunday')?.status).toBe('missed');
    expect(result.passed).toBe(false);
    expect(result.criticalErrors).toEqual([`"Give the Sunday hours" says '9am–7pm' where the situation says "Sunday 12–5pm".`]);
  });

  it('fails a complete reply that shouts, and counts it against its standard', () => {
    const result = score("SO SORRY ABOUT THIS!!! Our own rider collects it tomorrow at 9am, we'll refund the express fee, Sunday 12–5pm.");
    expect(result.elements.every((e) => e.status === 'hit')).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.criticalErrors).toEqual(['It shouts in capitals.', 'It uses a stack of "!!!".']);
    expect(result.perStandard.find((s) => s.standardId === 'human-tone')).toEqual({ standardId: 'human-tone', earned: 1, max: 3 });
  });
});
