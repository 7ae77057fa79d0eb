/**
 * The HTTP host's front door, probed with raw requests: foreign Origin and Host headers
 * (cross-site calls, DNS rebinding), oversized bodies, unknown operations, wrong methods and
 * content types, path traversal out of the renderer folder, security headers, and where it listens.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppService } from '../core/service/app-service';
import { openService, tempDir, testClock } from '../core/service/test-service';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { startHttpHost, type HttpHost } from './http-host';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly the headers given (fetch would rewrite Host and Origin). */
function raw(host: HttpHost, method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, method, path, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // An oversized body may be cut off by the host mid-upload; the answer still arrives first.
    req.on('error', reject);
    // A chunked request is sent in pieces, with no Content-Length for the host to trust.
    if (headers['transfer-encoding'] === 'chunked' && body) {
      const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
      for (let at = 0; at < bytes.length; at += 64 * 1024) req.write(bytes.subarray(at, at + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

const codeOf = (response: RawResponse): string | undefined => (JSON.parse(response.body) as { error?: { code: string } }).error?.code;

describe('the HTTP host', () => {
  let service: AppService;
  let host: HttpHost;
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let rendererDir: string;
  let own: Record<string, string>;
  const LIMIT = 64 * 1024;

  beforeAll(async () => {
    folder = await tempDir();
    rendererDir = join(folder.dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>CX Dojo</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // A secret next to the renderer folder that traversal must not reach.
    await writeFile(join(folder.dir, 'secret.txt'), 'TOP SECRET');
    service = await openService(join(folder.dir, 'data'), testClock());
    host = await startHttpHost({ service, rendererDir, maxBodyBytes: LIMIT });
    own = { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' };
  });
  afterAll(async () => {
    await host.close();
    await service.close();
    await folder.remove();
  });

  it('answers its own page and API calls', async () => {
    const page = await raw(host, 'GET', '/', { host: own.host });
    expect(page.status).toBe(200);
    expect(page.body).toContain('CX Dojo');
    const state = await raw(host, 'POST', '/api/getAppState', { ...own, origin: `http://127.0.0.1:${host.port}` }, '{}');
    expect(state.status).toBe(200);
    expect(JSON.parse(state.body)).toMatchObject({ ok: true, value: { workspaceExists: false } });
    const viaLocalhost = await raw(host, 'POST', '/api/getAppState', { ...own, host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` }, '{}');
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses API calls from another site (foreign Origin)', async () => {
    for (const origin of ['https://evil.example', `http://evil.example:${host.port}`, 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const response = await raw(host, 'POST', '/api/getAppState', { ...own, origin }, '{}');
      expect(response.status, origin).toBe(403);
      expect(codeOf(response)).toBe('FORBIDDEN');
    }
  });

  it('refuses requests addressed to another name (DNS rebinding) before doing anything', async () => {
    for (const name of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, '']) {
      const api = await raw(host, 'POST', '/api/getAppState', { ...own, host: name }, '{}');
      expect(api.status, name).toBe(421);
      const page = await raw(host, 'GET', '/', { host: name });
      expect(page.status, name).toBe(421);
      expect(page.body).not.toContain('CX Dojo</title>');
    }
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const big = JSON.stringify({ junk: 'x'.repeat(LIMIT + 10) });
    const declared = await raw(host, 'POST', '/api/getAppState', own, big);
    expect(declared.status).toBe(413);
    expect(codeOf(declared)).toBe('TOO_LARGE');
    // Chunked, with no Content-Length to trust: the host counts as it reads.
    const chunked = await raw(host, 'POST', '/api/getAppState', { ...own, 'transfer-encoding': 'chunked' }, big);
    expect(chunked.status).toBe(413);
    expect(codeOf(chunked)).toBe('TOO_LARGE');
    const after = await raw(host, 'POST', '/api/getAppState', own, '{}');
    expect(after.status).toBe(200);
  });

  it('refuses a stranger before reading the body, so a huge unauthenticated upload costs nothing', async () => {
    const calls: string[] = [];
    const counting: AppService = { ...service, call: (name, input, token) => (calls.push(name), service.call(name, input, token)), precheck: service.precheck };
    const roomy = await startHttpHost({ service: counting, rendererDir });
    try {
      const headers = { host: `127.0.0.1:${roomy.port}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' };
      const body = Buffer.alloc(24 * 1024 * 1024, 0x20);
      const started = process.memoryUsage().rss;
      const response = await raw(roomy, 'POST', '/api/addPerson', headers, body);
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      expect(calls).toEqual([]);
      // Each operation has its own limit: a public call may not send what an upload may.
      const tooBig = await raw(roomy, 'POST', '/api/getAppState', headers, Buffer.alloc(5 * 1024 * 1024, 0x20));
      expect(tooBig.status).toBe(413);
      expect(JSON.parse(tooBig.body).error.message).toMatch(/larger than 4 MB/);
      expect(calls).toEqual([]);
      expect(process.memoryUsage().rss - started).toBeLessThan(200 * 1024 * 1024);
    } finally {
      await roomy.close();
    }
  });

  it('answers a malformed operation name with 400, not a stack trace', async () => {
    const response = await raw(host, 'POST', '/api/%E0%A4%A', own, '{}');
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('INVALID_INPUT');
    expect(response.body).not.toMatch(/URIError|at .*\.ts/);
  });

  it('answers unknown operations with 404 without echoing much of the name back', async () => {
    for (const name of ['dropTables', '__proto__', 'constructor', 'toString', 'hasOwnProperty', encodeURIComponent('<script>alert(1)</script>'), 'x'.repeat(5000)]) {
      const response = await raw(host, 'POST', `/api/${name}`, own, '{}');
      expect(response.status, name.slice(0, 20)).toBe(404);
      expect(codeOf(response)).toBe('NOT_FOUND');
      expect(response.body.length).toBeLessThan(300);
    }
  });

  it('accepts only JSON bodies, so a cross-site form cannot post', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const headers: Record<string, string> = { host: own.host };
      if (type) headers['content-type'] = type;
      const response = await raw(host, 'POST', '/api/getAppState', headers, '{}');
      expect(response.status, type).toBe(415);
      expect(codeOf(response)).toBe('INVALID_INPUT');
    }
    const notJson = await raw(host, 'POST', '/api/getAppState', own, '{"unterminated');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);
  });

  it('refuses GET and other methods on the API', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await raw(host, method, '/api/getAppState', { host: own.host });
      expect(response.status, method).toBe(405);
    }
    expect((await raw(host, 'POST', '/', own, '{}')).status).toBe(405);
  });

  it('never serves a file from outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%2e%2e%5csecret.txt', '/../../../../etc/passwd']) {
      const response = await raw(host, 'GET', path, { host: own.host });
      expect(response.body, path).not.toContain('TOP SECRET');
      expect(response.body, path).not.toMatch(/root:/);
    }
    expect((await raw(host, 'GET', '/%E0%A4%A', { host: own.host })).status).toBe(400);
  });

  it('sends the security headers with every page', async () => {
    for (const path of ['/', '/assets/app.js', '/some/route']) {
      const { headers } = await raw(host, 'GET', path, { host: own.host });
      expect(headers['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['referrer-policy']).toBe('no-referrer');
    }
    const api = await raw(host, 'POST', '/api/getAppState', own, '{}');
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it('listens on 127.0.0.1 only, unreachable from the machine\'s other addresses', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}`);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry && !entry.internal && entry.family === 'IPv4')
      .map((entry) => entry!.address);
    for (const address of others) {
      const outcome = await new Promise<string>((resolve) => {
        const req = httpRequest({ host: address, port: host.port, path: '/', timeout: 2000 }, () => resolve('answered'));
        req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        req.on('timeout', () => {
          req.destroy();
          resolve('timeout');
        });
        req.end();
      });
      expect(outcome, address).not.toBe('answered');
    }
  });
});
