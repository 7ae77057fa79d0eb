/**
 * Who an assignment goes to. A role or "everyone" is resolved to people when assigned, and people
 * who join that role later (added, or moved into it) receive its open assignments too.
 * "Everyone" means the active employees and managers: the leader writes the training.
 */
import type { Assignment, AssignmentTarget } from '../../shared/domain/assignment';
import type { Role } from '../../shared/contract/operation';

export interface TargetPerson {
  id: string;
  role: Role;
  active: boolean;
}

export function isTrainee(person: TargetPerson): boolean {
  return person.active && (person.role === 'employee' || person.role === 'manager');
}

export function targetIncludes(target: AssignmentTarget, person: TargetPerson): boolean {
  if (!person.active) return false;
  switch (target.type) {
    case 'people':
      return target.personIds.includes(person.id);
    case 'role':
      return person.role === target.role;
    case 'everyone':
      return isTrainee(person);
  }
}

export function resolveTarget(target: AssignmentTarget, people: readonly TargetPerson[]): string[] {
  return people.filter((p) => targetIncludes(target, p)).map((p) => p.id);
}

/** The open assignments a person should receive now (their role's or everyone's) that they do not have yet. */
export function assignmentsForNewPerson(assignments: readonly Assignment[], person: TargetPerson): Assignment[] {
  return assignments.filter((a) => a.closedAt === null && a.target.type !== 'people' && targetIncludes(a.target, person) && !a.personIds.includes(person.id));
}

/**
 * Adds the person to those assignments, in place. Call inside `ws.mutate` after a person is added
 * or their role changes: `giveOpenAssignments(data.assignments, person)`. Returns the ids given.
 */
export function giveOpenAssignments(assignments: Assignment[], person: TargetPerson): string[] {
  const given = assignmentsForNewPerson(assignments, person);
  for (const a of given) a.personIds.push(person.id);
  return given.map((a) => a.id);
}
