/**
 * One person's report, built from their attempt summaries only: filterable attempts history,
 * score trend, mastery per standard, reply time against targets, playbook acknowledgements,
 * assignments with the attempt that counts, and strengths and gaps in plain words.
 */
import type { AttemptFilters, AttemptRow, CoachingCommentView, PersonReport, ReplyTimeSummary } from '../../shared/domain/progress';
import { ackDueDates } from '../playbook/ack-due-dates';
import { isPastDue } from '../playbook/acknowledgements';
import { personAssignmentStatus } from './assignment-status';
import { COUNTING_RULE_WORDS } from './counting-rule';
import { masteryByStandard, newestFinished } from './mastery';
import { byIso, type ProgressRecord } from './progress-record';
import { assignmentTitle, standardTitle, type ReportContext } from './report-context';
import { strengthsAndGaps } from './strengths-and-gaps';

export type { AttemptFilters };

const ATTEMPT_LIST_LIMIT = 200;
const TREND_POINTS = 60;

export function matchesFilters(r: ProgressRecord, f: AttemptFilters): boolean {
  const day = r.startedAt.slice(0, 10);
  return (!f.scenarioId || r.scenarioId === f.scenarioId) && (!f.status || r.status === f.status) && (!f.from || day >= f.from) && (!f.to || day <= f.to);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function replyTimeSummary(records: readonly ProgressRecord[]): ReplyTimeSummary {
  const timed = records.filter((r) => r.status === 'finished').flatMap((r) => r.replyTimes.filter((t) => t.targetSec !== null));
  return {
    answered: timed.length,
    withinTarget: timed.filter((t) => t.sec <= (t.targetSec as number)).length,
    medianSec: median(timed.map((t) => t.sec)),
    medianTargetSec: median(timed.map((t) => t.targetSec as number)),
  };
}

export function toAttemptRow(r: ProgressRecord, ctx: ReportContext, countedFor: string | null): AttemptRow {
  return {
    id: r.id,
    personId: r.personId,
    scenarioId: r.scenarioId,
    scenarioTitle: ctx.scenarioTitle(r.scenarioId),
    mode: r.mode,
    status: r.status,
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    channel: r.channel,
    score: r.score,
    autoScore: r.autoScore,
    passed: r.passed,
    autoFailed: r.autoFailed,
    reviewed: r.reviewed,
    assignmentId: r.assignmentId,
    countedFor,
  };
}

export function buildPersonReport(personId: string, records: readonly ProgressRecord[], comments: CoachingCommentView[], ctx: ReportContext, filters: AttemptFilters = {}): PersonReport {
  const person = ctx.people.find((p) => p.id === personId);
  const standardIds = ctx.standards.map((s) => s.id);
  const mastery = masteryByStandard(records, standardIds);
  const mine = ctx.assignments.filter((a) => a.personIds.includes(personId));
  const statuses = mine.map((a) => ({ a, status: personAssignmentStatus(a, personId, records, ctx.acknowledgements, ctx.now) }));
  const counted = new Map(statuses.filter((s) => s.status.countedAttemptId).map((s) => [s.status.countedAttemptId!, COUNTING_RULE_WORDS[s.a.counts]]));

  const newestFirst = [...records].sort((a, b) => byIso(b.startedAt, a.startedAt));
  const matching = newestFirst.filter((r) => matchesFilters(r, filters));
  const trend = newestFinished(records)
    .slice(0, TREND_POINTS)
    .reverse()
    .map((r) => ({ at: r.endedAt ?? r.startedAt, score: r.score ?? 0, scenarioTitle: ctx.scenarioTitle(r.scenarioId) }));
  const nowIso = ctx.now.toISOString();
  const dueDateOf = ackDueDates(ctx.ackRequests, ctx.assignments);
  const asked = person && person.active && person.role !== 'leader';

  return {
    person: { id: personId, name: person?.name ?? 'Former member', role: person?.role ?? 'employee' },
    standards: ctx.standards,
    attempts: matching.slice(0, ATTEMPT_LIST_LIMIT).map((r) => toAttemptRow(r, ctx, counted.get(r.id) ?? null)),
    attemptsMatching: matching.length,
    totalAttempts: records.length,
    trend,
    mastery: mastery.map(({ standardId, value, level, evidence }) => ({ standardId, value, level, evidence })),
    replyTimes: replyTimeSummary(records),
    acknowledgements: asked
      ? [...ctx.ackRequests]
          .sort((a, b) => b.version - a.version)
          .map((req) => {
            const ack = ctx.acknowledgements.find((a) => a.personId === personId && a.version === req.version);
            const dueDate = dueDateOf(personId, req.version);
            return { version: req.version, requestedAt: req.requestedAt, dueDate: dueDate ?? null, acknowledgedAt: ack?.at ?? null, overdue: !ack && isPastDue(dueDate, nowIso) };
          })
      : [],
    ...strengthsAndGaps(records, mastery, (id) => standardTitle(ctx, id)),
    assignments: statuses.map(({ a, status }) => ({
      id: a.id,
      title: assignmentTitle(ctx, a),
      kind: a.kind,
      dueDate: a.kind === 'playbook' && a.playbookVersion !== null ? (dueDateOf(personId, a.playbookVersion) ?? null) : a.dueDate,
      counts: a.counts,
      passMark: a.passMark,
      state: status.state,
      overdue: status.overdue && a.closedAt === null,
      score: status.score,
      remindedAt: a.remindedAt,
    })),
    comments,
  };
}
