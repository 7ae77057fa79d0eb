/** Who may change whom, and the last leader rule, through the service. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/domain/workspace';
import type { AppService } from '../service/app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from '../service/test-service';

describe('managing people', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let service: AppService;
  let s: Record<'leader' | 'manager' | 'employee', SessionInfo>;
  beforeEach(async () => {
    folder = await tempDir();
    service = await openService(folder.dir, testClock());
    s = await workspaceWithEveryRole(service);
  });
  afterEach(async () => folder.remove());

  const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

  it('never lets the last active leader be demoted or deactivated', async () => {
    const leaderId = s.leader.person.id;
    expect(code(await service.call('updatePerson', { id: leaderId, role: 'manager' }, s.leader.token))).toBe('CONFLICT');
    expect(code(await service.call('updatePerson', { id: leaderId, active: false }, s.leader.token))).toBe('CONFLICT');
    await ok(service, 'updatePerson', { id: s.manager.person.id, role: 'leader' }, s.leader.token);
    expect(code(await service.call('updatePerson', { id: leaderId, role: 'manager' }, s.leader.token))).toBe('ok');
  });

  it('lets managers manage employees but not leaders, and not make leaders', async () => {
    expect(code(await service.call('updatePerson', { id: s.employee.person.id, name: 'Budi S.' }, s.manager.token))).toBe('ok');
    expect(code(await service.call('updatePerson', { id: s.leader.person.id, name: 'Boss' }, s.manager.token))).toBe('FORBIDDEN');
    expect(code(await service.call('addPerson', { name: 'New Boss', role: 'leader', pin: '1111' }, s.manager.token))).toBe('FORBIDDEN');
    expect(code(await service.call('updatePerson', { id: s.employee.person.id, role: 'leader' }, s.manager.token))).toBe('FORBIDDEN');
  });

  it('keeps a deactivated person in the list, ends their sessions and refuses their sign-in', async () => {
    await ok(service, 'updatePerson', { id: s.employee.person.id, active: false }, s.manager.token);
    expect(code(await service.call('getSession', {}, s.employee.token))).toBe('UNAUTHENTICATED');
    expect(code(await service.call('signIn', { personId: s.employee.person.id, pin: '5678' }))).toBe('NOT_FOUND');
    const people = await ok<{ name: string; active: boolean }[]>(service, 'listPeople', {}, s.manager.token);
    expect(people.find((p) => p.name === 'Budi')?.active).toBe(false);
  });

  it('refuses two people with the same name, whatever the case', async () => {
    const result = await service.call('addPerson', { name: 'budi', role: 'employee', pin: '1111' }, s.leader.token);
    expect(code(result)).toBe('CONFLICT');
  });

  it('lets a person change their own PIN only with the current one', async () => {
    expect(code(await service.call('changeOwnPin', { currentPin: '0000', newPin: '9999' }, s.employee.token))).toBe('WRONG_PIN');
    await ok(service, 'changeOwnPin', { currentPin: '5678', newPin: '9999' }, s.employee.token);
    expect(code(await service.call('signIn', { personId: s.employee.person.id, pin: '9999' }))).toBe('ok');
  });
});
