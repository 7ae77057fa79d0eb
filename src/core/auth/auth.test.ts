/** PIN hashing, lockout after five wrong PINs, and the idle lock. */
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/domain/workspace';
import { ok, openService, tempDir, testClock, type TestClock } from '../service/test-service';
import type { PinGuard } from '../store/workspace-schema';
import { afterWrongGuess, lockedUntil, LOCK_STEPS_MS, MAX_GUESSES, takeGuess } from './lockout';
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
  it('counts a guess before it is checked, so a sixth guess is refused while five are being checked', () => {
    let guard: PinGuard | undefined;
    for (let i = 0; i < MAX_GUESSES; i++) {
      const ticket = takeGuess(guard, 0);
      expect(ticket.allowed).toBe(true);
      if (ticket.allowed) guard = ticket.guard;
    }
    expect(takeGuess(guard, 0).allowed).toBe(false);
  });

  it('locks longer after each lockout in a row: 1 min, 5 min, 30 min, 2 h, 8 h, then a day', () => {
    let guard: PinGuard = { guesses: 0, lockedUntil: null, lockouts: 0 };
    let now = 0;
    const lengths: number[] = [];
    for (let lockout = 0; lockout < 7; lockout++) {
      for (let i = 0; i < MAX_GUESSES; i++) {
        const ticket = takeGuess(guard, now);
        if (!ticket.allowed) throw new Error('refused before five guesses');
        guard = afterWrongGuess(ticket.guard, now);
      }
      const until = lockedUntil(guard, now)!;
      lengths.push((until - now) / 60_000);
      expect(takeGuess(guard, until - 1).allowed).toBe(false);
      now = until;
    }
    expect(lengths).toEqual([1, 5, 30, 120, 480, 1440, 1440]);
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
    clock.advance(LOCK_STEPS_MS[0]! + 1);
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

describe('PIN guessing against the service', () => {
  async function shopWithEmployee(dir: string, clock: TestClock) {
    const service = await openService(dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    const budi = await ok<{ id: string }>(service, 'addPerson', { name: 'Budi', role: 'employee', pin: '4821' }, leader.token);
    return { service, leader, personId: budi.id };
  }

  type Result = { ok: true } | { ok: false; error: { code: string; message: string } };
  const codeOf = (result: Result) => (result.ok ? 'ok' : result.error.code);
  /** A guess whose PIN was compared: right, wrong, or the wrong one that started the lock. */
  const wasChecked = (result: Result) => result.ok || result.error.code === 'WRONG_PIN' || result.error.message.startsWith('Five wrong PINs');

  it('checks at most five of 61 parallel guesses, and the right PIN among them does not get in', async () => {
    const folder = await tempDir();
    const clock = testClock();
    const { service, personId } = await shopWithEmployee(folder.dir, clock);
    const pins = [...Array.from({ length: 60 }, (_, i) => String(1000 + i)), '4821'];
    const results = await Promise.all(pins.map((pin) => service.call('signIn', { personId, pin })));
    expect(results.filter(wasChecked)).toHaveLength(5);
    expect(results.map(codeOf)).not.toContain('ok');
    expect(codeOf(await service.call('signIn', { personId, pin: '4821' }))).toBe('LOCKED');
    await service.close();
    await folder.remove();
  });

  it('keeps the count and the lock across a restart', async () => {
    const folder = await tempDir();
    const clock = testClock();
    const first = await shopWithEmployee(folder.dir, clock);
    for (let i = 0; i < 3; i++) expect(codeOf(await first.service.call('signIn', { personId: first.personId, pin: '0000' }))).toBe('WRONG_PIN');
    await first.service.close();
    const second = await openService(folder.dir, clock);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(codeOf(await second.call('signIn', { personId: first.personId, pin: '0000' })));
    expect(codes).toEqual(['WRONG_PIN', 'LOCKED', 'LOCKED']);
    await second.close();
    const third = await openService(folder.dir, clock);
    expect(codeOf(await third.call('signIn', { personId: first.personId, pin: '4821' }))).toBe('LOCKED');
    const state = await ok<{ people: { id: string; lockedUntil: string | null }[] }>(third, 'getAppState', {});
    expect(state.people.find((p) => p.id === first.personId)?.lockedUntil).not.toBeNull();
    clock.advance(LOCK_STEPS_MS[0]! + 1);
    expect(codeOf(await third.call('signIn', { personId: first.personId, pin: '4821' }))).toBe('ok');
    await third.close();
    await folder.remove();
  });

  it('checks only thirty guesses in a whole day of trying', async () => {
    const folder = await tempDir();
    const clock = testClock();
    const { service, personId } = await shopWithEmployee(folder.dir, clock);
    const start = clock.now.getTime();
    let checked = 0;
    for (let pin = 0; clock.now.getTime() - start < 24 * 3_600_000; pin++) {
      const result = await service.call('signIn', { personId, pin: String(pin).padStart(4, '0') });
      if (wasChecked(result)) checked++;
      else {
        const state = await ok<{ people: { id: string; lockedUntil: string | null }[] }>(service, 'getAppState', {});
        clock.now = new Date(Date.parse(state.people.find((p) => p.id === personId)!.lockedUntil!) + 1);
      }
    }
    expect(checked).toBe(30);
    await service.close();
    await folder.remove();
  });

  it("counts wrong current PINs when changing one's own PIN, and signs the person out when it locks", async () => {
    const folder = await tempDir();
    const clock = testClock();
    const { service, personId } = await shopWithEmployee(folder.dir, clock);
    const session = await ok<SessionInfo>(service, 'signIn', { personId, pin: '4821' });
    const codes = [];
    for (let i = 0; i < 30; i++) codes.push(codeOf(await service.call('changeOwnPin', { currentPin: String(5000 + i), newPin: '9999' }, session.token)));
    expect(codes.slice(0, 5)).toEqual(['WRONG_PIN', 'WRONG_PIN', 'WRONG_PIN', 'WRONG_PIN', 'LOCKED']);
    expect(codes.slice(5).every((code) => code !== 'WRONG_PIN' && code !== 'ok')).toBe(true);
    expect(codeOf(await service.call('getSession', {}, session.token))).not.toBe('ok');
    expect(codeOf(await service.call('signIn', { personId, pin: '4821' }))).toBe('LOCKED');
    await service.close();
    await folder.remove();
  });

  it('a leader who sets a new PIN opens a locked profile', async () => {
    const folder = await tempDir();
    const clock = testClock();
    const { service, leader, personId } = await shopWithEmployee(folder.dir, clock);
    for (let i = 0; i < 5; i++) await service.call('signIn', { personId, pin: '0000' });
    expect(codeOf(await service.call('signIn', { personId, pin: '4821' }))).toBe('LOCKED');
    await ok(service, 'updatePerson', { id: personId, pin: '2580' }, leader.token);
    expect(codeOf(await service.call('signIn', { personId, pin: '2580' }))).toBe('ok');
    await service.close();
    await folder.remove();
  });
});
