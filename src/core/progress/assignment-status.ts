/**
 * Where each person stands on an assignment: not started, in progress, passed, failed (the
 * counted attempt is under the pass mark) or acknowledged (playbook assignments); overdue once the
 * due day has passed and nothing counts yet. Completion and pass rates follow from those.
 */
import type { Acknowledgement } from '../../shared/domain/playbook';
import type { Assignment } from '../../shared/domain/assignment';
import type { AssignmentState } from '../../shared/domain/progress';
import { belongsToAssignment, countingAttempt, passesAssignment } from './counting-rule';
import type { ProgressRecord } from './progress-record';

export type { AssignmentState };

export interface PersonAssignmentStatus {
  personId: string;
  state: AssignmentState;
  overdue: boolean;
  /** The attempt that counts under the assignment's rule, with its effective score. */
  countedAttemptId: string | null;
  score: number | null;
  attempts: number;
  acknowledgedAt: string | null;
}

export interface AssignmentProgress {
  total: number;
  done: number;
  passed: number;
  overdue: number;
  /** done / total, 0..1 (1 when nobody is assigned). */
  completionRate: number;
  /** passed / done, null before anyone is done. */
  passRate: number | null;
}

/** Past the due day (days compared in UTC like the stored dates). */
export function isPastDueDay(dueDate: string | null, now: Date): boolean {
  return dueDate !== null && now.toISOString().slice(0, 10) > dueDate;
}

export function personAssignmentStatus(
  assignment: Assignment,
  personId: string,
  personRecords: readonly ProgressRecord[],
  acknowledgements: readonly Acknowledgement[],
  now: Date,
): PersonAssignmentStatus {
  const pastDue = isPastDueDay(assignment.dueDate, now);
  if (assignment.kind === 'playbook') {
    const ack = acknowledgements.find((a) => a.personId === personId && a.version === assignment.playbookVersion);
    return {
      personId,
      state: ack ? 'acknowledged' : 'not-started',
      overdue: !ack && pastDue,
      countedAttemptId: null,
      score: null,
      attempts: 0,
      acknowledgedAt: ack?.at ?? null,
    };
  }
  const mine = personRecords.filter((r) => belongsToAssignment(r, assignment));
  const counted = countingAttempt(mine, assignment.counts);
  const state = counted ? (passesAssignment(counted, assignment) ? 'passed' : 'failed') : mine.some((r) => r.status === 'in-progress') ? 'in-progress' : 'not-started';
  return {
    personId,
    state,
    overdue: !counted && pastDue,
    countedAttemptId: counted?.id ?? null,
    score: counted?.score ?? null,
    attempts: mine.filter((r) => r.status === 'finished').length,
    acknowledgedAt: null,
  };
}

export function assignmentProgress(statuses: readonly PersonAssignmentStatus[]): AssignmentProgress {
  const done = statuses.filter((s) => s.state === 'passed' || s.state === 'failed' || s.state === 'acknowledged').length;
  const passed = statuses.filter((s) => s.state === 'passed' || s.state === 'acknowledged').length;
  return {
    total: statuses.length,
    done,
    passed,
    overdue: statuses.filter((s) => s.overdue).length,
    completionRate: statuses.length ? done / statuses.length : 1,
    passRate: done ? passed / done : null,
  };
}

/** Every assigned person's status (records: everyone's, grouped by person). */
export function assignmentStatuses(
  assignment: Assignment,
  recordsByPerson: ReadonlyMap<string, readonly ProgressRecord[]>,
  acknowledgements: readonly Acknowledgement[],
  now: Date,
): PersonAssignmentStatus[] {
  return assignment.personIds.map((id) => personAssignmentStatus(assignment, id, recordsByPerson.get(id) ?? [], acknowledgements, now));
}
