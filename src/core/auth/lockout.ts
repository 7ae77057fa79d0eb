/** Five wrong PINs lock a profile for a minute. Plain data in, plain data out. */
export const MAX_FAILURES = 5;
export const LOCK_MS = 60_000;

export interface LockState {
  failures: number;
  lockedUntil: number | null;
}

export const unlocked: LockState = { failures: 0, lockedUntil: null };

export function isLocked(state: LockState | undefined, now: number): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

export function afterFailure(state: LockState | undefined, now: number): LockState {
  const current = state && !(state.lockedUntil && state.lockedUntil <= now) ? state : unlocked;
  const failures = current.failures + 1;
  return failures >= MAX_FAILURES ? { failures: 0, lockedUntil: now + LOCK_MS } : { failures, lockedUntil: null };
}
