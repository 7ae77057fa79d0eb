/** Electron's security checklist, asserted on the values the main process uses. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, denyAllPermissions, isAppUrl, isOpenableExternally, navigationDecision, rendererSource, secureWebPreferences } from './security-policy';

describe('the window security policy', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a strict content security policy with no inline or remote scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('opens only https and mailto links outside the app', () => {
    expect(isOpenableExternally('https://cxdojo.example/help')).toBe(true);
    expect(isOpenableExternally('mailto:hello@cxdojo.app?subject=Help')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://share', 'app://cxdojo/', 'tel:+60123', 'not a url']) expect(isOpenableExternally(url), url).toBe(false);
  });

  it("treats only the app's own origin as a trusted IPC sender and navigation target", () => {
    expect(isAppUrl('app://cxdojo/index.html#/people', 'app://cxdojo')).toBe(true);
    expect(isAppUrl('app://cxdojo/', 'app://cxdojo')).toBe(true);
    // Any file: page (a downloaded HTML file, another app's page) used to get the whole API.
    expect(isAppUrl('file:///opt/cxdojo/out/renderer/index.html', 'app://cxdojo')).toBe(false);
    expect(isAppUrl('app://other/index.html', 'app://cxdojo')).toBe(false);
    expect(isAppUrl('app://cxdojo.evil/index.html', 'app://cxdojo')).toBe(false);
    expect(isAppUrl('https://evil.example/', 'app://cxdojo')).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/people', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('app://cxdojo/index.html', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl(undefined, 'app://cxdojo')).toBe(false);
    expect(isAppUrl('not a url', 'app://cxdojo')).toBe(false);
  });

  it('loads the built files from app:// unless an unpackaged app is given a dev server', () => {
    const built = { url: 'app://cxdojo/index.html', origin: 'app://cxdojo' };
    expect(rendererSource(false, undefined)).toEqual(built);
    expect(rendererSource(false, 'http://localhost:5173')).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(rendererSource(true, 'http://localhost:5173')).toEqual(built);
    expect(rendererSource(true, 'https://evil.example/')).toEqual(built);
    for (const notDevServer of ['file:///tmp/evil.html', 'javascript:alert(1)', 'not a url', '']) expect(rendererSource(false, notDevServer), notDevServer).toEqual(built);
  });

  it('lets navigation stay on the app, hands main-frame https and mailto links to the system, and denies the rest', () => {
    const link = { mainFrame: true, redirect: false };
    expect(navigationDecision('app://cxdojo/index.html#/people', 'app://cxdojo', link)).toBe('allow');
    expect(navigationDecision('mailto:hello@cxdojo.app', 'app://cxdojo', link)).toBe('open-externally');
    expect(navigationDecision('https://cxdojo.example/help', 'app://cxdojo', link)).toBe('open-externally');
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://other/', undefined]) {
      expect(navigationDecision(url, 'app://cxdojo', link), String(url)).toBe('deny');
    }
    // A redirect or a sub-frame is never handed to the system: only a link the user follows is.
    expect(navigationDecision('https://cxdojo.example/', 'app://cxdojo', { mainFrame: true, redirect: true })).toBe('deny');
    expect(navigationDecision('mailto:a@b.example', 'app://cxdojo', { mainFrame: false, redirect: false })).toBe('deny');
    expect(navigationDecision('app://cxdojo/index.html', 'app://cxdojo', { mainFrame: false, redirect: true })).toBe('allow');
  });

  it('denies every permission request', () => {
    expect(denyAllPermissions()).toBe(false);
  });
});
