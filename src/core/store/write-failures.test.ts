/**
 * Saves the disk refuses, at the real file layer: a workspace folder that cannot be written
 * (read-only, or — where tests run as root and chmod stops nothing — a refusing writer), and a
 * temp file path that cannot be created (a directory squats on it, which stops root too). Each
 * failure says so clearly (WRITE_FAILED, shown as a notice), keeps the change in memory, leaves
 * the file on disk whole, and the next successful save catches up with no temp file left behind.
 * (open-workspace.test.ts covers the injected ENOSPC case.)
 */
import { chmod, mkdir, readdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../shared/domain/attempt';
import type { SessionInfo } from '../../shared/domain/workspace';
import { ok, openService, tempDir, testClock } from '../service/test-service';
import { readDocument } from './json-document';
import { workspaceDocumentSpec, type WorkspaceData } from './workspace-schema';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function attempt(id: string, personId: string): Attempt {
  return {
    id, personId, scenarioId: 'boots-sold-out-instagram', scenarioVersion: 1, assignmentId: null, mode: 'coach', status: 'finished',
    startedAt: '2026-11-23T09:00:00.000Z', endedAt: '2026-11-23T09:05:00.000Z', currentStepId: 'end', currentPromptShownAt: null,
    steps: [], outcome: null, score: null, reviews: [], rescores: [],
  };
}

describe('saves the disk refuses', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  const clock = testClock();
  beforeEach(async () => (folder = await tempDir()));
  afterEach(async () => {
    await chmod(folder.dir, 0o755).catch(() => undefined);
    await folder.remove();
  });

  const workspaceFile = () => join(folder.dir, 'workspace.json');
  const onDisk = async () => {
    const outcome = await readDocument(workspaceFile(), workspaceDocumentSpec);
    if (outcome.status !== 'ok') throw new Error(`workspace.json does not load: ${outcome.status}`);
    return outcome.data as WorkspaceData;
  };
  const tempFilesIn = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

  it('fails clearly when the temp file cannot be created, keeps the change, and catches up afterwards', async () => {
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    await service.workspace.flush();
    const before = await readFile(workspaceFile(), 'utf8');
    const squatter = join(folder.dir, '.workspace.json.tmp');
    await mkdir(squatter);

    const refused = await service.call('addPerson', { name: 'Farid', role: 'employee', pin: '4321' }, leader.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toMatch(/^Could not save workspace\.json \(EISDIR\)\. Your change is kept in memory/);
    expect(await readFile(workspaceFile(), 'utf8')).toBe(before);
    expect(service.workspace.data.people.map((p) => p.name)).toEqual(['Aisyah', 'Farid']);
    // The app shows it: getAppState carries the notice the banner displays.
    const state = { notices: service.workspace.notices.all() };
    expect(state.notices.map((n) => [n.kind, n.message])).toContainEqual(['write-failed', message]);

    await rmdir(squatter);
    await ok(service, 'addPerson', { name: 'Hana', role: 'employee', pin: '4321' }, leader.token);
    expect((await onDisk()).people.map((p) => p.name)).toEqual(['Aisyah', 'Farid', 'Hana']);
    expect(await tempFilesIn(folder.dir)).toEqual([]);
    await service.close();
  });

  it(`fails clearly in a read-only folder and catches up once it is writable (${isRoot ? 'as root: a writer refusing with EROFS' : 'chmod 555'})`, async () => {
    let readOnly = false;
    const service = await openService(folder.dir, clock, {
      writerFor: isRoot
        ? (path) => ({
            async write(data) {
              if (readOnly) throw Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), { code: 'EROFS' });
              await writeFile(`${path}.tmp`, JSON.stringify(data));
              const { rename } = await import('node:fs/promises');
              await rename(`${path}.tmp`, path);
            },
          })
        : undefined,
    });
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    await service.workspace.flush();
    const before = await readFile(workspaceFile(), 'utf8');
    readOnly = true;
    if (!isRoot) await chmod(folder.dir, 0o555);

    const refused = await service.call('updateSettings', { brandName: 'Kedai Baru' }, leader.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/Could not save workspace\.json \((EROFS|EACCES)\)\. Your change is kept in memory.*folder is writable/);
    expect(service.workspace.data.settings.brandName).toBe('Kedai Baru');
    // Reading still works while the folder refuses writes.
    expect(await ok<{ brandName: string }>(service, 'getSettings', {}, leader.token)).toMatchObject({ brandName: 'Kedai Baru' });
    expect(await readFile(workspaceFile(), 'utf8')).toBe(before);

    readOnly = false;
    if (!isRoot) await chmod(folder.dir, 0o755);
    await ok(service, 'updateSettings', { idleMinutes: 30 }, leader.token);
    const saved = await onDisk();
    expect([saved.settings.brandName, saved.settings.idleMinutes]).toEqual(['Kedai Baru', 30]);
    expect(await tempFilesIn(folder.dir)).toEqual([]);
    await service.close();
  });

  async function attemptSaveFailsThenRecovers() {
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    const personId = leader.person.id;
    const attempts = service.workspace.attempts;
    await attempts.saveAttempt(attempt('a0', personId));
    // A directory where the month file should be makes the append fail (EISDIR), even as root.
    const monthFile = join(folder.dir, 'attempts', personId, '2026-11.jsonl');
    await rename(monthFile, `${monthFile}.away`);
    await mkdir(monthFile);
    await expect(attempts.saveAttempt(attempt('a1', personId))).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    await rmdir(monthFile);
    await rename(`${monthFile}.away`, monthFile);
    await attempts.saveAttempt(attempt('a2', personId));
    await service.close();
    const reopened = await openService(folder.dir, clock);
    return { personId, reopened, store: reopened.workspace.attempts };
  }

  it('keeps a training attempt whose save failed and writes it with the next one', async () => {
    const { personId, reopened, store } = await attemptSaveFailsThenRecovers();
    expect((await store.listAttempts(personId)).map((a) => a.id)).toEqual(['a0', 'a1', 'a2']);
    expect(await tempFilesIn(join(folder.dir, 'attempts', personId))).toEqual([]);
    expect(reopened.workspace.notices.all()).toEqual([]);
    await reopened.close();
  });

  // A failed save keeps its summary in memory and writes it with the next successful save.
  it('lists the recovered attempt in the summaries and opens it by id after a restart', async () => {
    const { personId, reopened, store } = await attemptSaveFailsThenRecovers();
    try {
      expect((await store.summariesFor(personId)).map((s) => s.id).sort()).toEqual(['a0', 'a1', 'a2']);
      expect(await store.getAttempt(personId, 'a1')).not.toBeNull();
    } finally {
      await reopened.close();
    }
  });
});
