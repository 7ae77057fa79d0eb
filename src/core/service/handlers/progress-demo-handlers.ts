/**
 * "Try a demo shop": generates the demo workspace in a separate folder beside this one
 * (`<data folder>-demo`), never inside it, and says how to open it. One host serves one folder, so
 * the demo opens in its own window or host. An existing demo folder is reused, not regenerated.
 */
import { hashPin } from '../../auth/pin-hash';
import { DEMO_PIN, demoPeople, folderHasWorkspace, generateDemoShop } from '../../demo';
import { seededRandom } from '../../demo/seeded-random';
import type { HandlersOf } from '../handler-types';
import type { progressOps } from '../../../shared/contract/progress-ops';

export const demoFolderFor = (dataDir: string): string => `${dataDir.replace(/[\\/]+$/, '')}-demo`;

export const demoCommand = (path: string): string => `npm run web -- --data-dir "${path}"`;

export const demoHandlers = {
  async createDemoShop(_input, ctx) {
    const path = demoFolderFor(ctx.ws.dir);
    let attempts = 0;
    if (!(await folderHasWorkspace(path))) attempts = (await generateDemoShop({ dir: path, contentDir: ctx.ws.contentDir, now: ctx.now, pin: await hashPin(DEMO_PIN) })).attempts;
    const people = demoPeople(12, seededRandom(0), String).map(({ name, role }) => ({ name, role, pin: DEMO_PIN }));
    return { path, command: demoCommand(path), people, attempts };
  },
} satisfies HandlersOf<typeof progressOps>;
