import { describe, expect, it } from 'vitest';
import { bootsSoldOutStep } from './fixtures/rubric-steps';
import { scoreFreeTextReply } from './score-free-text-reply';

const en = { language: 'en', customerName: 'Amara Obi', passMark: 0.8, stepId: 'reply-1' };
const reply = 'Sorry Amara, they are sold out. A similar pair in brown is here, want me to send photos?';

describe('reply time as evidence for its standard', () => {
  it('a reply within the target counts 1 of 1 for "first reply on time"', () => {
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, { ...en, replyTimeSec: 40 });
    expect(result.perStandard).toContainEqual({ standardId: 'first-reply-on-time', earned: 1, max: 1 });
  });

  it('a reply over the target counts 0 of 1, and the reply keeps its own score', () => {
    const fast = scoreFreeTextReply(reply, bootsSoldOutStep, { ...en, replyTimeSec: 40 });
    const slow = scoreFreeTextReply(reply, bootsSoldOutStep, { ...en, replyTimeSec: bootsSoldOutStep.replyTimeTargetSec + 1 });
    expect(slow.perStandard).toContainEqual({ standardId: 'first-reply-on-time', earned: 0, max: 1 });
    expect(slow.score).toBe(fast.score);
  });

  it('an untimed try (the editor box) gives no reply-time evidence', () => {
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    expect(result.perStandard.map((t) => t.standardId)).not.toContain('first-reply-on-time');
  });

  it('a step may name the standard its reply time counts toward', () => {
    const result = scoreFreeTextReply(reply, { ...bootsSoldOutStep, replyTimeStandardId: 'fast-dm' }, { ...en, replyTimeSec: 10 });
    expect(result.perStandard).toContainEqual({ standardId: 'fast-dm', earned: 1, max: 1 });
  });
});
