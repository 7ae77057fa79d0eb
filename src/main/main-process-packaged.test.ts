/**
 * src/main/index.ts as an installed (packaged) app started with ELECTRON_RENDERER_URL pointing at
 * some server: the variable is ignored, the window loads app://cxdojo and that server's pages get
 * neither navigation nor IPC.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeBrowserWindow, recorded, startNavigation } from './fixtures/recording-electron';

vi.mock('electron', () => import('./fixtures/recording-electron'));

describe('the packaged Electron main process', () => {
  let dataDir: string;
  let win: FakeBrowserWindow;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cxdojo-packaged-'));
    process.env.CXDOJO_DATA_DIR = dataDir;
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5180';
    Object.assign(process, { resourcesPath: process.cwd() });
    recorded.isPackaged = true;
    await import('./index');
    recorded.ready!();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 10_000 });
    win = recorded.windows[0]!;
  });
  afterAll(async () => {
    delete process.env.ELECTRON_RENDERER_URL;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('ignores ELECTRON_RENDERER_URL and loads its own app:// page', () => {
    expect(win.loaded).toBe('app://cxdojo/index.html');
  });

  it("trusts neither navigation to nor IPC from the variable's server", async () => {
    expect(startNavigation(win, 'http://127.0.0.1:5180/')).toBe(false);
    expect(startNavigation(win, 'app://cxdojo/index.html')).toBe(true);
    const listener = recorded.ipc.get('cxdojo:getAppState')!;
    expect(await listener({ senderFrame: { url: 'http://127.0.0.1:5180/' } }, { input: {}, token: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await listener({ senderFrame: { url: 'app://cxdojo/index.html' } }, { input: {}, token: null })).toMatchObject({ ok: true });
  });
});
