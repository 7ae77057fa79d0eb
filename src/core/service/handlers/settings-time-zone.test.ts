import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../shared/domain/workspace';
import type { Role } from '../../../shared/contract/operation';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from '../test-service';

describe('the time zone of reports', () => {
  let dir: { dir: string; remove: () => Promise<void> };
  let service: AppService;
  let who: Record<Role, SessionInfo>;
  const clock = testClock('2026-11-23T09:00:00.000Z');

  beforeEach(async () => {
    dir = await tempDir();
    service = await openService(dir.dir, clock);
    who = await workspaceWithEveryRole(service);
  });
  afterEach(async () => {
    await service.close();
    await dir.remove();
  });

  it('a workspace file without a time zone (every file before this) opens and follows its region', async () => {
    await service.close();
    service = await openService(dir.dir, clock);
    const leader = await ok<SessionInfo>(service, 'signIn', { personId: who.leader.person.id, pin: '1234' });
    expect(service.workspace.data.settings.timeZone).toBeUndefined();
    expect((await ok<SettingsView>(service, 'getSettings', {}, leader.token)).timeZone).toBe('Asia/Kuala_Lumpur');
    const csv = await ok<{ text: string }>(service, 'exportCsv', { kind: 'attempts' }, leader.token);
    expect(csv.text).toContain('started (Asia/Kuala_Lumpur),finished (Asia/Kuala_Lumpur)');
  });

  it('a leader sets it; exports follow; a name that is not a time zone is refused', async () => {
    const saved = await ok<SettingsView>(service, 'updateSettings', { timeZone: 'Asia/Jakarta' }, who.leader.token);
    expect(saved.timeZone).toBe('Asia/Jakarta');
    const csv = await ok<{ text: string }>(service, 'exportCsv', { kind: 'acknowledgements' }, who.manager.token);
    expect(csv.text).toContain('acknowledged at (Asia/Jakarta)');
    const refused = await service.call('updateSettings', { timeZone: 'Mars/Olympus' }, who.leader.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await service.call('updateSettings', { timeZone: 'Asia/Jakarta' }, who.manager.token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
