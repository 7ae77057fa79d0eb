/**
 * Every operation of the contract, called by a signed-in person allowed to call it with malformed input over the
 * HTTP host and over the IPC wiring: each is refused with a typed error and a short, clear
 * message, the workspace (memory and file) is unchanged, and no prototype is polluted.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerOperations, type IpcRegistrar } from '../../main/ipc-wiring';
import { startHttpHost, type HttpHost } from '../../server/http-host';
import { DEFAULT_BODY_LIMIT_BYTES } from '../../shared/contract/operation';
import { contract, ipcChannel, operationNames, ROLES, type OperationName, type Role } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import type { SessionInfo } from '../../shared/domain/workspace';
import type { AppService } from '../service/app-service';
import { openService, tempDir, testClock, workspaceWithEveryRole } from '../service/test-service';
import { describeInput, malformedInputsFor, POLLUTION_MARK, type MalformedInput } from './malformed-inputs';

const APP_PAGE = 'file:///app/index.html';
const NOT_AN_OBJECT = ['a string instead of an object', 'a number instead of an object', 'true instead of an object', 'an array instead of an object', 'a huge string instead of an object'];

type Caller = (name: OperationName, input: unknown) => Promise<Envelope<unknown>>;

describe('malformed input to every operation', () => {
  let service: AppService;
  let host: HttpHost;
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let sessions: Record<Role, SessionInfo>;
  const ipc = new Map<string, Parameters<IpcRegistrar['handle']>[1]>();

  beforeAll(async () => {
    folder = await tempDir();
    service = await openService(folder.dir, testClock());
    sessions = await workspaceWithEveryRole(service);
    await service.workspace.flush();
    host = await startHttpHost({ service, rendererDir: folder.dir });
    registerOperations({ handle: (channel, listener) => ipc.set(channel, listener) }, service, (url) => url === APP_PAGE);
  });
  afterAll(async () => {
    await host.close();
    await service.close();
    await folder.remove();
  });

  /** Each operation is called by someone allowed to call it (the leader where possible). */
  const tokenFor = (name: OperationName): string => {
    const access = contract[name].access;
    return sessions[access === 'public' ? 'leader' : (ROLES.find((role) => access.includes(role)) ?? 'leader')].token;
  };

  const overHttp: Caller = async (name, input) => {
    const token = tokenFor(name);
    const response = await fetch(`${host.url}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const text = await response.text();
    expect(text.length, `${name}: the answer echoes the input back`).toBeLessThan(20_000);
    const envelope = JSON.parse(text) as Envelope<unknown>;
    // A body over the operation's own limit is refused before it is read: 413, not a validation answer.
    if (!envelope.ok) expect(response.status).toBe(envelope.error.code === 'TOO_LARGE' ? 413 : 400);
    return envelope;
  };

  const overIpc: Caller = async (name, input) =>
    (await ipc.get(ipcChannel(name))!({ senderFrame: { url: APP_PAGE } }, { input: structuredClone(input), token: tokenFor(name) })) as Envelope<unknown>;

  async function snapshot() {
    await service.workspace.flush();
    return { file: await readFile(join(folder.dir, 'workspace.json'), 'utf8'), memory: JSON.stringify(service.workspace.data) };
  }

  for (const [hostName, caller] of [['HTTP host', () => overHttp], ['IPC wiring', () => overIpc]] as const) {
    it(`refuses malformed input to every operation over the ${hostName}, changing nothing`, async () => {
      const before = await snapshot();
      const problems: string[] = [];
      let refusedCalls = 0;
      for (const name of operationNames) {
        const schema = contract[name].input;
        const inputs = malformedInputsFor(schema);
        const refusedBySchema = inputs.filter((input: MalformedInput) => !schema.safeParse(input.value).success);
        for (const label of NOT_AN_OBJECT) {
          if (!refusedBySchema.some((input) => input.label === label)) problems.push(`${name}: the schema accepts ${label}`);
        }
        for (const input of refusedBySchema) {
          const result = await caller()(name, input.value);
          refusedCalls++;
          const where = `${name} with ${describeInput(input.label)}`;
          if (result.ok) problems.push(`${where}: accepted`);
          else if (result.error.code === 'TOO_LARGE' && JSON.stringify(input.value).length > (contract[name].bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES)) continue;
          else if (result.error.code !== 'INVALID_INPUT') problems.push(`${where}: ${result.error.code} ${result.error.message}`);
          else if (!/^Some of what was sent is not right: .{3,}/.test(result.error.message) || result.error.message.length > 400) {
            problems.push(`${where}: unclear message "${result.error.message.slice(0, 100)}"`);
          } else if (!result.error.issues?.length || result.error.issues.some((issue) => !issue.path || issue.message.length > 400)) {
            problems.push(`${where}: issues do not say where`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(refusedCalls).toBeGreaterThan(operationNames.length * 10);
      expect(await snapshot()).toEqual(before);
      expect(({} as Record<string, unknown>)[POLLUTION_MARK]).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain(POLLUTION_MARK);
      expect(service.workspace.data.people).toHaveLength(3);
    }, 180_000);
  }

  it('is still fully usable afterwards', async () => {
    const state = await overHttp('getSession', {});
    expect(state).toMatchObject({ ok: true, value: { person: { role: 'leader' } } });
  });
});
