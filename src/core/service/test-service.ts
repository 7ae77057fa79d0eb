/** Builds an AppService on a fresh temporary folder for tests, with a controllable clock. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Role } from '../../shared/contract/operation';
import type { SessionInfo } from '../../shared/domain/workspace';
import { createAppService, type AppService, type AppServiceOptions } from './app-service';
import { hashPin } from '../auth/pin-hash';
import { DEMO_PIN, generateDemoShop } from '../demo';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export function testClock(start = '2026-11-23T09:00:00.000Z'): TestClock {
  const clock = {
    now: new Date(start),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  return clock;
}

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cxdojo-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export const repoContentDir = resolve(import.meta.dirname, '..', '..', '..', 'content');

export async function openService(dir: string, clock: TestClock, extra: Partial<AppServiceOptions> = {}): Promise<AppService> {
  return createAppService({ dataDir: dir, contentDir: repoContentDir, clock: () => clock.now, log: () => undefined, ...extra });
}

/** Calls an operation and returns its value, failing the test with the host's message otherwise. */
export async function ok<T = unknown>(service: AppService, operation: string, input: unknown, token?: string | null): Promise<T> {
  const result = await service.call(operation, input, token);
  if (!result.ok) throw new Error(`${operation} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** A workspace with one person of each role, signed in. */
export async function workspaceWithEveryRole(service: AppService): Promise<Record<Role, SessionInfo>> {
  const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kasut Kita', region: 'MY', leaderName: 'Siti', pin: '1234' });
  const sessions: Partial<Record<Role, SessionInfo>> = { leader };
  for (const [role, name] of [['manager', 'Maria'], ['employee', 'Budi']] as const) {
    const person = await ok<{ id: string }>(service, 'addPerson', { name, role, pin: '5678' }, leader.token);
    sessions[role] = await ok<SessionInfo>(service, 'signIn', { personId: person.id, pin: '5678' });
  }
  return sessions as Record<Role, SessionInfo>;
}

export interface EveryRoleWorkspace {
  folder: Awaited<ReturnType<typeof tempDir>>;
  clock: TestClock;
  service: AppService;
  sessions: Record<Role, SessionInfo>;
}

/** A fresh folder, service and workspace with one signed-in person per role: what most handler tests start from. */
export async function openEveryRoleWorkspace(): Promise<EveryRoleWorkspace> {
  const folder = await tempDir();
  const clock = testClock();
  const service = await openService(folder.dir, clock);
  return { folder, clock, service, sessions: await workspaceWithEveryRole(service) };
}

export async function closeWorkspace(w: Pick<EveryRoleWorkspace, 'folder' | 'service'>): Promise<void> {
  await w.service.close();
  await w.folder.remove();
}

export interface DemoWorkspace {
  dir: Awaited<ReturnType<typeof tempDir>>;
  service: AppService;
  /** Maria Santos and Budi Santoso, signed in. */
  manager: SessionInfo;
  employee: SessionInfo;
}

/** The demo shop generated at the clock's time into a fresh folder, with its manager and one employee signed in. */
export async function openDemoWorkspace(clock: TestClock): Promise<DemoWorkspace> {
  const dir = await tempDir();
  await generateDemoShop({ dir: dir.dir, contentDir: repoContentDir, now: clock.now, pin: await hashPin(DEMO_PIN) });
  const service = await openService(dir.dir, clock);
  const state = await ok<{ people: { id: string; name: string }[] }>(service, 'getAppState', {});
  const signIn = (name: string) => ok<SessionInfo>(service, 'signIn', { personId: state.people.find((p) => p.name === name)!.id, pin: DEMO_PIN });
  return { dir, service, manager: await signIn('Maria Santos'), employee: await signIn('Budi Santoso') };
}
