import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptReviewSchema, type Attempt } from '../../shared/domain/attempt';
import type { FreeTextStep, ChoiceStep } from '../../shared/domain/scenario';
import { checkScenarioText } from '../scenarios';
import { scoreAttempt, scoreChoice, scoreFreeTextReply } from '../scoring';
import { repoContentDir } from '../service/test-service';
import { ReviewError, reviewAttempt } from './review-overrides';

const file = 'boots-sold-out-instagram.yaml';
const scenario = checkScenarioText(readFileSync(join(repoContentDir, 'scenarios', file), 'utf8'), file, []).scenario!;
const reply = scenario.steps['reply-1'] as FreeTextStep;
const choice = scenario.steps['choice-1'] as ChoiceStep;

function attemptWith(text: string): Attempt {
  const free = scoreFreeTextReply(text, reply, { language: 'en', customerName: 'Amara', replyTimeSec: 60, stepId: 'reply-1' });
  const chosen = scoreChoice(choice, 'own-it', { stepId: 'choice-1' });
  const score = scoreAttempt([free, chosen], 0.8);
  return {
    id: 'att1',
    personId: 'p1',
    scenarioId: scenario.id,
    scenarioVersion: 1,
    assignmentId: null,
    mode: 'coach',
    status: 'finished',
    startedAt: '2026-11-02T10:00:00Z',
    endedAt: '2026-11-02T10:05:00Z',
    currentStepId: 'end-good',
    currentPromptShownAt: null,
    steps: [],
    outcome: null,
    score,
    reviews: [],
    rescores: [],
  };
}

describe('review overrides', () => {
  const partial = attemptWith('Hi Amara, sorry, the tan boots are sold out. We should have marked that post. Would you like to see something else?');
  const auto = partial.score!;
  const alt = auto.steps[0].kind === 'free-text' ? auto.steps[0].elements.find((e) => e.elementId === 'offer-alternative')! : null;

  it('re-scores from the automatic result: a missed element set to hit earns its weight, and the attempt total follows', () => {
    expect(alt?.status).toBe('missed');
    const { attempt, review } = reviewAttempt(partial, {
      id: 'r1',
      reviewerId: 'manager',
      at: '2026-11-03T09:00:00Z',
      overrides: [{ stepId: 'reply-1', elementId: 'offer-alternative', from: 'missed', to: 'hit', reason: '"something else" offers the brown pair here' }],
      comment: 'Good instinct; name the alternative next time.',
      passMark: 0.8,
    });
    expect(review.score.earned).toBeCloseTo(auto.earned + 2);
    expect(review.score.max).toBe(auto.max);
    expect(review.score.score).toBeGreaterThan(auto.score);
    const tailor = (s: typeof auto) => s.perStandard.find((t) => t.standardId === 'tailor-to-journey')!;
    expect(tailor(review.score).earned).toBe(tailor(auto).earned + 2);
    // The automatic score and the audit trail are both kept.
    expect(attempt.score).toEqual(auto);
    expect(attempt.reviews).toEqual([review]);
    expect(review.overrides[0]).toMatchObject({ from: 'missed', to: 'hit', reason: expect.stringContaining('brown') });
    expect(review.score.steps[0].lines.some((l) => l.text.startsWith('Reviewer set "Offer an alternative'))).toBe(true);
  });

  it('an element set to N/A leaves the maximum, and a second review is appended, not replacing the first', () => {
    const first = reviewAttempt(partial, { id: 'r1', reviewerId: 'm', at: '2026-11-03T09:00:00Z', overrides: [], comment: '', passMark: 0.8 }).attempt;
    const { attempt, review } = reviewAttempt(first, {
      id: 'r2',
      reviewerId: 'leader',
      at: '2026-11-04T09:00:00Z',
      overrides: [{ stepId: 'reply-1', elementId: 'offer-alternative', from: 'missed', to: 'na', reason: 'Nothing similar was in stock that day.' }],
      comment: '',
      passMark: 0.8,
    });
    expect(review.score.max).toBe(auto.max - 2);
    expect(review.score.earned).toBe(auto.earned);
    expect(attempt.reviews.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('a reviewer can dismiss a false auto-fail match, which lifts the zero', () => {
    const failed = attemptWith('Hi Amara, sorry! Yes available in dark brown, the tan ones are sold out; we should have marked that post. Would you like a photo?');
    expect(failed.score!.autoFailed).toBe(true);
    const { review } = reviewAttempt(failed, {
      id: 'r1',
      reviewerId: 'm',
      at: '2026-11-03T09:00:00Z',
      overrides: [{ stepId: 'reply-1', elementId: 'pretend-in-stock', from: 'hit', to: 'na', reason: 'She said the brown pair is available, which is true.' }],
      comment: '',
      passMark: 0.8,
    });
    expect(review.score.autoFailed).toBe(false);
    expect(review.score.score).toBeGreaterThan(0.8);
    expect(review.score.passed).toBe(true);
  });

  it('refuses overrides that do not match the automatic result, unknown elements and unfinished attempts', () => {
    const input = { id: 'r', reviewerId: 'm', at: '2026-11-03T09:00:00Z', comment: '', passMark: 0.8 };
    expect(() => reviewAttempt(partial, { ...input, overrides: [{ stepId: 'reply-1', elementId: 'offer-alternative', from: 'hit', to: 'missed', reason: 'x' }] })).toThrow(/was missed in the automatic scoring/);
    expect(() => reviewAttempt(partial, { ...input, overrides: [{ stepId: 'reply-1', elementId: 'nope', from: 'hit', to: 'missed', reason: 'x' }] })).toThrow(ReviewError);
    expect(() => reviewAttempt(partial, { ...input, overrides: [{ stepId: 'choice-1', elementId: 'own-it', from: 'hit', to: 'missed', reason: 'x' }] })).toThrow(/no free-text reply/);
    expect(() => reviewAttempt({ ...partial, status: 'in-progress' }, { ...input, overrides: [] })).toThrow(/finished/);
  });

  describe('every automatic check can be set differently', () => {
    const input = { id: 'r', reviewerId: 'm', at: '2026-11-03T09:00:00Z', comment: '', passMark: 0.8, rubricOf: () => reply.rubric };
    const freeText = (score: typeof auto) => (score.steps[0].kind === 'free-text' ? score.steps[0] : null)!;

    it('shouting judged wrongly (a product code in capitals) is set to OK: the penalty and the fail go, and mastery of its standard follows', () => {
      const shouted = attemptWith('Hi Amara, so sorry, the TAN-BOOTS-38 are sold out; we should have marked that post. Would you like to see something similar?');
      const before = freeText(shouted.score!);
      const shouting = before.tone.find((t) => t.check === 'shouting')!;
      expect(shouting.status).toBe('failed');
      expect(before.passed).toBe(false);
      const { review } = reviewAttempt(shouted, { ...input, overrides: [{ stepId: 'reply-1', check: 'tone', elementId: 'shouting', from: 'missed', to: 'hit', reason: 'TAN-BOOTS-38 is the product code.' }] });
      const after = freeText(review.score);
      expect(after.tone.find((t) => t.check === 'shouting')).toMatchObject({ status: 'ok', earned: 0 });
      expect(after.criticalErrors).toBeUndefined();
      expect(after.earned).toBe(before.earned + shouting.max - shouting.earned);
      const tone = (score: typeof auto) => score.perStandard.find((t) => t.standardId === shouting.standardId)!;
      expect(tone(review.score).earned / tone(review.score).max).toBeGreaterThan(tone(shouted.score!).earned / tone(shouted.score!).max);
    });

    it('a missing apology the reviewer hears in other words is set to OK and earns its points; one set to not OK loses them', () => {
      const noSorry = attemptWith('Hi Amara, my mistake, the tan boots are sold out; we should have marked that post. Would you like to see something similar?');
      const apology = freeText(noSorry.score!).tone.find((t) => t.check === 'apology')!;
      expect(apology.status).toBe('failed');
      const set = reviewAttempt(noSorry, { ...input, overrides: [{ stepId: 'reply-1', check: 'tone', elementId: 'apology', from: 'missed', to: 'hit', reason: '"My mistake" owns it.' }] }).review;
      expect(freeText(set.score).tone.find((t) => t.check === 'apology')).toMatchObject({ status: 'ok', earned: apology.max });
      expect(set.score.earned).toBe(noSorry.score!.earned + apology.max);
      const unset = reviewAttempt(partial, { ...input, overrides: [{ stepId: 'reply-1', check: 'tone', elementId: 'apology', from: 'hit', to: 'missed', reason: 'A sorry without owning anything.' }] }).review;
      expect(unset.score.earned).toBe(auto.earned - apology.max);
    });

    it('the length range can be set to OK (penalty lifted) and not OK (the rubric penalty taken)', () => {
      const short = attemptWith('Sorry Amara, sold out. Something similar?');
      const length = freeText(short.score!).length!;
      expect(length).toMatchObject({ ok: false, penalty: 1 });
      const ok = reviewAttempt(short, { ...input, overrides: [{ stepId: 'reply-1', check: 'length', elementId: 'length', from: 'missed', to: 'hit', reason: 'Short is right in a DM.' }] }).review;
      expect(freeText(ok.score).length).toMatchObject({ ok: true, penalty: 0 });
      expect(ok.score.earned).toBe(short.score!.earned + 1);
      const notOk = reviewAttempt(partial, { ...input, overrides: [{ stepId: 'reply-1', check: 'length', elementId: 'length', from: 'hit', to: 'missed', reason: 'Rambles.' }] }).review;
      expect(freeText(notOk.score).length).toMatchObject({ ok: false, penalty: 1 });
    });

    it('refuses a tone check that was not switched on and a decision that does not match the automatic result', () => {
      expect(() => reviewAttempt(partial, { ...input, overrides: [{ stepId: 'reply-1', check: 'tone', elementId: 'apology', from: 'missed', to: 'hit', reason: 'x' }] })).toThrow(/was OK in the automatic scoring/);
      const noName = { ...partial, score: { ...auto, steps: [{ ...freeText(auto), tone: freeText(auto).tone.filter((t) => t.check !== 'customer-name') }, ...auto.steps.slice(1)] } };
      expect(() => reviewAttempt(noName, { ...input, overrides: [{ stepId: 'reply-1', check: 'tone', elementId: 'customer-name', from: 'hit', to: 'missed', reason: 'x' }] })).toThrow(/not switched on/);
    });

    it('a review saved before checks could be overridden (no "check" field) still reads and applies', () => {
      const stored = attemptReviewSchema.parse({ id: 'old', reviewerId: 'm', at: '2026-10-01T00:00:00Z', overrides: [{ stepId: 'reply-1', elementId: 'offer-alternative', from: 'missed', to: 'hit', reason: 'Old review.' }], comment: '', score: auto });
      expect(stored.overrides[0].check).toBeUndefined();
      const { review } = reviewAttempt(partial, { ...input, overrides: stored.overrides });
      expect(review.score.earned).toBe(auto.earned + 2);
    });
  });
});
