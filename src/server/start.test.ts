/**
 * Two hosts on one data folder, as real processes (`src/server/start.ts`): the second is refused
 * with a message naming the holder, the lock is released on a clean stop, and a lock left by a
 * process that died (stale pid) is taken over.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

interface Started {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the URL once it serves, or with the exit code if it stopped first. */
  outcome: Promise<{ url: string } | { exitCode: number | null }>;
}

function startHost(dataDir: string): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/start.ts'), '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, CXDOJO_RENDERER_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const outcome = new Promise<{ url: string } | { exitCode: number | null }>((done) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) done({ url: match[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (exitCode) => done({ exitCode }));
  });
  return { child, output: () => output, outcome };
}

function stop(started: Started): Promise<void> {
  return new Promise((done) => {
    if (started.child.exitCode !== null || started.child.signalCode !== null) return done();
    started.child.once('exit', () => done());
    started.child.kill('SIGTERM');
  });
}

describe('one host per data folder', () => {
  let folder: { dir: string };
  const running: Started[] = [];
  beforeEach(async () => (folder = { dir: await mkdtemp(join(tmpdir(), 'cxdojo-lock-')) }));
  afterEach(async () => {
    await Promise.all(running.splice(0).map(stop));
    await rm(folder.dir, { recursive: true, force: true });
  });

  it('refuses a second host on the same folder, naming the one holding it, and frees the folder on stop', async () => {
    const first = startHost(folder.dir);
    running.push(first);
    expect(await first.outcome).toHaveProperty('url');
    const lock = JSON.parse(await readFile(join(folder.dir, 'cxdojo.lock'), 'utf8')) as { pid: number; host: string };
    expect(lock.pid).toBe(first.child.pid);

    const second = startHost(folder.dir);
    running.push(second);
    expect(await second.outcome).toEqual({ exitCode: 1 });
    expect(second.output()).toContain(`CX Dojo could not start: The workspace in ${folder.dir} is open in npm run web`);
    expect(second.output()).toContain(`process ${first.child.pid}`);
    expect(second.output()).toContain('npm run web on 127.0.0.1');
    // The refused host did not take the lock away from the first one.
    expect(JSON.parse(await readFile(join(folder.dir, 'cxdojo.lock'), 'utf8')).pid).toBe(first.child.pid);

    await stop(first);
    const third = startHost(folder.dir);
    running.push(third);
    expect(await third.outcome).toHaveProperty('url');
  }, 60_000);

  it('takes over a stale lock left by a process that is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']);
    expect(dead.status).toBe(0);
    await writeFile(join(folder.dir, 'cxdojo.lock'), JSON.stringify({ pid: dead.pid, host: 'a crashed CX Dojo', startedAt: '2026-01-01T00:00:00.000Z' }));
    const host = startHost(folder.dir);
    running.push(host);
    expect(await host.outcome).toHaveProperty('url');
    expect(JSON.parse(await readFile(join(folder.dir, 'cxdojo.lock'), 'utf8')).pid).toBe(host.child.pid);
  }, 60_000);

  it('takes over a lock file that a crash left empty', async () => {
    await writeFile(join(folder.dir, 'cxdojo.lock'), '');
    const crashedAt = new Date(Date.now() - 10_000);
    await utimes(join(folder.dir, 'cxdojo.lock'), crashedAt, crashedAt);
    const host = startHost(folder.dir);
    running.push(host);
    expect(await host.outcome).toHaveProperty('url');
  }, 60_000);
});
