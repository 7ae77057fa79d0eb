/** The written replies of an attempt as the review screen explains them: automatic, and under the latest review. */
import type { ReviewReply } from '../../shared/contract/progress-ops';
import { automaticScore, type Attempt } from '../../shared/domain/attempt';
import type { AttemptScore, FreeTextResult } from '../../shared/domain/scoring';
import { explainReply, type TitleOf } from './reply-explanation';

const freeText = (score: AttemptScore | null): FreeTextResult[] => (score?.steps ?? []).filter((s): s is FreeTextResult => s.kind === 'free-text');

export function reviewReplies(automatic: AttemptScore | null, reviewed: AttemptScore | null, titleOf: TitleOf): ReviewReply[] {
  const after = new Map(freeText(reviewed).map((s) => [s.stepId, s]));
  return freeText(automatic).map((step, i) => {
    const r = after.get(step.stepId);
    return { stepId: step.stepId, number: i + 1, automatic: explainReply(step, titleOf), reviewed: r ? explainReply(r, titleOf) : null };
  });
}

/** Every standard an attempt's results name: elements, must-avoids, tone, reply time, per-standard totals. */
export function standardIdsOf(attempt: Attempt): string[] {
  const ids = new Set<string>();
  for (const score of [automaticScore(attempt), ...attempt.reviews.map((r) => r.score)]) {
    for (const t of score?.perStandard ?? []) ids.add(t.standardId);
    for (const s of freeText(score ?? null)) {
      for (const e of s.elements) ids.add(e.standardId);
      for (const m of s.mustAvoid) if (m.standardId) ids.add(m.standardId);
      for (const t of s.tone) ids.add(t.standardId);
      if (s.replyTime.standardId) ids.add(s.replyTime.standardId);
    }
  }
  return [...ids];
}
