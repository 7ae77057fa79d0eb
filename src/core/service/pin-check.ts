/**
 * Checks a PIN typed at sign-in or when changing one's own PIN, under the lockout rules. The guess
 * is counted and saved before the slow hash comparison starts; the result is applied to the state
 * as it is when the comparison ends, which other guesses may have changed meanwhile.
 */
import { AppError } from '../../shared/errors';
import { afterWrongGuess, describeWait, MAX_GUESSES, guessesLeft, lockedUntil, takeGuess } from '../auth/lockout';
import { verifyPin } from '../auth/pin-hash';
import type { StoredPerson } from '../store/workspace-schema';
import type { WorkspaceState } from './workspace-state';

export type PinVerdict = { right: true } | { right: false; locked: false; left: number } | { right: false; locked: true; lockedForMs: number };

function lockedError(person: StoredPerson, until: number, now: number): AppError {
  return new AppError('LOCKED', `Too many wrong PINs. ${person.name}'s profile is locked for ${describeWait(until - now)} more.`);
}

/** Throws LOCKED when no guess may be checked now; otherwise says whether the PIN was right. */
export async function checkPin(ws: WorkspaceState, person: StoredPerson, pin: string, now: Date): Promise<PinVerdict> {
  const ticket = takeGuess(ws.data.pinGuards[person.id], now.getTime());
  if (!ticket.allowed) throw lockedError(person, ticket.lockedUntil, now.getTime());
  ws.data.pinGuards[person.id] = ticket.guard;
  // A failed save (full disk) must not open the door: the count above still holds in memory.
  const [right] = await Promise.all([verifyPin(pin, person.pin), ws.save().catch(() => undefined)]);
  if (right) {
    delete ws.data.pinGuards[person.id];
    await ws.save().catch(() => undefined);
    return { right: true };
  }
  const checkedAt = ws.now().getTime();
  const counted = ws.data.pinGuards[person.id];
  // No record left means a right PIN (or a leader's reset) cleared the count while this was checked.
  const guard = counted ? afterWrongGuess(counted, checkedAt) : null;
  if (guard) {
    ws.data.pinGuards[person.id] = guard;
    await ws.save().catch(() => undefined);
  }
  const until = guard ? lockedUntil(guard, checkedAt) : null;
  if (until !== null) return { right: false, locked: true, lockedForMs: until - checkedAt };
  return { right: false, locked: false, left: guard ? guessesLeft(guard) : MAX_GUESSES };
}

/** The words for a wrong PIN, the same at sign-in and when changing one's own PIN. */
export function wrongPinMessage(person: StoredPerson, verdict: Exclude<PinVerdict, { right: true }>): string {
  if (verdict.locked) return `Five wrong PINs: ${person.name}'s profile is locked for ${describeWait(verdict.lockedForMs)}.`;
  return `That PIN is not right. ${verdict.left} ${verdict.left === 1 ? 'try' : 'tries'} left before the profile locks.`;
}

/** When the profile is locked now, the moment it opens again (for the sign-in screen). */
export function lockedUntilIso(ws: WorkspaceState, personId: string, now: Date): string | null {
  const until = lockedUntil(ws.data.pinGuards[personId], now.getTime());
  return until === null ? null : new Date(until).toISOString();
}

/** A leader set a new PIN: the old guesses no longer say anything. */
export function clearPinGuard(ws: WorkspaceState, personId: string): void {
  delete ws.data.pinGuards[personId];
}
