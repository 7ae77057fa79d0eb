/**
 * PIN guessing limits. A guess is counted the moment it arrives, before its hash is compared, so
 * a burst of parallel calls gets no more checks than one caller typing: at most five guesses per
 * lock window. Each lockout in a row lasts longer, and the state lives in workspace.json, so
 * neither waiting nor restarting the app gives an attacker more than a few dozen guesses a day.
 */
import type { PinGuard } from '../store/workspace-schema';

export const MAX_GUESSES = 5;
/** 1 min, 5 min, 30 min, 2 h, 8 h, then a day for every further lockout. */
export const LOCK_STEPS_MS = [1, 5, 30, 120, 480, 1440].map((minutes) => minutes * 60_000);


const fresh: PinGuard = { guesses: 0, lockedUntil: null, lockouts: 0 };

export function lockLength(lockouts: number): number {
  return LOCK_STEPS_MS[Math.min(lockouts, LOCK_STEPS_MS.length - 1)]!;
}

export function lockedUntil(guard: PinGuard | undefined, now: number): number | null {
  const until = guard?.lockedUntil ? Date.parse(guard.lockedUntil) : NaN;
  return until > now ? until : null;
}

export type GuessTicket = { allowed: true; guard: PinGuard } | { allowed: false; lockedUntil: number };

/**
 * Counts a guess before it is checked. Refused while locked, and also while five guesses are
 * already counted: those are being checked now and will start the lock if they are all wrong.
 */
export function takeGuess(guard: PinGuard | undefined, now: number): GuessTicket {
  const current = guard ?? fresh;
  const until = lockedUntil(current, now);
  if (until !== null) return { allowed: false, lockedUntil: until };
  if (current.guesses >= MAX_GUESSES) return { allowed: false, lockedUntil: now + lockLength(current.lockouts) };
  return { allowed: true, guard: { ...current, guesses: current.guesses + 1, lockedUntil: null } };
}

/** A counted guess was wrong: once five are counted, the lock starts now. */
export function afterWrongGuess(guard: PinGuard, now: number): PinGuard {
  if (guard.guesses < MAX_GUESSES || lockedUntil(guard, now) !== null) return guard;
  return { guesses: 0, lockedUntil: new Date(now + lockLength(guard.lockouts)).toISOString(), lockouts: guard.lockouts + 1 };
}

export function guessesLeft(guard: PinGuard): number {
  return Math.max(0, MAX_GUESSES - guard.guesses);
}

/** "45 seconds", "5 minutes", "2 hours": how long a lock lasts, for the message. */
export function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minutes`;
  return `${Math.ceil(minutes / 60)} hours`;
}
