/** The app:// protocol serves the built renderer and nothing else, with the CSP on every file. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, rendererFilePath } from './app-protocol';

describe('the app:// scheme', () => {
  it('is registered as a standard, secure scheme that supports fetch', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    expect(APP_ORIGIN).toBe('app://cxdojo');
    expect(APP_ENTRY_URL).toBe('app://cxdojo/index.html');
  });
});

describe('rendererFilePath', () => {
  const dir = join(tmpdir(), 'renderer');

  it('maps app URLs to files inside the renderer folder, the root to index.html', () => {
    expect(rendererFilePath('app://cxdojo/', dir)).toEqual({ kind: 'file', path: join(dir, 'index.html') });
    expect(rendererFilePath('app://cxdojo/index.html#/people', dir)).toEqual({ kind: 'file', path: join(dir, 'index.html') });
    expect(rendererFilePath('app://cxdojo/assets/index-1.js?v=2', dir)).toEqual({ kind: 'file', path: join(dir, 'assets', 'index-1.js') });
    expect(rendererFilePath('app://cxdojo/assets/a%20b.css', dir)).toEqual({ kind: 'file', path: join(dir, 'assets', 'a b.css') });
  });

  it('refuses paths that climb out of the renderer folder through escaped separators', () => {
    for (const url of ['app://cxdojo/..%2f..%2fpackage.json', 'app://cxdojo/assets/..%2f..%2f..%2fmain%2findex.js', 'app://cxdojo/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      expect(rendererFilePath(url, dir), url).toEqual({ kind: 'refused', reason: 'outside the renderer folder' });
    }
  });

  it('keeps plain dot segments inside the folder (the URL parser removes them before the handler sees them)', () => {
    expect(rendererFilePath('app://cxdojo/../../main/index.js', dir)).toEqual({ kind: 'file', path: join(dir, 'main', 'index.js') });
    expect(rendererFilePath('app://cxdojo/%2e%2e/%2e%2e/package.json', dir)).toEqual({ kind: 'file', path: join(dir, 'package.json') });
  });

  it('refuses other hosts and schemes, malformed escapes and NULs', () => {
    expect(rendererFilePath('app://evil/index.html', dir).kind).toBe('refused');
    expect(rendererFilePath('file:///etc/passwd', dir).kind).toBe('refused');
    expect(rendererFilePath('https://cxdojo/index.html', dir).kind).toBe('refused');
    expect(rendererFilePath('app://cxdojo/%E0%A4%A', dir)).toEqual({ kind: 'refused', reason: 'malformed escape' });
    expect(rendererFilePath('app://cxdojo/index.html%00.png', dir)).toEqual({ kind: 'refused', reason: 'NUL in path' });
    expect(rendererFilePath('not a url', dir).kind).toBe('refused');
  });
});

describe('the app:// handler', () => {
  let root: string;
  let renderer: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cxdojo-protocol-'));
    renderer = join(root, 'out', 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>CX Dojo</title>');
    await writeFile(join(renderer, 'assets', 'index-1.js'), 'console.log(1)');
    await writeFile(join(root, 'out', 'secret.txt'), 'not for the page');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => createAppProtocolHandler(renderer)(new Request(url, { method }));

  it('serves the built page and its assets with their types, nosniff and the CSP', async () => {
    const page = await get('app://cxdojo/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>CX Dojo</title>');
    const script = await get('app://cxdojo/assets/index-1.js');
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves the chunks a split build loads later, at the URLs the page resolves them to', async () => {
    await writeFile(join(renderer, 'assets', 'flow-view-Ab12Cd34.js'), 'export const FlowView = 1;');
    // vite names a lazy chunk relative to the entry script, which the page names relative to index.html.
    const entry = new URL('./assets/index-1.js', APP_ENTRY_URL);
    const chunk = await get(new URL('./flow-view-Ab12Cd34.js', entry).href);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await chunk.text()).toBe('export const FlowView = 1;');
  });

  it('answers 403 for a path outside the renderer folder and 404 for a missing file', async () => {
    const outside = await get('app://cxdojo/..%2fsecret.txt');
    expect(outside.status).toBe(403);
    expect(await outside.text()).not.toContain('not for the page');
    expect((await get('app://cxdojo/missing.js')).status).toBe(404);
    expect((await get('app://cxdojo/assets')).status).toBe(404);
  });

  it('serves only GET and HEAD', async () => {
    expect((await get('app://cxdojo/index.html', 'POST')).status).toBe(405);
    const head = await get('app://cxdojo/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
