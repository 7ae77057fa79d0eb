/**
 * The Electron audit (`scripts/electronegativity-audit.mjs`) as part of the unit tests: the app's
 * own src/ passes with every finding justified, and an unsafe window (no isolation, no sandbox, no
 * navigation limits, no permission handler) is caught, so the audit cannot quietly pass everything.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const audit = (...args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', 'electronegativity-audit.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('the Electron audit', () => {
  it('passes over src/, every finding justified in the allow-list', () => {
    const run = audit();
    expect(run.stdout + run.stderr).toMatch(/finding\(s\), \d+ justified/);
    expect(run.stdout).not.toContain('UNJUSTIFIED');
    expect(run.status).toBe(0);
  }, 60_000);

  it('fails on an unsafe window (no isolation, no sandbox, no navigation limits) the allow-list does not justify', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cxdojo-audit-'));
    try {
      await writeFile(
        join(dir, 'main.js'),
        "const { BrowserWindow } = require('electron');\nconst win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\nwin.loadURL('http://example.com');\n",
      );
      await writeFile(join(dir, 'allow.json'), JSON.stringify({ findings: [] }));
      const run = audit('--input', dir, '--allowlist', join(dir, 'allow.json'));
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/UNJUSTIFIED SANDBOX_JS_CHECK/);
      expect(run.stdout).toMatch(/UNJUSTIFIED CONTEXT_ISOLATION_JS_CHECK/);
      expect(run.stdout).toMatch(/UNJUSTIFIED LIMIT_NAVIGATION_GLOBAL_CHECK/);
      expect(run.stdout).toMatch(/UNJUSTIFIED PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
