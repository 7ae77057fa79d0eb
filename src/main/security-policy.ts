/**
 * Electron's security checklist in one place, as plain values and functions so a unit test can
 * assert every item without starting Electron.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

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

/** The app's own page: the built file in production, the dev server while developing. */
export function isAppUrl(url: string | undefined, appOrigin: string): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    if (appOrigin === 'file://') return parsed.protocol === 'file:';
    return parsed.origin === appOrigin;
  } catch {
    return false;
  }
}

/** Only https links leave the app, and only to the user's browser. */
export function isOpenableExternally(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** No permission (camera, notifications, geolocation...) is granted to the page. */
export const denyAllPermissions = (): boolean => false;
