/**
 * The Electron host: one window, locked down per Electron's security checklist, with every
 * contract operation wired generically over IPC. Kept thin: everything else lives in core.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import type { AppService } from '../core/service/app-service';
import { createSwitchableService } from '../core/service/switchable-service';
import { AppError } from '../shared/errors';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { registerOperations } from './ipc-wiring';
import { PRINT_TO_PDF_CHANNEL, printToPdf } from './print-to-pdf';
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  isAppUrl,
  isOpenableExternally,
  navigationDecision,
  rendererSource,
  secureWebPreferences,
} from './security-policy';

// The one origin trusted for navigation and IPC: app://cxdojo, or the dev server in development.
const renderer = rendererSource(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const appOrigin = renderer.origin;
// Must happen before the app is ready, or app:// pages get no origin, secure context or fetch.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
let mainWindow: BrowserWindow | null = null;
let service: AppService | null = null;

const openLink = (url: string): void => {
  if (isOpenableExternally(url)) void shell.openExternal(url);
};

function keepOnApp(event: { url: string; isMainFrame: boolean; preventDefault(): void }, redirect: boolean): void {
  const decision = navigationDecision(event.url, appOrigin, { mainFrame: event.isMainFrame, redirect });
  if (decision === 'allow') return;
  event.preventDefault();
  if (decision === 'open-externally') openLink(event.url);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'CX Dojo',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
  // Electron emits will-frame-navigate, then (main frame) will-navigate, stopping at the first
  // that is prevented: a link handed to the system is opened once.
  win.webContents.on('will-frame-navigate', (event) => keepOnApp(event, false));
  win.webContents.on('will-navigate', (event) => keepOnApp(event, false));
  win.webContents.on('will-redirect', (event) => keepOnApp(event, true));
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void win.loadURL(renderer.url);
  return win;
}

async function start(): Promise<void> {
  const dataDir = process.env.CXDOJO_DATA_DIR ?? app.getPath('userData');
  const contentDir = app.isPackaged ? join(process.resourcesPath, 'content') : join(app.getAppPath(), 'content');
  const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : join(app.getAppPath(), 'resources', 'fonts');
  // Holds the workspace lock (of the own folder, or of the demo shop while it is open) and releases it on close.
  service = await createSwitchableService({ dataDir, contentDir, fontsDir, lockLabel: 'CX Dojo desktop' });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
  registerOperations(ipcMain, service, (url) => isAppUrl(url, appOrigin));
  ipcMain.handle(PRINT_TO_PDF_CHANNEL, (event, name: unknown) =>
    isAppUrl(event.senderFrame?.url, appOrigin) ? printToPdf(event, name) : { saved: false, error: 'Refused.' },
  );

  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(denyAllPermissions()));
  session.defaultSession.setPermissionCheckHandler(denyAllPermissions);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app
    .whenReady()
    .then(start)
    .catch((error) => {
      // A refused workspace lock says who holds the folder and what to do: the user must see it, not only the log.
      if (error instanceof AppError) dialog.showErrorBox('CX Dojo cannot open the workspace', error.message);
      else console.error(error);
      app.quit();
    });
  app.on('window-all-closed', () => app.quit());
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed || !service) return;
    // Pending writes reach the disk before the process goes away.
    event.preventDefault();
    void service.close().finally(() => {
      flushed = true;
      app.quit();
    });
  });
}
