/**
 * Reply time as evidence for a standard. The timer was recorded and judged against the step's
 * target from the start, but it never counted toward any standard, so "first reply within the
 * target time" had no evidence in anyone's mastery. A timed reply now counts 1 of 1 for that
 * standard when within the target, 0 of 1 when over. It counts per standard only, never in the
 * reply's own score: a slow reply with the right words is still the right reply.
 */
import type { FreeTextStep } from '../../shared/domain/scenario';
import type { ReplyTimeFinding } from '../../shared/domain/scoring';
import type { PointsEntry } from './standard-totals';

/** The starter playbook's stable id for the reply-time standard; a step may name another. */
export const DEFAULT_REPLY_TIME_STANDARD = 'first-reply-on-time';

export function judgeReplyTime(step: Pick<FreeTextStep, 'replyTimeTargetSec' | 'replyTimeStandardId'>, replyTimeSec: number | undefined): ReplyTimeFinding {
  if (replyTimeSec === undefined) return { targetSec: step.replyTimeTargetSec, withinTarget: true };
  return {
    targetSec: step.replyTimeTargetSec,
    actualSec: replyTimeSec,
    withinTarget: replyTimeSec <= step.replyTimeTargetSec,
    standardId: step.replyTimeStandardId ?? DEFAULT_REPLY_TIME_STANDARD,
  };
}

/** The per-standard entry of a timed reply; none when no time was recorded (editor tries, old results). */
export function replyTimeEntries(finding: ReplyTimeFinding): PointsEntry[] {
  if (finding.actualSec === undefined || finding.standardId === undefined) return [];
  return [{ standardId: finding.standardId, earned: finding.withinTarget ? 1 : 0, max: 1 }];
}
