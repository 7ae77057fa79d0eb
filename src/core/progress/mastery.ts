/**
 * Mastery per standard: how reliably a person meets one service standard, from their recent
 * finished attempts, newer ones counting more.
 *
 * Definition:
 * - Evidence: finished attempts whose (effective, i.e. reviewed where reviewed) result has points
 *   available for the standard; each gives ratio = earned / max for that standard.
 * - Only the newest MASTERY_WINDOW (10) pieces of evidence count; attempt i (0 = newest) weighs
 *   0.5^(i / MASTERY_HALF_LIFE) with a half-life of 3 attempts: the 4th newest counts half as much.
 * - Mastery = weighted mean of the ratios, 0..1 (shown as 0–100).
 * - With fewer than MASTERY_MIN_EVIDENCE (2) attempts no level is shown ("too early to say").
 * - Levels: below 50 "not yet", 50–69 "developing", 70–84 "solid", 85 and above "mastered".
 * The same words are the reports' help text (MASTERY_HELP in shared/domain/progress).
 */
import { MASTERY_LEVEL_WORDS, type MasteryLevel } from '../../shared/domain/progress';
import { byIso, type ProgressRecord } from './progress-record';

export const MASTERY_HALF_LIFE = 3;
export const MASTERY_WINDOW = 10;
export const MASTERY_MIN_EVIDENCE = 2;

export { MASTERY_LEVEL_WORDS, type MasteryLevel };

export interface StandardMastery {
  standardId: string;
  /** 0..1, or null when there is no evidence at all. */
  value: number | null;
  /** null while the evidence is below the minimum. */
  level: MasteryLevel | null;
  /** How many attempts the value rests on (at most the window). */
  evidence: number;
  /** Ids of the attempts used, newest first. */
  attemptIds: string[];
}

export function levelFor(value: number): MasteryLevel {
  if (value >= 0.85) return 'mastered';
  if (value >= 0.7) return 'solid';
  if (value >= 0.5) return 'developing';
  return 'not-yet';
}

/** The recency weight of the i-th newest piece of evidence. */
export function recencyWeight(index: number): number {
  return 0.5 ** (index / MASTERY_HALF_LIFE);
}

/** Weighted mean of ratios given newest first; null for none. */
export function weightedMastery(ratiosNewestFirst: readonly number[]): number | null {
  const used = ratiosNewestFirst.slice(0, MASTERY_WINDOW);
  if (used.length === 0) return null;
  let sum = 0;
  let weights = 0;
  used.forEach((ratio, i) => {
    const w = recencyWeight(i);
    sum += w * Math.min(1, Math.max(0, ratio));
    weights += w;
  });
  return Math.round((sum / weights) * 10_000) / 10_000;
}

const endOf = (r: ProgressRecord) => r.endedAt ?? r.startedAt;

/** Finished attempts newest first (the order mastery reads them in). */
export function newestFinished(records: readonly ProgressRecord[]): ProgressRecord[] {
  const finished = records.filter((r) => r.status === 'finished');
  // Summaries usually arrive oldest first already: reverse in one pass instead of sorting.
  let ascending = true;
  for (let i = 1; i < finished.length && ascending; i++) ascending = endOf(finished[i - 1]) <= endOf(finished[i]);
  return ascending ? finished.reverse() : finished.sort((a, b) => byIso(endOf(b), endOf(a)));
}

/** One person's mastery of each standard in `standardIds` (records: that person's attempts, any order). */
export function masteryByStandard(records: readonly ProgressRecord[], standardIds: readonly string[]): StandardMastery[] {
  const evidence = new Map<string, { ratios: number[]; ids: string[] }>(standardIds.map((id) => [id, { ratios: [], ids: [] }]));
  for (const record of newestFinished(records)) {
    for (const total of record.perStandard) {
      const slot = evidence.get(total.standardId);
      if (!slot || total.max <= 0 || slot.ratios.length >= MASTERY_WINDOW) continue;
      slot.ratios.push(total.earned / total.max);
      slot.ids.push(record.id);
    }
  }
  return standardIds.map((standardId) => {
    const { ratios, ids } = evidence.get(standardId)!;
    const value = weightedMastery(ratios);
    return {
      standardId,
      value,
      level: value !== null && ratios.length >= MASTERY_MIN_EVIDENCE ? levelFor(value) : null,
      evidence: ratios.length,
      attemptIds: ids,
    };
  });
}
