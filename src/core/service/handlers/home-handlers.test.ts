import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptForReview } from '../../../shared/contract/progress-ops';
import type { VersionAckView } from '../../../shared/contract/playbook-ops';
import type { ManagerHome } from '../../../shared/domain/manager-home';
import type { AssignmentView, ReviewQueueItem } from '../../../shared/domain/progress';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../app-service';
import { ok, openDemoWorkspace, openService, tempDir, testClock, workspaceWithEveryRole } from '../test-service';

async function filesWithTimes(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.sort().map(async (f) => `${f} ${(await stat(f)).mtimeMs}`));
}

describe('the manager home on the demo shop', () => {
  let dir: { dir: string; remove: () => Promise<void> };
  let service: AppService;
  let manager: SessionInfo;
  let employee: SessionInfo;
  const clock = testClock('2026-11-23T09:00:00.000Z');

  beforeEach(async () => ({ dir, service, manager, employee } = await openDemoWorkspace(clock)));
  afterEach(async () => {
    await service.close();
    await dir.remove();
  });

  it('lists overdue work by person, most behind first, and the assignment due this week as due soon', async () => {
    const home = await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    expect(home.due.people.length).toBeGreaterThan(0);
    expect(home.due.people.length).toBeLessThanOrEqual(5);
    expect(home.due.overdue).toBeGreaterThan(0);
    expect(home.due.dueSoon).toBeGreaterThan(0);
    const overdueCounts = home.due.people.map((p) => p.items.filter((i) => i.overdue).length);
    expect(overdueCounts).toEqual([...overdueCounts].sort((a, b) => b - a));
    const first = home.due.people[0];
    expect(first.name).toMatch(/^[A-Z][a-z]+ /);
    expect(first.items[0]).toMatchObject({ overdue: true, kind: 'scenario' });
    // The same late scenarios the assignments page counts; the unread playbook has its own section.
    const assignments = await ok<AssignmentView[]>(service, 'listAssignments', {}, manager.token);
    expect(home.due.overdue).toBe(assignments.filter((a) => a.kind === 'scenario').reduce((n, a) => n + a.progress.overdue, 0));
    expect(home.due.people.flatMap((p) => p.items).every((i) => i.kind === 'scenario')).toBe(true);
    expect(home.due.peopleTotal).toBeGreaterThanOrEqual(home.due.people.length);
    const soon = home.due.people.flatMap((p) => p.items).filter((i) => !i.overdue);
    expect(soon.every((i) => i.dueDate >= '2026-11-23' && i.dueDate <= '2026-11-30')).toBe(true);
  });

  it('shows the first five replies of the review queue with the queue’s total, and a reviewed one leaves it', async () => {
    const queue = await ok<ReviewQueueItem[]>(service, 'reviewQueue', { filter: 'all' }, manager.token);
    const home = await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    expect(home.reviews.total).toBe(queue.length);
    expect(home.reviews.items.map((i) => i.attemptId)).toEqual(queue.slice(0, 5).map((i) => i.attemptId));
    const oldest = home.reviews.items[0];
    await ok<AttemptForReview>(service, 'reviewAttempt', { attemptId: oldest.attemptId, overrides: [], comment: 'Good opening; give the price next time.' }, manager.token);
    const after = await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    expect(after.reviews.total).toBe(queue.length - 1);
    expect(after.reviews.items.some((i) => i.attemptId === oldest.attemptId)).toBe(false);
    expect(after.comments[0]).toMatchObject({ text: 'Good opening; give the price next time.', authorName: 'Maria Santos', personName: oldest.personName, attemptId: oldest.attemptId, readAt: null });
  });

  it('names who has not acknowledged the current playbook, as the acknowledgements tab does', async () => {
    const [status] = await ok<VersionAckView[]>(service, 'playbookAckStatus', {}, manager.token);
    const unread = status.people.filter((p) => !p.acknowledgedAt);
    const home = await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    expect(home.acknowledgements).toMatchObject({ version: status.version, asked: status.people.length, pendingTotal: unread.length });
    expect(home.acknowledgements.pending.length).toBe(Math.min(5, unread.length));
    expect(home.acknowledgements.pending.every((p) => unread.some((u) => u.name === p.name))).toBe(true);
  });

  it('ranks the weakest standards of the last 30 days by title, with the change against the 30 days before and a scenario to practise them', async () => {
    const home = await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    const { items } = home.weakStandards;
    expect(items).toHaveLength(5);
    expect(items.map((s) => s.share)).toEqual([...items.map((s) => s.share)].sort((a, b) => a - b));
    expect(items.every((s) => s.title.includes(' ') && s.title !== s.standardId)).toBe(true);
    expect(items.some((s) => s.previousShare !== null)).toBe(true);
    expect(items.every((s) => s.practiceScenarioId !== null)).toBe(true);
  });

  it('shows the five newest coaching comments with who wrote them to whom', async () => {
    const home = await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    expect(home.comments).toHaveLength(5);
    const times = home.comments.map((c) => c.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(home.comments.every((c) => c.personName !== 'Former member' && c.authorName !== 'Former member')).toBe(true);
  });

  it('writes nothing to the workspace folder', async () => {
    const before = await filesWithTimes(dir.dir);
    await ok<ManagerHome>(service, 'managerHome', {}, manager.token);
    expect(await filesWithTimes(dir.dir)).toEqual(before);
  });

  it('is refused to an employee', async () => {
    const refused = await service.call('managerHome', {}, employee.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the manager home of a new shop', () => {
  it('has nothing waiting and says how far the shop has got', async () => {
    const dir = await tempDir();
    const service = await openService(dir.dir, testClock());
    try {
      const s = await workspaceWithEveryRole(service);
      const home = await ok<ManagerHome>(service, 'managerHome', {}, s.leader.token);
      expect(home.due).toEqual({ people: [], peopleTotal: 0, overdue: 0, dueSoon: 0 });
      expect(home.reviews).toEqual({ items: [], total: 0 });
      expect(home.acknowledgements).toMatchObject({ version: null, pending: [], pendingTotal: 0 });
      expect(home.weakStandards.items).toEqual([]);
      expect(home.comments).toEqual([]);
      expect(home.setup).toMatchObject({ employees: 1, playbookPublished: false, openAssignments: 0, finishedAttempts: 0 });
      expect(home.setup.publishedScenarios).toBeGreaterThan(0);
    } finally {
      await service.close();
      await dir.remove();
    }
  });
});
