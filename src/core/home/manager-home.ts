/**
 * Puts the leader's and manager's home together from plain data: work due by person, the review
 * queue, the current playbook's unread list, the weakest standards and the latest coaching. Each
 * list is cut to HOME_LIST_LIMIT; the totals stay so the screen can offer "see all".
 */
import type { CoachingComment } from '../../shared/domain/attempt';
import { DUE_SOON_DAYS, HOME_LIST_LIMIT, STANDARD_WINDOW_DAYS, type HomeComment, type ManagerHome } from '../../shared/domain/manager-home';
import type { ReviewQueueItem } from '../../shared/domain/progress';
import type { VersionAckStatus } from '../playbook/acknowledgements';
import { groupByPerson, type ProgressRecord } from '../progress/progress-record';
import { personName, type ReportContext } from '../progress/report-context';
import { dueWorkByPerson } from './due-work-by-person';
import { weakestStandards } from './standard-trends';

export interface ManagerHomeInput {
  ctx: ReportContext;
  /** Every attempt summary in the workspace. */
  records: readonly ProgressRecord[];
  reviewQueue: readonly ReviewQueueItem[];
  /** The newest requested playbook version's status, null before anything is published. */
  currentAck: VersionAckStatus | null;
  comments: readonly CoachingComment[];
  publishedScenarios: readonly { id: string; standards: readonly string[] }[];
  playbookPublished: boolean;
}

export function buildManagerHome(input: ManagerHomeInput): ManagerHome {
  const { ctx } = input;
  const trainees = new Set(ctx.people.filter((p) => p.active && p.role !== 'leader').map((p) => p.id));
  const traineeRecords = input.records.filter((r) => trainees.has(r.personId));
  // Unread copies of the current playbook are listed once, in their own section.
  const due = dueWorkByPerson(ctx.assignments, groupByPerson(traineeRecords), ctx.acknowledgements, ctx, DUE_SOON_DAYS, input.currentAck?.version ?? null);
  const dueItems = due.flatMap((p) => p.items);
  const practiceScenarioFor = (standardId: string) => input.publishedScenarios.find((s) => s.standards.includes(standardId))?.id ?? null;
  const pending = (input.currentAck?.pending ?? [])
    .map((p) => ({ personId: p.personId, name: personName(ctx, p.personId), dueDate: p.dueDate ?? null, overdue: p.overdue }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.name.localeCompare(b.name));
  const comments = [...input.comments]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, HOME_LIST_LIMIT)
    .map(
      (c): HomeComment => ({
        id: c.id,
        at: c.at,
        personId: c.personId,
        personName: personName(ctx, c.personId),
        authorName: personName(ctx, c.authorId),
        text: c.text,
        attemptId: c.attemptId,
        readAt: c.readAt,
      }),
    );
  return {
    setup: {
      employees: ctx.people.filter((p) => p.active && p.role === 'employee').length,
      publishedScenarios: input.publishedScenarios.length,
      playbookPublished: input.playbookPublished,
      openAssignments: ctx.assignments.filter((a) => a.closedAt === null).length,
      finishedAttempts: traineeRecords.filter((r) => r.status === 'finished').length,
    },
    due: {
      people: due.slice(0, HOME_LIST_LIMIT),
      peopleTotal: due.length,
      overdue: dueItems.filter((i) => i.overdue).length,
      dueSoon: dueItems.filter((i) => !i.overdue).length,
    },
    reviews: { items: input.reviewQueue.slice(0, HOME_LIST_LIMIT), total: input.reviewQueue.length },
    acknowledgements: {
      version: input.currentAck?.version ?? null,
      asked: input.currentAck ? input.currentAck.pending.length + input.currentAck.acknowledged.length : 0,
      pending: pending.slice(0, HOME_LIST_LIMIT),
      pendingTotal: pending.length,
    },
    weakStandards: {
      items: weakestStandards(traineeRecords, ctx.standards, ctx.now, STANDARD_WINDOW_DAYS, practiceScenarioFor).slice(0, HOME_LIST_LIMIT),
      windowDays: STANDARD_WINDOW_DAYS,
    },
    comments,
  };
}
