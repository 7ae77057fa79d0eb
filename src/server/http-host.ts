/**
 * The HTTP host: serves the built renderer and exposes every contract operation as
 * POST /api/<operation>, generically, over the same AppService the Electron host uses.
 * Binds 127.0.0.1 by default and refuses foreign Host/Origin headers and oversized bodies.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppService } from '../core/service/app-service';
import { contract, isOperationName } from '../shared/contract';
import { DEFAULT_BODY_LIMIT_BYTES } from '../shared/contract/operation';
import type { Envelope, ErrorCode, ErrorInfo } from '../shared/errors';
import { createStaticFiles } from './static-files';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** What a refused request may still send before its connection is cut (read and thrown away, so the answer arrives). */
const DISCARD_AFTER_REFUSAL_BYTES = 8 * 1024 * 1024;

export interface HttpHostOptions {
  service: AppService;
  rendererDir: string;
  host?: string;
  port?: number;
  /** The largest body any call may send; each operation's own limit (from the contract) applies under it. */
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

const formatLimit = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`);

function sendJson(res: ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

const fail = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
  sendJson(res, status, { ok: false, error: { code, message } satisfies ErrorInfo });

class BodyTooLarge extends Error {}

/** Reads a body up to `limit`; past it, stops keeping the bytes and rejects (the caller answers 413). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * After an early answer (refused before or while reading the body), the rest of the body is read
 * and thrown away, up to a bound, so the client gets the answer instead of a reset connection;
 * then the connection is closed.
 */
function discardRest(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return;
  res.setHeader('connection', 'close');
  let discarded = 0;
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_AFTER_REFUSAL_BYTES) req.destroy();
  });
  req.resume();
}

function decodeOperation(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const staticFiles = createStaticFiles(options.rendererDir);
  let allowedHosts = new Set<string>();

  async function handleApi(req: IncomingMessage, res: ServerResponse, rawOperation: string): Promise<void> {
    const refuse = (status: number, code: ErrorCode, message: string) => {
      discardRest(req, res);
      fail(res, status, code, message);
    };
    if (req.method !== 'POST') return refuse(405, 'INVALID_INPUT', 'Use POST for API calls.');
    const origin = req.headers.origin;
    const contentType = req.headers['content-type'] ?? '';
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return refuse(403, 'FORBIDDEN', 'Requests from other sites are refused.');
    }
    // Without an Origin header only a JSON body is accepted: a cross-site form cannot send one.
    if (!contentType.startsWith('application/json')) return refuse(415, 'INVALID_INPUT', 'Send the body as application/json.');
    const operation = decodeOperation(rawOperation);
    if (operation === null) return refuse(400, 'INVALID_INPUT', 'The operation name in the address is not valid.');
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    // Who may call what is known from the headers: a stranger's body is never read, let alone parsed.
    const refused = options.service.precheck(operation, token);
    if (refused) return refuse(STATUS[refused.code], refused.code, refused.message);
    const limit = Math.min(maxBody, (isOperationName(operation) && contract[operation].bodyLimitBytes) || DEFAULT_BODY_LIMIT_BYTES);
    let body: unknown;
    try {
      const text = await readBody(req, limit);
      body = text.length ? JSON.parse(text) : {};
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(413, 'TOO_LARGE', `The request is larger than ${formatLimit(limit)}, the most this operation accepts.`);
      return refuse(400, 'INVALID_INPUT', 'The request body is not valid JSON.');
    }
    const result = await options.service.call(operation, body, token);
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
    const work = api ? handleApi(req, res, api[1]) : staticFiles(req, res, path);
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
