/**
 * The Electron main process run against a recording stand-in for `electron`, so the checklist is
 * proven on what src/main/index.ts really wires up: the window's web preferences, window.open and
 * navigation denied, openExternal only for https, every permission denied, the CSP header added to
 * every response, IPC calls from other frames refused, and a second instance focusing the first.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

type Listener = (...args: any[]) => any;

const recorded = vi.hoisted(() => {
  const state = {
    appEvents: new Map<string, (...args: any[]) => any>(),
    ipc: new Map<string, (...args: any[]) => any>(),
    windows: [] as any[],
    opened: [] as string[],
    permissionRequest: null as null | ((...args: any[]) => any),
    permissionCheck: null as null | ((...args: any[]) => any),
    headers: null as null | ((...args: any[]) => any),
    ready: null as null | (() => void),
  };
  return state;
});

vi.mock('electron', () => {
  class BrowserWindow {
    options: any;
    events = new Map<string, Listener>();
    openHandler: Listener | null = null;
    focused = 0;
    restored = 0;
    loaded: string | null = null;
    webContents = {
      events: new Map<string, Listener>(),
      setWindowOpenHandler: (handler: Listener) => (this.openHandler = handler),
      on: (event: string, listener: Listener) => this.webContents.events.set(event, listener),
    };
    constructor(options: any) {
      this.options = options;
      recorded.windows.push(this);
    }
    once(event: string, listener: Listener) {
      this.events.set(event, listener);
    }
    show() {}
    isMinimized() {
      return true;
    }
    restore() {
      this.restored++;
    }
    focus() {
      this.focused++;
    }
    loadFile(path: string) {
      this.loaded = path;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  const app = {
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => recorded.appEvents.set(event, listener),
    whenReady: () => new Promise<void>((resolve) => (recorded.ready = resolve)),
    getPath: () => process.env.CXDOJO_DATA_DIR,
    getAppPath: () => process.cwd(),
    isPackaged: false,
    quit: () => undefined,
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => (recorded.permissionRequest = handler),
      setPermissionCheckHandler: (handler: Listener) => (recorded.permissionCheck = handler),
      webRequest: { onHeadersReceived: (handler: Listener) => (recorded.headers = handler) },
    },
  };
  const ipcMain = { handle: (channel: string, listener: Listener) => recorded.ipc.set(channel, listener) };
  const shell = { openExternal: async (url: string) => void recorded.opened.push(url) };
  const electron = { app, BrowserWindow, ipcMain, session, shell };
  return { ...electron, default: electron };
});

describe('the Electron main process', () => {
  let dataDir: string;
  let win: any;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cxdojo-main-'));
    process.env.CXDOJO_DATA_DIR = dataDir;
    delete process.env.ELECTRON_RENDERER_URL;
    await import('./index');
    recorded.ready!();
    await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 10_000 });
    win = recorded.windows[0];
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens its one window isolated, sandboxed, without Node, on the built page', () => {
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
    expect(win.loaded).toMatch(/renderer[\\/]index\.html$/);
  });

  it('denies every new window, sending only https links to the browser', () => {
    for (const url of ['https://cxdojo.example/help', 'http://example.com', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(win.openHandler({ url })).toEqual({ action: 'deny' });
    }
    expect(recorded.opened).toEqual(['https://cxdojo.example/help']);
    // Any other web contents (a devtools or a stray frame) is denied new windows too.
    let handler: Listener | null = null;
    recorded.appEvents.get('web-contents-created')!({}, { setWindowOpenHandler: (h: Listener) => (handler = h) });
    expect(handler!({ url: 'https://x.example' })).toEqual({ action: 'deny' });
  });

  it('keeps the window on the app: navigation elsewhere and webviews are prevented', () => {
    const navigate = win.webContents.events.get('will-navigate');
    for (const [url, allowed] of [['https://evil.example/', false], ['http://127.0.0.1:5180/', false], ['file:///app/out/renderer/index.html#/people', true]] as const) {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      navigate(event, url);
      expect(event.prevented, url).toBe(!allowed);
    }
    const webview = { prevented: false, preventDefault() { this.prevented = true; } };
    win.webContents.events.get('will-attach-webview')(webview);
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

  it('answers IPC only from the app page', async () => {
    const listener = recorded.ipc.get('cxdojo:getAppState')!;
    expect(await listener({ senderFrame: { url: 'file:///app/out/renderer/index.html' } }, { input: {}, token: null })).toMatchObject({ ok: true });
    for (const frame of [{ url: 'https://evil.example/' }, { url: 'http://127.0.0.1:5180/' }, null]) {
      expect(await listener({ senderFrame: frame }, { input: {}, token: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('brings the open window forward when a second instance starts', () => {
    recorded.appEvents.get('second-instance')!();
    expect(win.restored).toBe(1);
    expect(win.focused).toBe(1);
  });
});
