/**
 * The renderer's files as the HTTP host sends them: compressed as the browser accepts, cached for a
 * year when the name carries vite's hash, revalidated otherwise, and recompressed when a file changes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppService } from '../core/service/app-service';
import { openService, tempDir, testClock } from '../core/service/test-service';
import { startHttpHost, type HttpHost } from './http-host';

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(host: HttpHost, path: string, headers: Record<string, string> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decoded = (response: Fetched): string => {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
};

const CHUNK = 'export const greeting = "Selamat datang";\n'.repeat(400);
const INDEX = `<!doctype html><title>CX Dojo</title>${'<!-- page -->'.repeat(50)}<script type="module" src="/assets/index-Bx3kP9qZ.js"></script>`;

describe('the renderer files the HTTP host sends', () => {
  let service: AppService;
  let host: HttpHost;
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let rendererDir: string;

  beforeAll(async () => {
    folder = await tempDir();
    rendererDir = join(folder.dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), INDEX);
    await writeFile(join(rendererDir, 'assets', 'index-Bx3kP9qZ.js'), CHUNK);
    await writeFile(join(rendererDir, 'assets', 'logo-Qm7Zt2Lw.png'), Buffer.alloc(2048, 7));
    service = await openService(join(folder.dir, 'data'), testClock());
    host = await startHttpHost({ service, rendererDir });
  });

  afterAll(async () => {
    await host.close();
    await service.close();
    await folder.remove();
  });

  it('sends brotli to a browser that accepts it, smaller and decoding to the file', async () => {
    const response = await get(host, '/assets/index-Bx3kP9qZ.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('accept-encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(CHUNK.length / 10);
    expect(decoded(response)).toBe(CHUNK);
  });

  it('sends gzip when brotli is not accepted, and the file as it is when nothing is', async () => {
    const gzip = await get(host, '/assets/index-Bx3kP9qZ.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(CHUNK);
    const plain = await get(host, '/assets/index-Bx3kP9qZ.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(CHUNK);
  });

  it('lets browsers keep hashed files for a year without asking again', async () => {
    for (const path of ['/assets/index-Bx3kP9qZ.js', '/assets/logo-Qm7Zt2Lw.png']) {
      expect((await get(host, path)).headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
  });

  it('has index.html revalidated every time, compressed too, and answers 304 while it is unchanged', async () => {
    for (const path of ['/', '/index.html', '/some/route']) {
      const response = await get(host, path, { 'accept-encoding': 'br' });
      expect(response.headers['cache-control'], path).toBe('no-cache');
      expect(response.headers['content-encoding'], path).toBe('br');
      expect(decoded(response), path).toBe(INDEX);
    }
    const first = await get(host, '/');
    const again = await get(host, '/', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('does not compress images', async () => {
    const response = await get(host, '/assets/logo-Qm7Zt2Lw.png', { 'accept-encoding': 'br, gzip' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.length).toBe(2048);
  });

  it('answers 404 for a chunk that is gone, instead of index.html a script cannot run', async () => {
    const response = await get(host, '/assets/old-chunk-Zz9Yy8Xx.js');
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toMatch(/Reload the page/);
  });

  it('sends the new file after a rebuild, not the compressed copy of the old one', async () => {
    await get(host, '/', { 'accept-encoding': 'br' });
    const rebuilt = INDEX.replace('Bx3kP9qZ', 'Nw4rT6yU') + '<!-- rebuilt -->';
    await writeFile(join(rendererDir, 'index.html'), rebuilt);
    expect(decoded(await get(host, '/', { 'accept-encoding': 'br' }))).toBe(rebuilt);
  });
});
