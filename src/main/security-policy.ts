/**
 * Electron's security checklist in one place, as plain values and functions so a unit test can
 * assert every item without starting Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-protocol';

export { CONTENT_SECURITY_POLICY };

export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/** scheme://host[:port], compared as text: Node gives custom schemes an opaque ('null') origin. */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** The app's own page: the app:// origin in production, the dev server while developing. */
export function isAppUrl(url: string | undefined, appOrigin: string): boolean {
  if (!url) return false;
  try {
    return originOf(new URL(url)) === appOrigin;
  } catch {
    return false;
  }
}

export interface RendererSource {
  url: string;
  origin: string;
}

/**
 * Where the window loads the renderer from. ELECTRON_RENDERER_URL (set by `electron-vite dev`) is
 * honoured only in an unpackaged app, and only for an http(s) URL: an installed app always loads
 * its own files, whatever the environment says.
 */
export function rendererSource(isPackaged: boolean, devServerUrl: string | undefined): RendererSource {
  if (!isPackaged && devServerUrl) {
    try {
      const parsed = new URL(devServerUrl);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return { url: parsed.href, origin: originOf(parsed) };
    } catch {
      // Not a URL: fall back to the built files.
    }
  }
  return { url: APP_ENTRY_URL, origin: APP_ORIGIN };
}

/** Only https and mailto links leave the app, and only to the system's browser or mail app. */
export function isOpenableExternally(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/**
 * What a navigation may do (will-navigate, will-frame-navigate, will-redirect): stay within the
 * app's origin, or nothing. A link the main frame follows to an https or mailto URL is handed to
 * the system instead, so it never silently does nothing; a redirect or a sub-frame never is.
 */
export function navigationDecision(url: string | undefined, appOrigin: string, from: { mainFrame: boolean; redirect: boolean }): NavigationDecision {
  if (isAppUrl(url, appOrigin)) return 'allow';
  if (url && from.mainFrame && !from.redirect && isOpenableExternally(url)) return 'open-externally';
  return 'deny';
}

/** No permission (camera, notifications, geolocation...) is granted to the page. */
export const denyAllPermissions = (): boolean => false;
