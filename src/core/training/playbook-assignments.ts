/**
 * Playbook readings on the trainee's home: each open playbook assignment given to me, with the
 * one due date I see everywhere (the assignment's, else the publishing default). An assignment
 * for a version that a newer one has replaced is left out unless I acknowledged it: that version
 * can no longer be acknowledged, and the newer version's request takes its place.
 */
import type { MyAssignment } from '../../shared/contract/training-ops';
import type { Assignment } from '../../shared/domain/assignment';
import type { Acknowledgement } from '../../shared/domain/playbook';
import type { AckDueDateOf } from '../playbook/ack-due-dates';

export interface MyPlaybook {
  latestVersion: number | null;
  acknowledgements: readonly Acknowledgement[];
  dueDateOf: AckDueDateOf;
}

export function myPlaybookAssignments(personId: string, assignments: readonly Assignment[], playbook: MyPlaybook, isOverdue: (dueDate: string | null) => boolean): MyAssignment[] {
  const result: MyAssignment[] = [];
  for (const a of assignments) {
    const version = a.playbookVersion;
    if (a.kind !== 'playbook' || version === null || a.closedAt !== null || !a.personIds.includes(personId)) continue;
    const acknowledged = playbook.acknowledgements.some((ack) => ack.personId === personId && ack.version === version);
    if (!acknowledged && version !== playbook.latestVersion) continue;
    const dueDate = playbook.dueDateOf(personId, version) ?? null;
    result.push({
      assignmentId: a.id,
      kind: 'playbook',
      scenarioId: '',
      playbookVersion: version,
      title: `Read version ${version} of the playbook`,
      channel: null,
      mode: a.mode,
      passMark: a.passMark,
      dueDate,
      overdue: !acknowledged && isOverdue(dueDate),
      status: acknowledged ? 'acknowledged' : 'not-started',
      bestScore: null,
      inProgressAttemptId: null,
    });
  }
  // One reading per version: two managers assigning the same version show once, the newest.
  return result.filter((m, i) => result.findIndex((other) => other.playbookVersion === m.playbookVersion) === i);
}
