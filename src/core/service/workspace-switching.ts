/**
 * What a handler may ask of the host's workspace switcher: which workspace is open, and to switch
 * to the demo shop or back to one's own. Given to the workspace by the switcher; absent in a
 * service that was opened alone (tests, tools), where switching is refused with a clear message.
 */
import type { AppService } from './app-service';

export type WorkspaceKind = 'own' | 'demo';

export interface WorkspaceSwitching {
  readonly current: WorkspaceKind;
  /** The own workspace's folder (the demo folder sits beside it). */
  readonly ownDir: string;
  /** Closes this workspace (releasing its lock) and opens the other; resolves with the new service. */
  switchTo(kind: WorkspaceKind, dir: string): Promise<AppService>;
}
