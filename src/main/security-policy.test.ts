/** Electron's security checklist, asserted on the values the main process uses. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, denyAllPermissions, isAppUrl, isOpenableExternally, secureWebPreferences } from './security-policy';

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

  it('opens only https links outside the app', () => {
    expect(isOpenableExternally('https://cxdojo.example/help')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://share', 'not a url']) expect(isOpenableExternally(url)).toBe(false);
  });

  it("treats only the app's own page as a trusted IPC sender and navigation target", () => {
    expect(isAppUrl('file:///opt/cxdojo/out/renderer/index.html', 'file://')).toBe(true);
    expect(isAppUrl('https://evil.example/', 'file://')).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/people', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl(undefined, 'file://')).toBe(false);
  });

  it('denies every permission request', () => {
    expect(denyAllPermissions()).toBe(false);
  });
});
