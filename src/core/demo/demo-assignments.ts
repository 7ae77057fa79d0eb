/** The demo shop's assignments: scenarios and the playbook, to roles and people, some already overdue. */
import type { Assignment } from '../../shared/domain/assignment';
import { resolveTarget, type TargetPerson } from '../progress/assignment-targets';

const DAY = 86_400_000;
const dayString = (t: number) => new Date(t).toISOString().slice(0, 10);

export function demoAssignments(start: Date, now: Date, people: TargetPerson[], leaderId: string, managerId: string, scenarioIds: string[]): Assignment[] {
  const s = start.getTime();
  const base = (id: string, createdAt: number, createdBy: string) => ({ id, createdAt: new Date(createdAt).toISOString(), createdBy, remindedAt: null, closedAt: null });
  const scenario = (scenarioId: string) => (scenarioIds.includes(scenarioId) ? scenarioId : scenarioIds[0]);
  const employees = resolveTarget({ type: 'role', role: 'employee' }, people);
  const list: Assignment[] = [
    { ...base('demo-as-boots', s + 2 * DAY, leaderId), kind: 'scenario', scenarioId: scenario('boots-sold-out-instagram'), playbookVersion: null, mode: 'coach', passMark: 0.7, counts: 'best', target: { type: 'role', role: 'employee' }, personIds: employees, dueDate: dayString(s + 16 * DAY) },
    { ...base('demo-as-courier', s + 20 * DAY, managerId), kind: 'scenario', scenarioId: scenario('late-courier-delivery'), playbookVersion: null, mode: 'assessment', passMark: 0.75, counts: 'first', target: { type: 'role', role: 'employee' }, personIds: employees, dueDate: dayString(s + 40 * DAY), remindedAt: new Date(s + 38 * DAY).toISOString() },
    { ...base('demo-as-angry', now.getTime() - 6 * DAY, managerId), kind: 'scenario', scenarioId: scenario('angry-public-comment'), playbookVersion: null, mode: 'coach', passMark: 0.8, counts: 'latest', target: { type: 'everyone' }, personIds: resolveTarget({ type: 'everyone' }, people), dueDate: dayString(now.getTime() + 7 * DAY) },
    { ...base('demo-as-playbook', s + 1 * DAY, leaderId), kind: 'playbook', scenarioId: null, playbookVersion: 1, mode: 'coach', passMark: 0.8, counts: 'first', target: { type: 'everyone' }, personIds: resolveTarget({ type: 'everyone' }, people), dueDate: dayString(s + 14 * DAY) },
  ];
  const first = employees[0];
  if (first)
    list.push({ ...base('demo-as-cod', s + 30 * DAY, managerId), kind: 'scenario', scenarioId: scenario('cod-confirmation-ms'), playbookVersion: null, mode: 'assessment', passMark: 0.8, counts: 'best', target: { type: 'people', personIds: [first] }, personIds: [first], dueDate: dayString(now.getTime() - 3 * DAY) });
  return list;
}
