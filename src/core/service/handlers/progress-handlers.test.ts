import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptForReview, DemoShopResult } from '../../../shared/contract/progress-ops';
import type { AssignmentView, PersonReport, ReviewQueueItem, TeamReport } from '../../../shared/domain/progress';
import type { SessionInfo } from '../../../shared/domain/workspace';
import { hashPin } from '../../auth/pin-hash';
import { DEMO_PIN, generateDemoShop } from '../../demo';
import type { AppService } from '../app-service';
import { ok, openService, repoContentDir, tempDir, testClock, workspaceWithEveryRole } from '../test-service';

describe('progress operations on the demo shop', () => {
  let dir: { dir: string; remove: () => Promise<void> };
  let service: AppService;
  let manager: SessionInfo;
  let employee: SessionInfo;
  const clock = testClock('2026-11-23T09:00:00.000Z');

  beforeEach(async () => {
    dir = await tempDir();
    await generateDemoShop({ dir: dir.dir, contentDir: repoContentDir, now: clock.now, pin: await hashPin(DEMO_PIN) });
    service = await openService(dir.dir, clock);
    const state = await ok<{ people: { id: string; name: string }[]; demo: boolean }>(service, 'getAppState', {});
    expect(state.demo).toBe(true);
    const id = (name: string) => state.people.find((p) => p.name === name)!.id;
    manager = await ok<SessionInfo>(service, 'signIn', { personId: id('Maria Santos'), pin: DEMO_PIN });
    employee = await ok<SessionInfo>(service, 'signIn', { personId: id('Budi Santoso'), pin: DEMO_PIN });
  });
  afterEach(async () => {
    await service.close();
    await dir.remove();
  });

  it('the team report fills every screen: heatmap rows, weakest standards, overdue people and weekly trend', async () => {
    const team = await ok<TeamReport>(service, 'teamReport', {}, manager.token);
    expect(team.rows).toHaveLength(11);
    expect(team.standards.length).toBeGreaterThanOrEqual(10);
    expect(team.rows.some((r) => r.cells.some((c) => c.level === 'mastered'))).toBe(true);
    expect(team.rows.some((r) => r.cells.some((c) => c.level === 'not-yet' || c.level === 'developing'))).toBe(true);
    const ranked = team.standardsRanked.filter((s) => s.average !== null).map((s) => s.average!);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(team.overdue.length).toBeGreaterThan(0);
    expect(team.weekly.length).toBeGreaterThanOrEqual(8);
    const filtered = await ok<TeamReport>(service, 'teamReport', { role: 'manager', channel: 'whatsapp' }, manager.token);
    expect(filtered.rows.map((r) => r.role)).toEqual(['manager', 'manager']);
    expect(filtered.attemptsConsidered).toBeLessThan(team.attemptsConsidered);
  });

  it('reply-time mastery ("first reply within the target time") is filled for everyone who replied in writing', async () => {
    const team = await ok<TeamReport>(service, 'teamReport', {}, manager.token);
    const column = team.standards.findIndex((s) => s.id === 'first-reply-on-time');
    expect(column).toBeGreaterThanOrEqual(0);
    const filled = team.rows.filter((r) => r.attempts > 0 && r.cells[column].value !== null);
    expect(filled.length).toBe(team.rows.filter((r) => r.attempts > 0).length);
    expect(team.rows.some((r) => r.cells[column].level !== null)).toBe(true);
  });

  it('a person report has history, trend, mastery, strengths and gaps in words, and employees see only their own', async () => {
    const report = await ok<PersonReport>(service, 'personReport', { personId: employee.person.id }, employee.token);
    expect(report.attempts.length).toBeGreaterThan(10);
    expect(report.trend.length).toBeGreaterThan(10);
    expect([...report.strengths, ...report.gaps].length).toBeGreaterThan(0);
    expect(report.gaps.concat(report.strengths).join(' ')).toMatch(/Strong on|Needs work on/);
    const finished = await ok<PersonReport>(service, 'personReport', { personId: employee.person.id, filters: { status: 'finished' } }, employee.token);
    expect(finished.attempts.every((a) => a.status === 'finished')).toBe(true);
    const refused = await service.call('personReport', { personId: manager.person.id }, employee.token);
    expect(refused.ok).toBe(false);
  });

  it('reviewing keeps the automatic score, records the override with who and why, re-scores, and the comment reaches the employee', async () => {
    const queue = await ok<ReviewQueueItem[]>(service, 'reviewQueue', { filter: 'all' }, manager.token);
    const borderline = await ok<ReviewQueueItem[]>(service, 'reviewQueue', { filter: 'borderline' }, manager.token);
    expect(borderline.length).toBeLessThan(queue.length);
    expect(borderline.every((i) => i.reason !== 'free-text')).toBe(true);
    const item = queue.find((i) => i.personId === employee.person.id && i.score !== null && i.score < 1)!;
    const before = await ok<AttemptForReview>(service, 'getAttemptForReview', { attemptId: item.attemptId }, manager.token);
    expect(before.conversation.some((c) => c.kind === 'customer')).toBe(true);
    const step = before.attempt.score!.steps.find((s) => s.kind === 'free-text' && s.elements.some((e) => e.status === 'missed'));
    if (step?.kind !== 'free-text') throw new Error('expected a missed element');
    const missed = step.elements.find((e) => e.status === 'missed')!;
    const after = await ok<AttemptForReview>(
      service,
      'reviewAttempt',
      { attemptId: item.attemptId, overrides: [{ stepId: step.stepId, elementId: missed.elementId, from: 'missed', to: 'hit', reason: 'Said it in her own words.' }], comment: 'Nice recovery — say the alternative by name.' },
      manager.token,
    );
    expect(after.attempt.score).toEqual(before.attempt.score);
    expect(after.reviews.at(-1)).toMatchObject({ reviewerName: 'Maria Santos', overrides: [{ reason: 'Said it in her own words.' }] });
    expect(after.reviews.at(-1)!.score.earned).toBeGreaterThan(before.attempt.score!.earned);
    const report = await ok<PersonReport>(service, 'personReport', { personId: employee.person.id }, manager.token);
    const row = report.attempts.find((a) => a.id === item.attemptId)!;
    expect(row).toMatchObject({ reviewed: true, score: after.reviews.at(-1)!.score.score });
    expect(report.comments[0]).toMatchObject({ text: 'Nice recovery — say the alternative by name.', authorName: 'Maria Santos' });
    const again = await ok<ReviewQueueItem[]>(service, 'reviewQueue', { filter: 'all' }, manager.token);
    expect(again.some((i) => i.attemptId === item.attemptId)).toBe(false);
  });

  it('exports CSV with a BOM and one row per attempt', async () => {
    const team = await ok<TeamReport>(service, 'teamReport', {}, manager.token);
    const csv = await ok<{ text: string; rows: number }>(service, 'exportCsv', { kind: 'attempts' }, manager.token);
    expect(csv.text.startsWith('\uFEFFattempt,person,')).toBe(true);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(csv.rows + 1);
    expect(csv.rows).toBe(team.attemptsConsidered);
    const refused = await service.call('exportCsv', { kind: 'attempts' }, employee.token);
    expect(refused.ok).toBe(false);
  });
});

describe('assignments', () => {
  it('go to a role, reach people who join it later, and can be reminded and closed', async () => {
    const dir = await tempDir();
    const clock = testClock();
    const service = await openService(dir.dir, clock);
    try {
      const s = await workspaceWithEveryRole(service);
      const created = await ok<AssignmentView>(
        service,
        'createAssignment',
        { kind: 'scenario', scenarioId: 'boots-sold-out-instagram', mode: 'assessment', passMark: 0.7, counts: 'first', target: { type: 'role', role: 'employee' }, dueDate: '2026-11-30' },
        s.manager.token,
      );
      expect(created.people.map((p) => p.name)).toEqual(['Budi']);
      expect(created.people[0]).toMatchObject({ state: 'not-started', overdue: false });
      const newcomer = await ok<{ id: string }>(service, 'addPerson', { name: 'Nina', role: 'employee', pin: '5678' }, s.leader.token);
      await ok(service, 'updatePerson', { id: s.manager.person.id, role: 'employee' }, s.leader.token);
      clock.advance(10 * 86_400_000);
      const leader = await ok<SessionInfo>(service, 'signIn', { personId: s.leader.person.id, pin: '1234' });
      s.leader = leader;
      const [listed] = await ok<AssignmentView[]>(service, 'listAssignments', {}, s.leader.token);
      expect(listed.people.map((p) => p.personId)).toEqual([s.employee.person.id, newcomer.id, s.manager.person.id]);
      expect(listed.people.every((p) => p.overdue)).toBe(true);
      expect(listed.progress).toMatchObject({ total: 3, done: 0, overdue: 3, completionRate: 0 });
      const reminded = await ok<AssignmentView>(service, 'remindAssignment', { id: listed.id }, s.leader.token);
      expect(reminded.remindedAt).toBe(clock.now.toISOString());
      await ok(service, 'closeAssignment', { id: listed.id }, s.leader.token);
      expect(await ok<AssignmentView[]>(service, 'listAssignments', {}, s.leader.token)).toEqual([]);
      await ok(service, 'addPerson', { name: 'Late', role: 'employee', pin: '5678' }, s.leader.token);
      const [closed] = await ok<AssignmentView[]>(service, 'listAssignments', { includeClosed: true }, s.leader.token);
      expect(closed.people).toHaveLength(3);
      const bad = await service.call('createAssignment', { kind: 'scenario', scenarioId: 'nope', target: { type: 'everyone' } }, s.leader.token);
      expect(bad.ok).toBe(false);
      const budi = await ok<SessionInfo>(service, 'signIn', { personId: s.employee.person.id, pin: '5678' });
      const refused = await service.call('createAssignment', { kind: 'playbook', playbookVersion: 1, target: { type: 'everyone' } }, budi.token);
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      await service.close();
      await dir.remove();
    }
  });

  it('the demo shop is created beside the workspace folder, never inside it', async () => {
    const dir = await tempDir();
    const service = await openService(dir.dir, testClock());
    try {
      const result = await ok<DemoShopResult>(service, 'createDemoShop', {});
      expect(result.path).toBe(`${dir.dir}-demo`);
      expect(result.command).toContain('--data-dir');
      expect(result.attempts).toBeGreaterThan(100);
      const demo = await openService(result.path, testClock());
      expect(demo.workspace.data.settings.demo).toBe(true);
      await demo.close();
      expect(service.workspace.exists).toBe(false);
    } finally {
      await service.close();
      await dir.remove();
      await (await import('node:fs/promises')).rm(`${dir.dir}-demo`, { recursive: true, force: true });
    }
  });
});
