import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/domain/assignment';
import { assignmentProgress, personAssignmentStatus } from './assignment-status';
import { belongsToAssignment, countingAttempt } from './counting-rule';
import { record } from './fixtures/records';

const assignment: Assignment = {
  id: 'as1',
  kind: 'scenario',
  scenarioId: 'boots',
  playbookVersion: null,
  mode: 'assessment',
  passMark: 0.7,
  counts: 'first',
  target: { type: 'role', role: 'employee' },
  personIds: ['p1'],
  dueDate: '2026-11-20',
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: 'lead',
  remindedAt: null,
  closedAt: null,
};

describe('which attempt counts', () => {
  const first = record({ day: '2026-11-02', score: 0.5, assignmentId: 'as1' });
  const best = record({ day: '2026-11-03', score: 0.9, assignmentId: 'as1' });
  const tieLater = record({ day: '2026-11-05', score: 0.9, assignmentId: 'as1' });
  const latest = record({ day: '2026-11-06', score: 0.6, assignmentId: 'as1' });
  const unfinished = record({ day: '2026-11-07', score: null, status: 'in-progress', endedAt: null, assignmentId: 'as1' });
  const all = [latest, unfinished, best, first, tieLater];

  it('first, best (earlier wins a tie) and latest pick different finished attempts', () => {
    expect(countingAttempt(all, 'first')?.id).toBe(first.id);
    expect(countingAttempt(all, 'best')?.id).toBe(best.id);
    expect(countingAttempt(all, 'latest')?.id).toBe(latest.id);
    expect(countingAttempt([unfinished], 'latest')).toBeNull();
  });

  it('decides pass or fail with the assignment pass mark on the counted attempt', () => {
    const now = new Date('2026-11-10T00:00:00Z');
    expect(personAssignmentStatus(assignment, 'p1', all, [], now)).toMatchObject({ state: 'failed', score: 0.5, countedAttemptId: first.id, attempts: 4, overdue: false });
    expect(personAssignmentStatus({ ...assignment, counts: 'best' }, 'p1', all, [], now)).toMatchObject({ state: 'passed', score: 0.9 });
    expect(personAssignmentStatus({ ...assignment, counts: 'latest' }, 'p1', all, [], now).state).toBe('failed');
  });

  it('marks overdue only after the due day with nothing counted, and in progress when an attempt is open', () => {
    expect(personAssignmentStatus(assignment, 'p1', [unfinished], [], new Date('2026-11-20T23:00:00Z'))).toMatchObject({ state: 'in-progress', overdue: false });
    expect(personAssignmentStatus(assignment, 'p1', [unfinished], [], new Date('2026-11-21T01:00:00Z'))).toMatchObject({ state: 'in-progress', overdue: true });
    expect(personAssignmentStatus(assignment, 'p1', [], [], new Date('2026-11-21T01:00:00Z'))).toMatchObject({ state: 'not-started', overdue: true });
  });

  it('counts practice of the same scenario started after the assignment, but not other assignments or older practice', () => {
    expect(belongsToAssignment(record({ day: '2026-11-02' }), assignment)).toBe(true);
    expect(belongsToAssignment(record({ day: '2026-10-30' }), assignment)).toBe(false);
    expect(belongsToAssignment(record({ day: '2026-11-02', assignmentId: 'other' }), assignment)).toBe(false);
    expect(belongsToAssignment(record({ day: '2026-11-02', scenarioId: 'late-courier' }), assignment)).toBe(false);
  });

  it('playbook assignments are done when acknowledged', () => {
    const pb: Assignment = { ...assignment, kind: 'playbook', scenarioId: null, playbookVersion: 2 };
    const now = new Date('2026-11-25T00:00:00Z');
    expect(personAssignmentStatus(pb, 'p1', [], [{ personId: 'p1', version: 2, at: '2026-11-03T00:00:00Z' }], now)).toMatchObject({ state: 'acknowledged', overdue: false });
    expect(personAssignmentStatus(pb, 'p1', [], [{ personId: 'p1', version: 1, at: '2026-11-03T00:00:00Z' }], now)).toMatchObject({ state: 'not-started', overdue: true });
  });

  it('adds up completion and pass rates', () => {
    const progress = assignmentProgress([
      { personId: 'a', state: 'passed', overdue: false, countedAttemptId: 'x', score: 1, attempts: 1, acknowledgedAt: null },
      { personId: 'b', state: 'failed', overdue: false, countedAttemptId: 'y', score: 0.1, attempts: 1, acknowledgedAt: null },
      { personId: 'c', state: 'not-started', overdue: true, countedAttemptId: null, score: null, attempts: 0, acknowledgedAt: null },
      { personId: 'd', state: 'in-progress', overdue: false, countedAttemptId: null, score: null, attempts: 0, acknowledgedAt: null },
    ]);
    expect(progress).toEqual({ total: 4, done: 2, passed: 1, overdue: 1, completionRate: 0.5, passRate: 0.5 });
  });
});
