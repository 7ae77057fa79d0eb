/**
 * The Electron main process run against a recording stand-in for `electron`, so the checklist is
 * proven on what src/main/index.ts really wires up: the app:// scheme registered before ready and
 * served from the renderer folder only, the window's web preferences, window.open denied,
 * navigation and redirects kept on the app origin, https and mailto links handed to the system,
 * every permission denied, the CSP header added to every response, IPC calls from any other origin
 * (file: pages included) refused, and a second instance focusing the first.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { type FakeBrowserWindow, navigationEvent, recorded, startNavigation } from './fixtures/recording-electron';

vi.mock('electron', () => import('./fixtures/recording-electron'));

describe('the Electron main process', () => {
  let dataDir: string;
  let win: FakeBrowserWindow;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cxdojo-main-'));
    process.env.CXDOJO_DATA_DIR = dataDir;
    delete process.env.ELECTRON_RENDERER_URL;
    await import('./index');
    recorded.ready!();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 10_000 });
    win = recorded.windows[0]!;
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('registers app:// as a privileged, secure, standard scheme before the app is ready', () => {
    // The stand-in throws if registration comes after ready, so reaching here proves the order.
    expect(recorded.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect([...recorded.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('opens its one window isolated, sandboxed, without Node, on the app:// page', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(win.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loaded).toBe('app://cxdojo/index.html');
    expect(win.loadedFile).toBeNull();
  });

  it('serves the renderer folder over app:// with the CSP, and nothing outside it', async () => {
    const handler = recorded.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://cxdojo/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    const outside = await handler(new Request('app://cxdojo/..%2fmain%2findex.ts'));
    expect(outside.status).toBe(403);
  });

  it('denies every new window, handing only https and mailto links to the system', () => {
    for (const url of ['https://cxdojo.example/help', 'mailto:hello@cxdojo.app', 'http://example.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(win.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.opened.splice(0)).toEqual(['https://cxdojo.example/help', 'mailto:hello@cxdojo.app']);
    // Any other web contents (a devtools or a stray frame) is denied new windows too.
    let handler: ((details: { url: string }) => unknown) | null = null;
    recorded.appEvents.get('web-contents-created')!({}, { setWindowOpenHandler: (h: typeof handler) => (handler = h) });
    expect(handler!({ url: 'https://x.example' })).toEqual({ action: 'deny' });
  });

  it('keeps every frame on the app origin: file: pages, other sites and a dev server are prevented and not opened', () => {
    expect(startNavigation(win, 'app://cxdojo/index.html#/people')).toBe(true);
    for (const url of ['file:///app/out/renderer/index.html', 'http://evil.example/', 'http://127.0.0.1:5180/', 'app://other/index.html', 'javascript:alert(1)']) {
      expect(startNavigation(win, url), url).toBe(false);
      expect(startNavigation(win, url, false), `${url} in a sub-frame`).toBe(false);
    }
    expect(startNavigation(win, 'https://evil.example/', false), 'https in a sub-frame').toBe(false);
    expect(recorded.opened.splice(0)).toEqual([]);
    // will-navigate on its own (should Electron ever emit it without will-frame-navigate) prevents too.
    const event = navigationEvent('file:///etc/passwd');
    win.webContents.events.get('will-navigate')!(event, event.url);
    expect(event.prevented).toBe(true);
  });

  it('hands a main-frame https or mailto link to the system exactly once, so it never silently does nothing', () => {
    expect(startNavigation(win, 'mailto:hello@cxdojo.app?subject=Help')).toBe(false);
    expect(startNavigation(win, 'https://cxdojo.example/help')).toBe(false);
    expect(recorded.opened.splice(0)).toEqual(['mailto:hello@cxdojo.app?subject=Help', 'https://cxdojo.example/help']);
    // A sub-frame is kept in place but never opens anything.
    expect(startNavigation(win, 'mailto:hello@cxdojo.app', false)).toBe(false);
    expect(recorded.opened).toEqual([]);
  });

  it('denies redirects away from the app origin without opening them', () => {
    const redirect = win.webContents.events.get('will-redirect')!;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'mailto:a@b.example']) {
      const event = navigationEvent(url);
      redirect(event, url);
      expect(event.prevented, url).toBe(true);
    }
    const home = navigationEvent('app://cxdojo/index.html');
    redirect(home, home.url);
    expect(home.prevented).toBe(false);
    expect(recorded.opened).toEqual([]);
  });

  it('refuses webviews', () => {
    const webview = navigationEvent('');
    win.webContents.events.get('will-attach-webview')!(webview);
    expect(webview.prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | null = null;
      recorded.permissionRequest!({}, permission, (answer: boolean) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(recorded.permissionCheck!({}, permission)).toBe(false);
    }
  });

  it('adds the content security policy to every response', () => {
    let answer: any = null;
    recorded.headers!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response: any) => (answer = response));
    expect(answer.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(answer.responseHeaders['Content-Type']).toEqual(['text/html']);
  });

  it('answers IPC only from the app:// page, not from any file: page', async () => {
    const listener = recorded.ipc.get('cxdojo:getAppState')!;
    expect(await listener({ senderFrame: { url: 'app://cxdojo/index.html#/people' } }, { input: {}, token: null })).toMatchObject({ ok: true });
    for (const frame of [{ url: 'file:///app/out/renderer/index.html' }, { url: 'file:///home/me/Downloads/evil.html' }, { url: 'https://evil.example/' }, { url: 'http://127.0.0.1:5180/' }, null]) {
      expect(await listener({ senderFrame: frame }, { input: {}, token: null }), JSON.stringify(frame)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const print = recorded.ipc.get('cxdojo-desktop:print-to-pdf')!;
    expect(await print({ senderFrame: { url: 'file:///home/me/Downloads/evil.html' } }, 'x')).toEqual({ saved: false, error: 'Refused.' });
  });

  it('brings the open window forward when a second instance starts', () => {
    recorded.appEvents.get('second-instance')!();
    expect(win.restored).toBe(1);
    expect(win.focused).toBe(1);
  });
});
