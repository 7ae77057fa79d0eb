import { freeTextStepSchema } from '../../shared/domain/scenario';
import { describe, expect, it } from 'vitest';
import { allGroupsStep, bootsSoldOutStep } from './fixtures/rubric-steps';
import { scoreFreeTextReply } from './score-free-text-reply';

const en = { language: 'en', customerName: 'Amara Obi', passMark: 0.8, stepId: 'reply-1' };

describe('scoreFreeTextReply', () => {
  it('gives the model answer full marks and explains every point', () => {
    const result = scoreFreeTextReply(bootsSoldOutStep.modelAnswer, bootsSoldOutStep, en);
    expect(result.score).toBe(1);
    expect(result.passed).toBe(true);
    expect(result.stepId).toBe('reply-1');
    expect(result.lines.map((l) => l.text)).toContain("+2 Offer an alternative (keep-feed-honest): matched 'similar'");
  });

  it('reports match positions in the original reply so the UI can highlight them', () => {
    const reply = 'Hi Amara! Sry, thoes boots r SOLD out. We hv a similar pair tho';
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    for (const e of result.elements) for (const m of e.matches) expect(reply.slice(m.start, m.end)).toBe(m.text);
    const soldOut = result.elements.find((e) => e.elementId === 'say-sold-out');
    expect(soldOut?.matches).toEqual([{ phrase: 'sold out', text: 'SOLD out', start: 29, end: 37 }]);
    expect(result.tone.find((t) => t.check === 'apology')?.matches.map((m) => m.text)).toEqual(['Sry']);
  });

  it('scores earned over the applicable maximum, leaving N/A elements out of the maximum', () => {
    const reply = 'Sorry Amara, they are sold out. A similar pair in brown is here, want me to send photos?';
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    const restock = result.elements.find((e) => e.elementId === 'restock-date');
    expect(restock).toMatchObject({ status: 'na', earned: 0, max: 0 });
    // elements 2+2+1 (restock N/A) + apology 1 + name 1
    expect(result.max).toBe(7);
    expect(result.earned).toBe(7);
    expect(result.score).toBe(1);
  });

  it('counts a missed element against the maximum', () => {
    const reply = 'Sorry Amara, those boots are sold out at the moment, the next batch lands on Friday.';
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    expect(result.elements.map((e) => e.status)).toEqual(['hit', 'missed', 'missed', 'hit']);
    expect(result.max).toBe(8);
    expect(result.earned).toBe(5);
    expect(result.score).toBe(0.625);
    expect(result.passed).toBe(false);
    expect(result.lines.map((l) => l.text)).toContain("0 of 2 Offer an alternative (keep-feed-honest): not found in the reply (looked for words such as 'similar', 'alternative', 'instead')");
    expect(result.elements.find((e) => e.elementId === 'offer-alternative')?.lookedFor).toBe("words such as 'similar', 'alternative', 'instead'");
  });

  it('takes a must-avoid penalty off the total and counts it in its standard as an item failed', () => {
    const reply = 'Sorry Amara, sold out. Read the caption next time, we have a similar pair. Want me to send it?';
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    expect(result.mustAvoid).toMatchObject([{ itemId: 'blame', penalty: 2, autoFail: false }]);
    expect(result.earned).toBe(5);
    expect(result.perStandard.find((s) => s.standardId === 'human-tone')).toEqual({ standardId: 'human-tone', earned: 3, max: 5 });
  });

  it('shows shouting in its standard even when the step scores nothing else there', () => {
    const quiet = freeTextStepSchema.parse({
      type: 'free-text',
      rubric: { elements: [{ id: 'sold', label: 'Say it is sold out', standardId: 'keep-feed-honest', phrases: [['sold out']] }], tone: { standardId: 'human-tone' } },
      next: 'end',
    });
    const calm = scoreFreeTextReply('The tan pair is sold out, sorry.', quiet, en);
    const loud = scoreFreeTextReply('THE TAN PAIR IS SOLD OUT!!!', quiet, en);
    expect(calm.perStandard.find((s) => s.standardId === 'human-tone')).toEqual({ standardId: 'human-tone', earned: 0, max: 0 });
    expect(loud.perStandard.find((s) => s.standardId === 'human-tone')).toEqual({ standardId: 'human-tone', earned: 0, max: 2 });
    expect(loud.score).toBeLessThan(calm.score);
  });

  it('zeroes the score on an auto-fail but keeps every element result', () => {
    const reply = "Sorry Amara, sold out — the last buyer took them, I can give you her number. We have a similar pair, want me to send it?";
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    expect(result.autoFailed).toBe(true);
    expect(result.score).toBe(0);
    expect(result.passed).toBe(false);
    expect(result.elements.filter((e) => e.status === 'hit').map((e) => e.elementId)).toEqual(['say-sold-out', 'offer-alternative', 'no-pressure']);
    expect(result.earned).toBeGreaterThan(0);
    expect(result.lines.at(-1)?.text).toMatch(/auto-fail/);
  });

  it('does not count a negated must-avoid phrase', () => {
    const reply = "Sorry Amara, they're sold out. We never share the last buyer's details. A similar pair is in, want me to send it?";
    expect(scoreFreeTextReply(reply, bootsSoldOutStep, en).autoFailed).toBe(false);
  });

  it('counts Thai words, written without spaces, for the length range', () => {
    const thai = freeTextStepSchema.parse({ type: 'free-text', rubric: { elements: [], length: { unit: 'words', min: 8, max: 40 } }, next: 'end' });
    const result = scoreFreeTextReply('ขอโทษค่ะคุณพลอย พัสดุอยู่ที่ศูนย์ลาดพร้าว จะส่งใหม่พรุ่งนี้ค่ะ', thai, { language: 'th' });
    expect(result.length?.actual).toBeGreaterThanOrEqual(8);
    expect(result.length?.ok).toBe(true);
  });

  it('marks the customer-name check N/A when no name is known', () => {
    const result = scoreFreeTextReply('Sorry, sold out. A similar pair is in stock, would you like photos?', bootsSoldOutStep, { language: 'en' });
    expect(result.tone.find((t) => t.check === 'customer-name')).toMatchObject({ status: 'na', max: 0 });
    expect(result.score).toBe(1);
  });

  it('takes points off for shouting and for stacks of exclamation marks', () => {
    const reply = 'SORRY THEY ARE SOLD OUT!!! We have a similar pair Amara, want me to send it?';
    const result = scoreFreeTextReply(reply, bootsSoldOutStep, en);
    expect(result.tone.filter((t) => !t.ok).map((t) => t.check)).toEqual(['shouting', 'exclamation-stack']);
    expect(result.earned).toBe(5);
    expect(result.lines.map((l) => l.text)).toContain("-1 No stacks of \"!!!\" (human-tone): found '!!!'");
  });

  it('does not treat an apology that is negated as an apology', () => {
    const result = scoreFreeTextReply("I'm not sorry Amara, they are sold out.", bootsSoldOutStep, en);
    expect(result.tone.find((t) => t.check === 'apology')?.ok).toBe(false);
  });

  it('takes the length penalty off a reply that is too short', () => {
    const result = scoreFreeTextReply('sold out sorry', bootsSoldOutStep, en);
    expect(result.length).toMatchObject({ actual: 3, ok: false, penalty: 1 });
    expect(result.lines.map((l) => l.text)).toContain('-1 Length: 3 words, expected 8–80');
  });

  it('records the reply time against the target without changing the score', () => {
    const late = scoreFreeTextReply(bootsSoldOutStep.modelAnswer, bootsSoldOutStep, { ...en, replyTimeSec: 420 });
    expect(late.replyTime).toEqual({ targetSec: 300, actualSec: 420, withinTarget: false, standardId: 'first-reply-on-time' });
    expect(late.score).toBe(1);
    expect(late.lines.at(-1)?.text).toBe('Reply time: 420 s, over the 300 s target');
  });

  it('needs every phrase group for an element that requires all groups', () => {
    const ctx = { language: 'en' };
    expect(scoreFreeTextReply('So sorry about that!', allGroupsStep, ctx).elements[0].status).toBe('missed');
    const both = scoreFreeTextReply('Apologies that your parcel is delayed.', allGroupsStep, ctx).elements[0];
    expect(both.status).toBe('hit');
    expect(both.matches.map((m) => m.text)).toEqual(['Apologies', 'delayed']);
  });

  it('makes an alternative element N/A when the other one was hit, and never takes a hit away', () => {
    const ctx = { language: 'en' };
    const refundOnly = scoreFreeTextReply('Sorry it is late, we will refund you.', allGroupsStep, ctx);
    expect(refundOnly.elements.map((e) => e.status)).toEqual(['hit', 'hit', 'na']);
    expect(refundOnly.score).toBe(1);
    const both = scoreFreeTextReply('Sorry it is late, refund or exchange, your choice.', allGroupsStep, ctx);
    expect(both.elements.map((e) => e.status)).toEqual(['hit', 'hit', 'hit']);
  });

  it('scores 0 for a reply that hits nothing, and gives the same result every time', () => {
    const a = scoreFreeTextReply('Okay.', allGroupsStep, { language: 'en' });
    const b = scoreFreeTextReply('Okay.', allGroupsStep, { language: 'en' });
    expect(a).toEqual(b);
    expect(a.score).toBe(0);
  });
});
