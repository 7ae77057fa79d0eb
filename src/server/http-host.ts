/**
 * The HTTP host: serves the built renderer and exposes every contract operation as
 * POST /api/<operation>, generically, over the same AppService the Electron host uses.
 * Binds 127.0.0.1 by default and refuses foreign Host/Origin headers and oversized bodies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppService } from '../core/service/app-service';
import type { Envelope, ErrorCode, ErrorInfo } from '../shared/errors';
import { serveStatic } from './static-files';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HttpHostOptions {
  service: AppService;
  rendererDir: string;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  BAD_FILE: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  WRONG_PIN: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  LOCKED: 423,
  WRITE_FAILED: 507,
  INTERNAL: 500,
};

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } satisfies ErrorInfo });

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.destroy();
        reject(new BodyTooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let allowedHosts = new Set<string>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, operation: string): Promise<void> {
    if (req.method !== 'POST') return fail(res, 405, 'INVALID_INPUT', 'Use POST for API calls.');
    const origin = req.headers.origin;
    const contentType = req.headers['content-type'] ?? '';
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return fail(res, 403, 'FORBIDDEN', 'Requests from other sites are refused.');
    }
    // Without an Origin header only a JSON body is accepted: a cross-site form cannot send one.
    if (!contentType.startsWith('application/json')) return fail(res, 415, 'INVALID_INPUT', 'Send the body as application/json.');
    let body: unknown;
    try {
      const text = await readBody(req, limit);
      body = text.length ? JSON.parse(text) : {};
    } catch (error) {
      if (error instanceof BodyTooLarge) return fail(res, 413, 'TOO_LARGE', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
      return fail(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.');
    }
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    const result = await options.service.call(decodeURIComponent(operation), body, token);
    sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
  }

  const server = createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' });
      res.end('This CX Dojo host only answers to its own address.');
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    const api = /^\/api\/([^/]+)$/.exec(path);
    const work = api ? handleApi(req, res, api[1]) : serveStatic(req, res, options.rendererDir, path);
    work.catch((error) => {
      console.error('HTTP host error', error);
      if (!res.headersSent) fail(res, 500, 'INTERNAL', 'Something went wrong inside CX Dojo.');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${host}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
