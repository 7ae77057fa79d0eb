/**
 * Serves the built renderer folder, with a strict CSP; unknown paths fall back to index.html.
 * Text files go out brotli- or gzip-compressed as the browser accepts. vite's hashed files under
 * assets/ never change under their name, so browsers keep them for a year without asking again;
 * everything else (index.html above all, which names the current hashes) is revalidated every time.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { chooseEncoding, createCompressedCopies, isCompressible } from './compressed-copies';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** vite's output names: `<name>-<8+ character hash>.<ext>` inside assets/. */
const isHashedAsset = (relative: string): boolean =>
  relative.startsWith(`assets${sep}`) && /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/i.test(basename(relative));

export type StaticFiles = (req: IncomingMessage, res: ServerResponse, urlPath: string) => Promise<void>;

export function createStaticFiles(root: string): StaticFiles {
  const copies = createCompressedCopies();
  return async (req, res, urlPath) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    let file = join(root, relative);
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403);
      res.end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      // A chunk an old page asks for after a rebuild is gone: answering index.html would only fail as a script.
      if (relative.startsWith(`assets${sep}`)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
        res.end('Not found: CX Dojo was updated since this page loaded. Reload the page.');
        return;
      }
      file = join(root, 'index.html');
      relative = 'index.html';
      info = await stat(file).catch(() => null);
    }
    const body = info ? await readFile(file).catch(() => null) : null;
    if (!info || !body) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The app has not been built yet. Run `npm run build` (npm run web does it for you).');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const version = `${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}`;
    const headers: Record<string, string> = { 'content-type': type, ...SECURITY_HEADERS };
    if (isHashedAsset(relative)) headers['cache-control'] = IMMUTABLE;
    else {
      headers['cache-control'] = 'no-cache';
      headers.etag = `W/"${version}"`;
      if (req.headers['if-none-match'] === headers.etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
    }
    let sent: Buffer = body;
    if (isCompressible(type)) {
      headers.vary = 'accept-encoding';
      const encoding = chooseEncoding(req.headers['accept-encoding']);
      if (encoding !== 'identity') {
        sent = await copies.get(file, version, body, encoding);
        headers['content-encoding'] = encoding;
      }
    }
    headers['content-length'] = String(sent.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : sent);
  };
}
