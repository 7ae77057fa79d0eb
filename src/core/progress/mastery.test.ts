import { describe, expect, it } from 'vitest';
import { record } from './fixtures/records';
import { levelFor, masteryByStandard, MASTERY_WINDOW, recencyWeight, weightedMastery } from './mastery';

describe('mastery per standard', () => {
  it('weighs an attempt three attempts older half as much', () => {
    expect(recencyWeight(0)).toBe(1);
    expect(recencyWeight(3)).toBeCloseTo(0.5);
    expect(recencyWeight(6)).toBeCloseTo(0.25);
  });

  it('is the recency-weighted mean of the earned share: recent improvement shows more than a plain average', () => {
    // newest first: 1.0, then 0.0 -> weights 1 and 0.5^(1/3) = 0.7937
    expect(weightedMastery([1, 0])).toBeCloseTo(1 / (1 + 0.7937), 3);
    expect(weightedMastery([1, 0])!).toBeGreaterThan(0.5);
    expect(weightedMastery([0, 1])!).toBeLessThan(0.5);
    expect(weightedMastery([])).toBeNull();
  });

  it('uses only the newest ten attempts', () => {
    const newTen = Array(MASTERY_WINDOW).fill(1);
    expect(weightedMastery([...newTen, 0, 0, 0])).toBe(1);
  });

  it('reads finished attempts newest first, skips standards without points available, and shows no level before two attempts', () => {
    const records = [
      record({ day: '2026-11-01', ratios: { honest: 0.2, tone: 1 } }),
      record({ day: '2026-11-10', ratios: { honest: 1 } }),
      record({ day: '2026-11-12', ratios: { honest: 0 }, status: 'abandoned' }),
      record({ day: '2026-11-05', perStandard: [{ standardId: 'honest', earned: 0, max: 0 }] }),
    ];
    const [honest, tone, none] = masteryByStandard(records, ['honest', 'tone', 'apology']);
    expect(honest.evidence).toBe(2);
    expect(honest.value).toBeCloseTo((1 + 0.2 * 0.7937) / 1.7937, 3);
    expect(honest.level).toBe('developing'); // 0.646
    expect(honest.attemptIds).toEqual([records[1].id, records[0].id]);
    expect(tone).toMatchObject({ value: 1, level: null, evidence: 1 });
    expect(none).toMatchObject({ value: null, level: null, evidence: 0 });
  });

  it('names levels at 50, 70 and 85', () => {
    expect([0.49, 0.5, 0.69, 0.7, 0.84, 0.85].map(levelFor)).toEqual(['not-yet', 'developing', 'developing', 'solid', 'solid', 'mastered']);
  });

  it('uses the reviewed (effective) per-standard result the summary carries', () => {
    const reviewed = record({ day: '2026-11-03', reviewed: true, ratios: { honest: 1 }, autoScore: 0.2 });
    const [honest] = masteryByStandard([reviewed, record({ day: '2026-11-02', ratios: { honest: 1 } })], ['honest']);
    expect(honest.value).toBe(1);
  });
});
