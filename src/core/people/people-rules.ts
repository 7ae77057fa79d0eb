/**
 * Who may change whom: managers manage employees and managers; only leaders touch leaders;
 * the last active leader can never be deactivated or demoted (the shop would be locked out).
 */
import { AppError } from '../../shared/errors';
import type { Role } from '../../shared/contract/operation';
import type { PersonView } from '../../shared/domain/people';
import type { StoredPerson } from '../store/workspace-schema';

export interface PersonChange {
  role?: Role;
  active?: boolean;
}

export function assertMayAssignRole(actor: StoredPerson, role: Role): void {
  if (role === 'leader' && actor.role !== 'leader') throw new AppError('FORBIDDEN', 'Only a leader can make someone a leader.');
}

export function assertMayManage(actor: StoredPerson, target: StoredPerson): void {
  if (target.role === 'leader' && actor.role !== 'leader') throw new AppError('FORBIDDEN', "Only a leader can change a leader's profile.");
}

export function assertLeaderRemains(people: StoredPerson[], target: StoredPerson, change: PersonChange): void {
  const staysLeader = (change.role ?? target.role) === 'leader' && (change.active ?? target.active);
  if (target.role !== 'leader' || !target.active || staysLeader) return;
  const otherLeaders = people.filter((p) => p.id !== target.id && p.role === 'leader' && p.active);
  if (otherLeaders.length === 0) {
    throw new AppError('CONFLICT', `${target.name} is the last active leader. Make someone else a leader first.`);
  }
}

export function toPersonView(person: StoredPerson): PersonView {
  const { id, name, role, active, createdAt, updatedAt } = person;
  return { id, name, role, active, createdAt, updatedAt };
}

export function assertNameFree(people: StoredPerson[], name: string, exceptId?: string): void {
  const taken = people.some((p) => p.id !== exceptId && p.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (taken) throw new AppError('CONFLICT', `Someone is already called "${name}". Use a name people can tell apart.`, [{ path: 'name', message: 'Name already in use.' }]);
}
