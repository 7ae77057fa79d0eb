/**
 * The `app://cxdojo` origin the desktop window loads from, instead of `file://`: a privileged,
 * secure, standard scheme whose handler serves only the built renderer (out/renderer). Pages get a
 * real origin ('self' in the CSP, one origin to trust for IPC) and no file on disk outside the
 * renderer folder can be read through it.
 */
import { readFile as readFileFromDisk } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cxdojo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export type RendererPath = { kind: 'file'; path: string } | { kind: 'refused'; reason: string };

/**
 * The file under rendererDir an `app://cxdojo/...` URL names. Anything else — another scheme or
 * host, a malformed escape, a NUL, or a path that resolves outside rendererDir — is refused.
 */
export function rendererFilePath(requestUrl: string, rendererDir: string): RendererPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { kind: 'refused', reason: 'not the app origin' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', reason: 'malformed escape' };
  }
  if (pathname.includes('\0')) return { kind: 'refused', reason: 'NUL in path' };
  const root = resolve(rendererDir);
  const path = resolve(join(root, pathname === '/' || pathname === '' ? 'index.html' : pathname));
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { kind: 'refused', reason: 'outside the renderer folder' };
  }
  return { kind: 'file', path };
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

const textResponse = (status: number, body: string): Response =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/**
 * The protocol.handle handler for `app:`. Every response carries the app's CSP itself, since a
 * custom protocol's responses do not pass through the session's header hooks.
 */
export function createAppProtocolHandler(rendererDir: string, readFile: ReadFile = readFileFromDisk): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Only GET and HEAD are served.');
    const target = rendererFilePath(request.url, rendererDir);
    if (target.kind === 'refused') return textResponse(403, `Refused: ${target.reason}.`);
    let body: Uint8Array;
    try {
      body = await readFile(target.path);
    } catch {
      return textResponse(404, 'Not found.');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(target.path).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
