/**
 * The team's weakest standards lately, with the change against the stretch before: the share of
 * the points earned on each standard over the finished attempts of a window (a plain share, not
 * mastery's recency weighting, so two windows compare like for like).
 */
import type { HomeWeakStandard } from '../../shared/domain/manager-home';
import type { StandardRef } from '../../shared/domain/progress';
import type { ProgressRecord } from '../progress/progress-record';

const DAY_MS = 86_400_000;
/** Fewer attempts than this on a standard say more about luck than about the team. */
export const MIN_ATTEMPTS_FOR_TREND = 3;

interface Tally {
  earned: number;
  max: number;
  attempts: number;
}

function tallyByStandard(records: readonly ProgressRecord[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const r of records)
    for (const t of r.perStandard) {
      if (t.max <= 0) continue;
      const tally = tallies.get(t.standardId) ?? { earned: 0, max: 0, attempts: 0 };
      tally.earned += t.earned;
      tally.max += t.max;
      tally.attempts += 1;
      tallies.set(t.standardId, tally);
    }
  return tallies;
}

export function weakestStandards(
  records: readonly ProgressRecord[],
  standards: readonly StandardRef[],
  now: Date,
  windowDays: number,
  practiceScenarioFor: (standardId: string) => string | null,
): HomeWeakStandard[] {
  const end = now.toISOString();
  const start = new Date(now.getTime() - windowDays * DAY_MS).toISOString();
  const before = new Date(now.getTime() - 2 * windowDays * DAY_MS).toISOString();
  const finishedAt = (r: ProgressRecord) => (r.status === 'finished' ? (r.endedAt ?? r.startedAt) : null);
  const inWindow = (from: string, to: string) =>
    records.filter((r) => {
      const at = finishedAt(r);
      return at !== null && at >= from && at < to;
    });
  const current = tallyByStandard(inWindow(start, end));
  const previous = tallyByStandard(inWindow(before, start));
  return standards
    .flatMap((s) => {
      const recent = current.get(s.id);
      if (!recent || recent.attempts < MIN_ATTEMPTS_FOR_TREND) return [];
      const then = previous.get(s.id);
      return [
        {
          standardId: s.id,
          title: s.title,
          share: recent.earned / recent.max,
          previousShare: then && then.attempts >= MIN_ATTEMPTS_FOR_TREND ? then.earned / then.max : null,
          attempts: recent.attempts,
          practiceScenarioId: practiceScenarioFor(s.id),
        },
      ];
    })
    .sort((a, b) => a.share - b.share || a.title.localeCompare(b.title));
}
