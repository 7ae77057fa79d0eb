import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState, SessionInfo } from '../../shared/domain/workspace';
import type { DemoShopState, OpenedDemoShop } from '../../shared/contract/progress-ops';
import { workspacePaths } from '../store/workspace-paths';
import { demoFolderFor } from './handlers/progress-demo-handlers';
import { createSwitchableService, type SwitchableService } from './switchable-service';
import { ok, repoContentDir, tempDir, testClock } from './test-service';

const lockOf = (dir: string) => workspacePaths(dir).lockFile;

describe('switching the host to the demo shop and back', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let own: string;
  let service: SwitchableService;

  beforeEach(async () => {
    folder = await tempDir();
    own = `${folder.dir}/shop`;
    service = await createSwitchableService({ dataDir: own, contentDir: repoContentDir, clock: () => testClock('2026-12-03T07:00:00.000Z').now, log: () => undefined, lockLabel: 'test' });
  });
  afterEach(async () => {
    await service.close();
    await folder.remove();
  });

  it('opens the demo from the welcome screen signed in as its leader, with the own folder left empty and unlocked', async () => {
    const opened = await ok<OpenedDemoShop>(service, 'openDemoShop', {});
    expect(opened.session.person.role).toBe('leader');
    expect(await ok<DemoShopState>(service, 'demoShopState', {})).toEqual({ inDemo: true, canGoBack: true });
    const state = await ok<AppState>(service, 'getAppState', {});
    expect(state).toMatchObject({ workspaceExists: true, demo: true });
    expect(existsSync(lockOf(demoFolderFor(own)))).toBe(true);
    expect(existsSync(lockOf(own))).toBe(false);
    expect(existsSync(workspacePaths(own).workspaceFile)).toBe(false);

    await ok(service, 'leaveDemoShop', {});
    expect(await ok<DemoShopState>(service, 'demoShopState', {})).toEqual({ inDemo: false, canGoBack: false });
    expect((await ok<AppState>(service, 'getAppState', {})).workspaceExists).toBe(false);
    expect(existsSync(lockOf(demoFolderFor(own)))).toBe(false);
    expect(existsSync(lockOf(own))).toBe(true);
  });

  it('keeps the own workspace and its sessions apart from the demo and finds them as they were on coming back', async () => {
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Toko Ayu', region: 'ID', leaderName: 'Ayu', pin: '2468' });
    const opened = await ok<OpenedDemoShop>(service, 'openDemoShop', {}, leader.token);
    const ownTokenInDemo = await service.call('listPeople', {}, leader.token);
    expect(ownTokenInDemo.ok).toBe(false);
    expect((await ok<AppState>(service, 'getAppState', {})).brandName).not.toBe('Toko Ayu');

    await ok(service, 'leaveDemoShop', {});
    const back = await ok<AppState>(service, 'getAppState', {});
    expect(back.brandName).toBe('Toko Ayu');
    expect(back.people.map((p) => p.name)).toEqual(['Ayu']);
    const demoTokenAtHome = await service.call('listPeople', {}, opened.session.token);
    expect(demoTokenAtHome.ok).toBe(false);
    const again = await ok<SessionInfo>(service, 'signIn', { personId: back.people[0].id, pin: '2468' });
    expect(again.person.name).toBe('Ayu');
  });

  it('lets only a leader of an existing workspace open the demo, and refuses leaving when not in it', async () => {
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Toko Ayu', region: 'ID', leaderName: 'Ayu', pin: '2468' });
    const anonymous = await service.call('openDemoShop', {});
    expect(anonymous.ok).toBe(false);
    const leaving = await service.call('leaveDemoShop', {}, leader.token);
    expect(leaving.ok ? null : leaving.error.message).toMatch(/own workspace already/);
  });

  it('releases the lock of whichever workspace is open when the host closes', async () => {
    await ok(service, 'openDemoShop', {});
    await service.close();
    expect(existsSync(lockOf(demoFolderFor(own)))).toBe(false);
    expect(existsSync(lockOf(own))).toBe(false);
    service = await createSwitchableService({ dataDir: own, contentDir: repoContentDir, log: () => undefined, lockLabel: 'test' });
  });
});
