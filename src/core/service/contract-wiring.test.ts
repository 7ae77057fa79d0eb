/**
 * Proves no operation is wired by hand: walking the contract, every operation is registered on
 * the IPC wiring, exposed by the preload bridge, and answered by the HTTP host.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel, operationNames } from '../../shared/contract';
import { registerOperations, type IpcRegistrar } from '../../main/ipc-wiring';
import { buildBridge } from '../../preload/bridge';
import { startHttpHost, type HttpHost } from '../../server/http-host';
import type { AppService } from './app-service';
import { openService, tempDir, testClock } from './test-service';

describe('the contract wiring', () => {
  let service: AppService;
  let host: HttpHost;
  let folder: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    folder = await tempDir();
    service = await openService(folder.dir, testClock());
    host = await startHttpHost({ service, rendererDir: folder.dir });
  });
  afterAll(async () => {
    await host.close();
    await service.close();
    await folder.remove();
  });

  it('registers every operation over IPC and passes calls through to the service', async () => {
    const listeners = new Map<string, Parameters<IpcRegistrar['handle']>[1]>();
    registerOperations({ handle: (channel, listener) => listeners.set(channel, listener) }, service, (url) => url === 'file:///app/index.html');
    expect([...listeners.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
    const state = await listeners.get(ipcChannel('getAppState'))!({ senderFrame: { url: 'file:///app/index.html' } }, { input: {}, token: null });
    expect(state).toMatchObject({ ok: true, value: { workspaceExists: false } });
  });

  it('drops IPC calls whose sender is not the app page', async () => {
    const listeners = new Map<string, Parameters<IpcRegistrar['handle']>[1]>();
    registerOperations({ handle: (channel, listener) => listeners.set(channel, listener) }, service, (url) => url === 'file:///app/index.html');
    for (const frame of [{ url: 'https://evil.example/' }, null]) {
      const result = await listeners.get(ipcChannel('getAppState'))!({ senderFrame: frame }, { input: {}, token: null });
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('exposes every operation on the preload bridge, each on its own channel', async () => {
    const seen: string[] = [];
    const bridge = buildBridge(async (channel, payload) => {
      seen.push(channel);
      return payload;
    });
    expect(Object.keys(bridge).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) await expect(bridge[name]({ a: 1 }, 't')).resolves.toEqual({ input: { a: 1 }, token: 't' });
    expect(seen).toEqual(operationNames.map(ipcChannel));
  });

  it('answers every operation over HTTP and refuses unknown ones', async () => {
    for (const name of operationNames) {
      const response = await fetch(`${host.url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      const body = (await response.json()) as { error?: { message: string } };
      expect(body.error?.message ?? '', name).not.toMatch(/no operation called/);
    }
    const unknown = await fetch(`${host.url}/api/dropTables`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unknown.status).toBe(404);
  });
});
