/**
 * The first screen a person sees: the renderer is built fresh into a temp folder (so the figures are
 * never those of a stale out/), served by the real HTTP host over a workspace of four people, and
 * opened five times in Debian's Chromium with an empty cache each time. Figures: the JavaScript the
 * sign-in screen loads (raw, gzip-compressed as a yardstick, and as actually sent), the first
 * contentful paint and the moment the sign-in choices are on screen (medians).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { createAppService } from '../src/core/service/app-service';
import { startHttpHost } from '../src/server/http-host';
import type { SessionInfo } from '../src/shared/domain/workspace';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 5;
const CHROMIUM = process.env.CXDOJO_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const targets: Record<string, string> = {
  first_screen_js_gzip_kb: '< 300',
  first_screen_first_paint_ms: '< 1,000',
  first_screen_sign_in_shown_ms: '< 1,000',
};

interface Visit {
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  sentBytes: number;
  firstPaintMs: number;
  shownMs: number;
}

/** Records when the sign-in choices first appear, from inside the page, so polling adds nothing. */
const MARK_SIGN_IN_SHOWN = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[aria-label^="Sign in as "]')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__signInShownAt = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
`;

async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(MARK_SIGN_IN_SHOWN);
  const scripts: Promise<{ raw: number; gzip: number; sent: number }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const body = await response.body();
        const sizes = await response.request().sizes();
        return { raw: body.length, gzip: gzipSync(body).length, sent: sizes.responseBodySize };
      })(),
    );
  });
  await page.goto(url);
  // globalThis, not window: this file is type-checked for Node.
  await page.waitForFunction(() => (globalThis as { __signInShownAt?: number }).__signInShownAt !== undefined, null, { timeout: 30_000 });
  // The paint entry is queued after the frame is shown: wait for it rather than read too early.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 30_000 });
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    shown: (globalThis as unknown as { __signInShownAt: number }).__signInShownAt,
  }));
  const loaded = await Promise.all(scripts);
  await context.close();
  const sum = (key: 'raw' | 'gzip' | 'sent') => loaded.reduce((total, s) => total + s[key], 0);
  return { scripts: loaded.length, rawBytes: sum('raw'), gzipBytes: sum('gzip'), sentBytes: sum('sent'), firstPaintMs: timing.paint, shownMs: timing.shown };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

async function seedWorkspace(dataDir: string) {
  const service = await createAppService({ dataDir, contentDir: join(ROOT, 'content'), log: () => undefined });
  const created = await service.call('createWorkspace', { brandName: 'Kasut Kita', region: 'MY', leaderName: 'Siti Rahman', pin: '2468' });
  if (!created.ok) throw new Error(`createWorkspace failed: ${created.error.message}`);
  const token = (created.value as SessionInfo).token;
  for (const [name, role] of [['Maria Santos', 'manager'], ['Budi Santoso', 'employee'], ['Nguyễn Thị Minh Khai', 'employee']] as const) {
    const added = await service.call('addPerson', { name, role, pin: '5678' }, token);
    if (!added.ok) throw new Error(`addPerson failed: ${added.error.message}`);
  }
  await service.call('signOut', {}, token);
  return service;
}

export async function run(): Promise<Record<string, number>> {
  if (!CHROMIUM) throw new Error('first-screen bench needs Chromium: apt-get install chromium, or set CXDOJO_CHROMIUM.');
  const dir = await mkdtemp(join(tmpdir(), 'cxdojo-first-screen-bench-'));
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', join(dir, 'out'), '--logLevel', 'error'], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const service = await seedWorkspace(join(dir, 'data'));
    const host = await startHttpHost({ service, rendererDir: join(dir, 'out', 'renderer'), port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const visits: Visit[] = [];
      for (let i = 0; i < RUNS; i++) visits.push(await visit(browser, host.url));
      const last = visits[visits.length - 1];
      return {
        first_screen_js_files: last.scripts,
        first_screen_js_raw_kb: kb(last.rawBytes),
        first_screen_js_gzip_kb: kb(last.gzipBytes),
        first_screen_js_sent_kb: kb(last.sentBytes),
        first_screen_first_paint_ms: Math.round(median(visits.map((v) => v.firstPaintMs))),
        first_screen_sign_in_shown_ms: Math.round(median(visits.map((v) => v.shownMs))),
      };
    } finally {
      await browser.close();
      await host.close();
      await service.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
