/** Every operation, called by every role, by nobody and by an expired session, against the contract's table. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, isAllowed, operationNames, ROLES, type Role } from '../../shared/contract';
import type { SessionInfo } from '../../shared/domain/workspace';
import type { AppService } from './app-service';
import { openService, tempDir, testClock, workspaceWithEveryRole } from './test-service';

// Operations that end or change the session are called last so they don't disturb the walk.
const SESSION_ENDING = new Set(['signOut', 'restoreBackup']);

describe('the role table', () => {
  let service: AppService;
  let sessions: Record<Role, SessionInfo>;
  let folder: Awaited<ReturnType<typeof tempDir>>;
  const clock = testClock();

  beforeAll(async () => {
    folder = await tempDir();
    service = await openService(folder.dir, clock);
    sessions = await workspaceWithEveryRole(service);
  });
  afterAll(async () => {
    await service.close();
    await folder.remove();
  });

  const walk = operationNames.filter((name) => !SESSION_ENDING.has(name));

  for (const role of ROLES) {
    it(`lets a ${role} call exactly the operations the table allows`, async () => {
      for (const name of walk) {
        const result = await service.call(name, { __probe: true }, sessions[role].token);
        const refused = !result.ok && (result.error.code === 'FORBIDDEN' || result.error.code === 'UNAUTHENTICATED');
        expect({ name, refused }).toEqual({ name, refused: !isAllowed(contract[name].access, role) });
      }
    });
  }

  it('refuses every non-public operation without a session', async () => {
    for (const name of operationNames) {
      const result = await service.call(name, {}, null);
      if (contract[name].access === 'public') expect(result.ok || result.error.code !== 'UNAUTHENTICATED').toBe(true);
      else expect(result.ok ? 'ok' : result.error.code, name).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses every non-public operation once the session has been idle too long', async () => {
    const fresh = await service.call('signIn', { personId: sessions.employee.person.id, pin: '5678' });
    const token = fresh.ok ? (fresh.value as SessionInfo).token : '';
    clock.advance(16 * 60_000);
    for (const name of operationNames.filter((n) => contract[n].access !== 'public')) {
      const result = await service.call(name, {}, token);
      expect(result.ok ? 'ok' : result.error.code, name).toMatch(/SESSION_EXPIRED|UNAUTHENTICATED/);
    }
  });

  it('checks the session before the input, so strangers learn nothing from validation messages', async () => {
    const result = await service.call('addPerson', { name: 42 }, null);
    expect(result.ok ? 'ok' : result.error.code).toBe('UNAUTHENTICATED');
  });

  it('ends sessions with signOut', async () => {
    const again = await service.call('signIn', { personId: sessions.manager.person.id, pin: '5678' });
    const token = again.ok ? (again.value as SessionInfo).token : '';
    expect((await service.call('signOut', {}, token)).ok).toBe(true);
    const after = await service.call('getSession', {}, token);
    expect(after.ok ? 'ok' : after.error.code).toBe('UNAUTHENTICATED');
  });
});
