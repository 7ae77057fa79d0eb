import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/domain/assignment';
import { assignmentsForNewPerson, giveOpenAssignments, resolveTarget } from './assignment-targets';

const people = [
  { id: 'lead', role: 'leader', active: true },
  { id: 'man', role: 'manager', active: true },
  { id: 'e1', role: 'employee', active: true },
  { id: 'e2', role: 'employee', active: false },
] as const;

const base: Assignment = {
  id: 'x',
  kind: 'scenario',
  scenarioId: 'boots',
  playbookVersion: null,
  mode: 'coach',
  passMark: 0.8,
  counts: 'best',
  target: { type: 'role', role: 'employee' },
  personIds: [],
  dueDate: null,
  createdAt: '2026-11-01T00:00:00Z',
  createdBy: 'lead',
  remindedAt: null,
  closedAt: null,
};

describe('assignment targets', () => {
  it('resolves a role to its active people, everyone to active employees and managers, people to themselves', () => {
    expect(resolveTarget({ type: 'role', role: 'employee' }, [...people])).toEqual(['e1']);
    expect(resolveTarget({ type: 'everyone' }, [...people])).toEqual(['man', 'e1']);
    expect(resolveTarget({ type: 'people', personIds: ['lead', 'e2'] }, [...people])).toEqual(['lead']);
  });

  it("gives a new person their role's and everyone's open assignments, not closed ones nor other people's", () => {
    const open = { ...base, id: 'open', personIds: ['e1'] };
    const closed = { ...base, id: 'closed', closedAt: '2026-11-05T00:00:00Z' };
    const managers = { ...base, id: 'managers', target: { type: 'role' as const, role: 'manager' as const } };
    const all = { ...base, id: 'all', target: { type: 'everyone' as const } };
    const named = { ...base, id: 'named', target: { type: 'people' as const, personIds: ['e1'] } };
    const newcomer = { id: 'e3', role: 'employee' as const, active: true };
    expect(assignmentsForNewPerson([open, closed, managers, all, named], newcomer).map((a) => a.id)).toEqual(['open', 'all']);
    const list = [open, all];
    expect(giveOpenAssignments(list, newcomer)).toEqual(['open', 'all']);
    expect(open.personIds).toEqual(['e1', 'e3']);
    // Applying again changes nothing.
    expect(giveOpenAssignments(list, newcomer)).toEqual([]);
  });

  it('a person moved to another role receives that role\'s open assignments', () => {
    const managers = { ...base, id: 'managers', target: { type: 'role' as const, role: 'manager' as const } };
    expect(assignmentsForNewPerson([managers], { id: 'e1', role: 'manager', active: true }).map((a) => a.id)).toEqual(['managers']);
  });
});
