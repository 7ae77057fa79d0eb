import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/domain/assignment';
import { record } from './fixtures/records';
import type { ReportContext } from './report-context';
import { buildTeamReport } from './team-report';

const base: Omit<Assignment, 'id' | 'kind' | 'scenarioId' | 'playbookVersion'> = { mode: 'coach', passMark: 0.8, counts: 'best', target: { type: 'everyone' }, personIds: ['p1', 'p2'], dueDate: null, createdAt: '2026-11-01T00:00:00Z', createdBy: 'lea', remindedAt: null, closedAt: null };
const assignments: Assignment[] = [
  { ...base, id: 'boots', kind: 'scenario', scenarioId: 'boots', playbookVersion: null },
  { ...base, id: 'read', kind: 'playbook', scenarioId: null, playbookVersion: 1 },
];
const ctx: ReportContext = {
  now: new Date('2026-11-20T00:00:00Z'),
  people: [
    { id: 'p1', name: 'Budi', role: 'employee', active: true },
    { id: 'p2', name: 'Ana', role: 'employee', active: true },
  ],
  standards: [],
  scenarioTitle: () => 'Boots',
  scenarioPassMark: () => 0.8,
  assignments,
  ackRequests: [{ version: 1, requestedAt: '2026-11-01T00:00:00Z' }],
  acknowledgements: [
    { personId: 'p1', version: 1, at: '2026-11-02T00:00:00Z' },
    { personId: 'p2', version: 1, at: '2026-11-02T00:00:00Z' },
  ],
};

describe('team rates', () => {
  it('scenario passes and playbook acknowledgements are reported apart, never as one mixed pass rate', () => {
    const records = [record({ personId: 'p1', assignmentId: 'boots', score: 0.9, passed: true }), record({ personId: 'p2', assignmentId: 'boots', score: 0.4, passed: false })];
    const team = buildTeamReport(records, ctx);
    expect(team.scenarioPassRate).toBe(0.5);
    expect(team.acknowledgementRate).toBe(1);
    expect(team).not.toHaveProperty('passRate');
    expect(team.assignments.map((a) => a.kind)).toEqual(['scenario', 'playbook']);
  });
});
