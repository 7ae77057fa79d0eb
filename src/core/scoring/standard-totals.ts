/** Adds points up per standard and turns earned / applicable maximum into a score. */
import type { StandardTotal } from '../../shared/domain/scoring';

export interface PointsEntry {
  standardId: string | undefined;
  earned: number;
  max: number;
}

/**
 * Entries without a standard count in the overall total only. A penalty (points off with no
 * maximum of its own: a must-avoid, shouting, a reply that works against a standard) counts in its
 * standard as an item failed: its points join the standard's maximum and earn nothing. So shouting
 * shows in "human tone" even in a step that had nothing else to score for that standard.
 */
export function totalsByStandard(entries: readonly PointsEntry[]): StandardTotal[] {
  const byId = new Map<string, StandardTotal>();
  for (const e of entries) {
    if (e.standardId === undefined) continue;
    const total = byId.get(e.standardId) ?? { standardId: e.standardId, earned: 0, max: 0 };
    if (e.earned < 0 && e.max === 0) total.max -= e.earned;
    else {
      total.earned += e.earned;
      total.max += e.max;
    }
    byId.set(e.standardId, total);
  }
  return [...byId.values()].map((t) => ({ ...t, earned: round(Math.max(0, t.earned)), max: round(t.max) }));
}

export interface Totals {
  earned: number;
  max: number;
  score: number;
  passed: boolean;
}

/** QA-scorecard arithmetic: an auto-fail zeroes the score; nothing applicable scores 1. */
export function scoreFrom(earnedRaw: number, maxRaw: number, autoFailed: boolean, passMark: number): Totals {
  const earned = round(Math.max(0, earnedRaw));
  const max = round(maxRaw);
  const ratio = max > 0 ? Math.min(1, earned / max) : 1;
  const score = autoFailed ? 0 : round(ratio, 4);
  return { earned, max, score, passed: !autoFailed && score >= passMark - 1e-9 };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
