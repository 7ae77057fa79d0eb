/** PIN hashing, lockout after five wrong PINs, and the idle lock. */
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/domain/workspace';
import { ok, openService, tempDir, testClock } from '../service/test-service';
import { afterFailure, isLocked, LOCK_MS } from './lockout';
import { hashPin, verifyPin } from './pin-hash';

describe('PIN hashing', () => {
  it('verifies the right PIN and rejects others, with a different salt each time', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2469', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });
});

describe('lockout', () => {
  it('locks on the fifth failure for a minute, then starts counting again', () => {
    let state = afterFailure(undefined, 0);
    for (let i = 2; i <= 4; i++) state = afterFailure(state, i);
    expect(isLocked(state, 4)).toBe(false);
    state = afterFailure(state, 5);
    expect(isLocked(state, 5)).toBe(true);
    expect(isLocked(state, 5 + LOCK_MS - 1)).toBe(true);
    expect(isLocked(state, 5 + LOCK_MS)).toBe(false);
    expect(afterFailure(state, 5 + LOCK_MS)).toEqual({ failures: 1, lockedUntil: null });
  });
});

describe('signing in through the service', () => {
  it('locks a profile after five wrong PINs, refuses the right PIN while locked, and opens after a minute', async () => {
    const folder = await tempDir();
    const clock = testClock();
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    const personId = leader.person.id;
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await service.call('signIn', { personId, pin: '0000' });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual(['WRONG_PIN', 'WRONG_PIN', 'WRONG_PIN', 'WRONG_PIN', 'LOCKED']);
    const locked = await service.call('signIn', { personId, pin: '1234' });
    expect(locked.ok ? 'ok' : locked.error.code).toBe('LOCKED');
    clock.advance(LOCK_MS + 1);
    expect((await service.call('signIn', { personId, pin: '1234' })).ok).toBe(true);
    await folder.remove();
  });

  it('locks the session after the idle time set in the workspace, and not before', async () => {
    const folder = await tempDir();
    const clock = testClock();
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    await ok(service, 'updateSettings', { idleMinutes: 5 }, leader.token);
    clock.advance(4 * 60_000);
    expect((await service.call('getSession', {}, leader.token)).ok).toBe(true);
    clock.advance(5 * 60_000 + 1);
    const expired = await service.call('getSession', {}, leader.token);
    expect(expired.ok ? 'ok' : expired.error.code).toBe('SESSION_EXPIRED');
    await folder.remove();
  });
});
