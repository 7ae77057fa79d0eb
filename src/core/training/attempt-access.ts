/**
 * Finding an attempt and what it was played on, with the rules beyond the role table: a person
 * plays only their own attempts; managers and leaders may read anyone's. Saves of one attempt run
 * one after another so a double-sent reply can never overwrite the other.
 */
import type { Attempt } from '../../shared/domain/attempt';
import type { Assignment } from '../../shared/domain/assignment';
import type { Scenario } from '../../shared/domain/scenario';
import { AppError } from '../../shared/errors';
import type { AttemptsStore } from '../store/attempts-store';
import type { StoredPerson, WorkspaceData } from '../store/workspace-schema';
import type { ViewContext } from './attempt-view';
import { standardTitlesFrom } from './standard-titles';

const NOT_FOUND = 'That training attempt does not exist, or it is not yours to open.';

export async function loadAttempt(store: AttemptsStore, actor: StoredPerson, attemptId: string, purpose: 'read' | 'play'): Promise<Attempt> {
  const own = await store.getAttempt(actor.id, attemptId);
  if (own) return own;
  if (purpose === 'play' || actor.role === 'employee') throw new AppError('NOT_FOUND', NOT_FOUND);
  const summary = (await store.allSummaries()).find((s) => s.id === attemptId);
  const other = summary ? await store.getAttempt(summary.personId, attemptId) : null;
  if (!other) throw new AppError('NOT_FOUND', NOT_FOUND);
  return other;
}

export function playedVersion(data: WorkspaceData, attempt: Pick<Attempt, 'scenarioId' | 'scenarioVersion'>): Scenario {
  const entry = data.scenarios.find((e) => e.id === attempt.scenarioId);
  const scenario = entry?.versions.find((v) => v.version === attempt.scenarioVersion);
  if (!scenario) throw new AppError('NOT_FOUND', `Version ${attempt.scenarioVersion} of scenario "${attempt.scenarioId}" is no longer in this workspace.`);
  return scenario;
}

export function assignmentOf(data: WorkspaceData, assignmentId: string | null): Assignment | null {
  return assignmentId ? (data.assignments.find((a) => a.id === assignmentId) ?? null) : null;
}

/** The assignment's pass mark where the attempt belongs to one, else the scenario's. */
export function passMarkFor(data: WorkspaceData, attempt: Pick<Attempt, 'assignmentId'>, scenario: Scenario): number {
  return assignmentOf(data, attempt.assignmentId)?.passMark ?? scenario.passMark;
}

export function viewContextFor(data: WorkspaceData, attempt: Attempt): ViewContext {
  const scenario = playedVersion(data, attempt);
  return {
    scenario,
    passMark: passMarkFor(data, attempt, scenario),
    personName: data.people.find((p) => p.id === attempt.personId)?.name ?? 'Someone who has left',
    standardTitles: standardTitlesFrom(data.playbook),
  };
}

const running = new Map<string, Promise<unknown>>();

/** Runs changes to one attempt one after another. */
export function oneAtATime<T>(attemptId: string, change: () => Promise<T>): Promise<T> {
  const previous = running.get(attemptId) ?? Promise.resolve();
  const next = previous.then(change, change);
  const settled = next.catch(() => undefined);
  running.set(attemptId, settled);
  void settled.then(() => {
    if (running.get(attemptId) === settled) running.delete(attemptId);
  });
  return next;
}
