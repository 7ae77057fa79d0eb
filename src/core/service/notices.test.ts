/**
 * Notices about repairs: kept in the workspace until a leader dismisses them, shown to leaders
 * (and to managers when they concern training records), never before sign-in once a workspace
 * exists, never with absolute paths, and one per kind of trouble however often it happens.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice, SessionInfo } from '../../shared/domain/workspace';
import { makeNotice } from '../store/open-workspace';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from './test-service';

describe('notices', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  const clock = testClock();
  beforeEach(async () => (folder = await tempDir()));
  afterEach(async () => folder.remove());

  /** A workspace with every role and a backup, whose workspace.json is then damaged and restored on open. */
  async function restoredWorkspace() {
    const first = await openService(folder.dir, clock);
    const sessions = await workspaceWithEveryRole(first);
    await ok(first, 'backupNow', {}, sessions.leader.token);
    await first.close();
    await writeFile(join(folder.dir, 'workspace.json'), '{"schemaVersion": 2, "settin');
    const service = await openService(folder.dir, clock);
    const signIn = (name: string) => ok<SessionInfo>(service, 'signIn', { personId: sessions[name as 'leader'].person.id, pin: name === 'leader' ? '1234' : '5678' });
    return { service, leader: await signIn('leader'), manager: await signIn('manager'), employee: await signIn('employee') };
  }

  it('shows a restore to leaders only, with no absolute path, and not on the start screen', async () => {
    const { service, leader, manager, employee } = await restoredWorkspace();
    expect((await ok<{ notices: Notice[] }>(service, 'getAppState', {})).notices).toEqual([]);
    const seen = await ok<Notice[]>(service, 'listNotices', {}, leader.token);
    expect(seen.map((n) => n.kind)).toEqual(['restored']);
    expect(seen[0].message).toMatch(/moved to recovered\/.*workspace\.json/);
    expect(seen[0].message).not.toContain(folder.dir);
    expect(await ok(service, 'listNotices', {}, manager.token)).toEqual([]);
    expect(await ok(service, 'listNotices', {}, employee.token)).toEqual([]);
    const refused = await service.call('dismissNotice', { id: seen[0].id }, employee.token);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    await service.close();
  });

  it('keeps a notice across restarts until a leader dismisses it, then it is gone for everyone', async () => {
    const { service, leader } = await restoredWorkspace();
    const [notice] = await ok<Notice[]>(service, 'listNotices', {}, leader.token);
    await service.close();
    const again = await openService(folder.dir, clock);
    const leaderAgain = await ok<SessionInfo>(again, 'signIn', { personId: leader.person.id, pin: '1234' });
    expect((await ok<Notice[]>(again, 'listNotices', {}, leaderAgain.token)).map((n) => n.id)).toEqual([notice.id]);
    await ok(again, 'dismissNotice', { id: notice.id }, leaderAgain.token);
    await again.close();
    const third = await openService(folder.dir, clock);
    const leaderThird = await ok<SessionInfo>(third, 'signIn', { personId: leader.person.id, pin: '1234' });
    expect(await ok(third, 'listNotices', {}, leaderThird.token)).toEqual([]);
    await third.close();
  });

  it('shows managers the repairs of training records, and makes one notice of sixteen failed writes', async () => {
    const { service, leader, manager } = await restoredWorkspace();
    const at = clock.now;
    service.workspace.notices.add(makeNotice('restored', 'attempts/p1/2026-11.jsonl was restored.', at, 'attempts/p1/2026-11.jsonl'));
    for (let i = 0; i < 16; i++) service.workspace.notices.add(makeNotice('write-failed', `Could not save workspace.json (ENOSPC) #${i}.`, at, 'workspace.json'));
    const forLeader = await ok<Notice[]>(service, 'listNotices', {}, leader.token);
    expect(forLeader.map((n) => [n.kind, n.subject, n.count])).toEqual([
      ['restored', 'workspace.json', 1],
      ['restored', 'attempts/p1/2026-11.jsonl', 1],
      ['write-failed', 'workspace.json', 16],
    ]);
    expect((await ok<Notice[]>(service, 'listNotices', {}, manager.token)).map((n) => n.subject)).toEqual(['attempts/p1/2026-11.jsonl']);
    await service.close();
  });

  it('does not give employees the workspace folder, nor strangers a demo shop once a workspace exists', async () => {
    const service = await openService(folder.dir, clock);
    const sessions = await workspaceWithEveryRole(service);
    expect((await ok<{ dataDir: string | null }>(service, 'getSettings', {}, sessions.employee.token)).dataDir).toBeNull();
    expect((await ok<{ dataDir: string | null }>(service, 'getSettings', {}, sessions.leader.token)).dataDir).toBe(folder.dir);
    const stranger = await service.call('createDemoShop', {}, null);
    expect(stranger.ok ? 'ok' : stranger.error.code).toBe('UNAUTHENTICATED');
    const employee = await service.call('createDemoShop', {}, sessions.employee.token);
    expect(employee.ok ? 'ok' : employee.error.code).toBe('FORBIDDEN');
    await service.close();
  });
});
