/**
 * Which finished attempts wait for a human look: those with a free-text reply that nobody has
 * reviewed yet. The queue shows all of them, or — the "borderline" setting — only those within
 * 10 points of the pass mark or auto-failed, oldest first so nobody waits forever.
 */
import type { ReviewQueueItem } from '../../shared/domain/progress';
import { byIso, type ProgressRecord } from './progress-record';

export const REVIEW_FILTERS = ['all', 'borderline'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];
export const NEAR_PASS_MARGIN = 0.1;

export interface QueueLookups {
  hasFreeText: (r: ProgressRecord) => boolean;
  passMark: (r: ProgressRecord) => number;
  personName: (id: string) => string;
  scenarioTitle: (id: string) => string;
}

export function reviewReason(r: ProgressRecord, passMark: number): ReviewQueueItem['reason'] {
  if (r.autoFailed) return 'auto-failed';
  if (r.score !== null && Math.abs(r.score - passMark) <= NEAR_PASS_MARGIN + 1e-9) return 'near-pass-mark';
  return 'free-text';
}

export function reviewQueue(records: readonly ProgressRecord[], filter: ReviewFilter, lookups: QueueLookups): ReviewQueueItem[] {
  return records
    .filter((r) => r.status === 'finished' && !r.reviewed && lookups.hasFreeText(r))
    .map((r) => {
      const passMark = lookups.passMark(r);
      return {
        attemptId: r.id,
        personId: r.personId,
        personName: lookups.personName(r.personId),
        scenarioTitle: lookups.scenarioTitle(r.scenarioId),
        endedAt: r.endedAt ?? r.startedAt,
        score: r.score,
        passMark,
        autoFailed: r.autoFailed,
        reason: reviewReason(r, passMark),
      };
    })
    .filter((item) => filter === 'all' || item.reason !== 'free-text')
    .sort((a, b) => byIso(a.endedAt, b.endedAt));
}
