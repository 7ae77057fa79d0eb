/**
 * The service a host runs: one open workspace at a time — the user's own, or the demo shop beside
 * it — each with its own AppService (so sessions, pending imports and caches never cross) and its
 * own workspace lock. Switching opens the other workspace first, then flushes and closes the one
 * it leaves and releases that lock; calls that arrive meanwhile wait and then go to the new one.
 */
import { acquireWorkspaceLock, type WorkspaceLock } from '../store/workspace-lock';
import type { ErrorInfo, Envelope } from '../../shared/errors';
import { createAppService, type AppService, type AppServiceOptions } from './app-service';
import type { WorkspaceKind, WorkspaceSwitching } from './workspace-switching';

export type SwitchableServiceOptions = Omit<AppServiceOptions, 'switching'> & {
  /** Who holds the locks, as shown to another process that finds one ("npm run web on 127.0.0.1"). */
  lockLabel: string;
  /** Replaces how a lock is taken (tests). */
  acquireLock?: (dir: string) => Promise<WorkspaceLock>;
};

interface OpenWorkspace {
  kind: WorkspaceKind;
  dir: string;
  service: AppService;
  lock: WorkspaceLock;
}

export interface SwitchableService extends AppService {
  readonly current: WorkspaceKind;
}

export async function createSwitchableService(options: SwitchableServiceOptions): Promise<SwitchableService> {
  const { lockLabel, acquireLock = (dir: string) => acquireWorkspaceLock(dir, lockLabel), ...serviceOptions } = options;
  const ownDir = options.dataDir;
  let open: OpenWorkspace;
  let switching: Promise<unknown> = Promise.resolve();

  async function openWorkspace(kind: WorkspaceKind, dir: string): Promise<OpenWorkspace> {
    const lock = await acquireLock(dir);
    try {
      const service = await createAppService({ ...serviceOptions, dataDir: dir, switching: switchingFor(kind) });
      return { kind, dir, service, lock };
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  function switchingFor(kind: WorkspaceKind): WorkspaceSwitching {
    return {
      current: kind,
      ownDir,
      switchTo: (target, dir) => {
        const done = switching.then(async () => {
          const leaving = open;
          const next = await openWorkspace(target, dir);
          open = next;
          await leaving.service.close();
          await leaving.lock.release();
          return next.service;
        });
        switching = done.catch(() => undefined);
        return done;
      },
    };
  }

  open = await openWorkspace('own', ownDir);

  // The call that asked for a switch is already running; only later calls wait for it.
  const ready = () => switching;

  return {
    get current() {
      return open.kind;
    },
    get workspace() {
      return open.service.workspace;
    },
    async call(operation: string, input: unknown, token?: string | null): Promise<Envelope<unknown>> {
      await ready();
      return open.service.call(operation, input, token);
    },
    precheck(operation: string, token?: string | null): ErrorInfo | null {
      return open.service.precheck(operation, token);
    },
    async close() {
      await ready();
      await open.service.close();
      await open.lock.release();
    },
  };
}
