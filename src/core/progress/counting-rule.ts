/**
 * Which attempt counts for an assignment, set per assignment: the first finished one, the best
 * (highest effective score; the earlier wins a tie) or the latest. In-progress and abandoned
 * attempts never count.
 */
import type { Assignment, CountingRule } from '../../shared/domain/assignment';
import { byIso, type ProgressRecord } from './progress-record';

export const COUNTING_RULE_WORDS: Record<CountingRule, string> = {
  first: 'first attempt counts',
  best: 'best attempt counts',
  latest: 'latest attempt counts',
};

const finishedAt = (r: ProgressRecord) => r.endedAt ?? r.startedAt;

export function countingAttempt<T extends ProgressRecord>(records: readonly T[], rule: CountingRule): T | null {
  const finished = records.filter((r) => r.status === 'finished').sort((a, b) => byIso(finishedAt(a), finishedAt(b)));
  if (finished.length === 0) return null;
  if (rule === 'first') return finished[0];
  if (rule === 'latest') return finished[finished.length - 1];
  return finished.reduce((best, r) => ((r.score ?? 0) > (best.score ?? 0) ? r : best));
}

/**
 * The attempts that belong to an assignment: those started from it, and — so practice started
 * from the library still counts — attempts of the same scenario with no assignment, started
 * after the assignment was given.
 */
export function belongsToAssignment(record: ProgressRecord, assignment: Assignment): boolean {
  if (assignment.kind !== 'scenario') return false;
  if (record.assignmentId === assignment.id) return true;
  return record.assignmentId === null && record.scenarioId === assignment.scenarioId && record.startedAt >= assignment.createdAt;
}

/** Pass or fail for the assignment uses its own pass mark on the counted attempt's effective score. */
export function passesAssignment(record: ProgressRecord, assignment: Assignment): boolean {
  return !record.autoFailed && (record.score ?? 0) >= assignment.passMark - 1e-9;
}
