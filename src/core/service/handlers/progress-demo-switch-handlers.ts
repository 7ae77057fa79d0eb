/**
 * The demo shop in the same window: switch the host to the demo workspace (generated beside this
 * one the first time), sign in as its leader, and come back. The switch itself is the host's
 * switcher's (one workspace, one lock and one set of sessions at a time); these check and ask.
 */
import type { SessionInfo, AppState } from '../../../shared/domain/workspace';
import { AppError, type Envelope } from '../../../shared/errors';
import { hashPin } from '../../auth/pin-hash';
import { DEMO_PIN, demoPeople, folderHasWorkspace, generateDemoShop } from '../../demo';
import { seededRandom } from '../../demo/seeded-random';
import type { AppService } from '../app-service';
import type { HandlerContext, HandlersOf } from '../handler-types';
import type { WorkspaceSwitching } from '../workspace-switching';
import { demoFolderFor } from './progress-demo-handlers';
import type { progressOps } from '../../../shared/contract/progress-ops';

function switchingOf(ctx: HandlerContext): WorkspaceSwitching {
  if (!ctx.ws.switching) throw new AppError('CONFLICT', 'This CX Dojo cannot switch workspaces. Open the demo folder with `npm run web -- --data-dir <folder>`.');
  return ctx.ws.switching;
}

function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new AppError(envelope.error.code, `The demo shop opened, but: ${envelope.error.message}`);
  return envelope.value as T;
}

async function signInAsLeader(service: AppService): Promise<SessionInfo> {
  const state = valueOf<AppState>(await service.call('getAppState', {}));
  const leader = state.people.find((p) => p.role === 'leader');
  if (!leader) throw new AppError('NOT_FOUND', 'The demo shop has no leader to sign in as. Delete its folder and try again.');
  return valueOf<SessionInfo>(await service.call('signIn', { personId: leader.id, pin: DEMO_PIN }));
}

export const demoSwitchHandlers = {
  async openDemoShop(_input, ctx) {
    const switching = switchingOf(ctx);
    if (switching.current === 'demo') throw new AppError('CONFLICT', 'You are in the demo shop already.');
    const path = demoFolderFor(switching.ownDir);
    if (!(await folderHasWorkspace(path))) await generateDemoShop({ dir: path, contentDir: ctx.ws.contentDir, now: ctx.now, pin: await hashPin(DEMO_PIN) });
    const demo = await switching.switchTo('demo', path);
    const session = await signInAsLeader(demo);
    const people = demoPeople(12, seededRandom(0), String).map(({ name, role }) => ({ name, role, pin: DEMO_PIN }));
    return { session, brandName: demo.workspace.data.settings.brandName, people };
  },

  async leaveDemoShop(_input, ctx) {
    const switching = switchingOf(ctx);
    if (switching.current !== 'demo') throw new AppError('CONFLICT', 'You are in your own workspace already: there is no demo shop to leave.');
    await switching.switchTo('own', switching.ownDir);
    return { left: true as const };
  },

  demoShopState(_input, ctx) {
    const inDemo = ctx.ws.switching?.current === 'demo' || (ctx.ws.exists && ctx.ws.data.settings.demo);
    return { inDemo, canGoBack: ctx.ws.switching?.current === 'demo' };
  },
} satisfies HandlersOf<typeof progressOps>;
