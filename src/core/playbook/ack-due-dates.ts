/**
 * One due date per person and playbook version. Publishing may set a default on the version's
 * acknowledgement request; a manager's playbook assignment with a due date overrides it for the
 * people it was given to (the newest open one wins). Every place that shows when a person must
 * have read a version — their home, the playbook page, the reports, the CSV — asks here.
 */
import type { Assignment } from '../../shared/domain/assignment';
import type { AckRequest } from '../../shared/domain/playbook';

export type AckDueDateOf = (personId: string, version: number) => string | undefined;

type PlaybookAssignment = Pick<Assignment, 'kind' | 'playbookVersion' | 'personIds' | 'dueDate' | 'createdAt' | 'closedAt'>;

export function ackDueDates(requests: readonly AckRequest[], assignments: readonly PlaybookAssignment[]): AckDueDateOf {
  const defaults = new Map(requests.map((r) => [r.version, r.dueDate]));
  const assigned = assignments
    .filter((a) => a.kind === 'playbook' && a.playbookVersion !== null && a.dueDate !== null && a.closedAt === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (personId, version) => assigned.find((a) => a.playbookVersion === version && a.personIds.includes(personId))?.dueDate ?? defaults.get(version);
}

/** Only the publishing defaults: for callers that have no assignments at hand. */
export const publishedDueDates = (requests: readonly AckRequest[]): AckDueDateOf => ackDueDates(requests, []);
