/** workspace.json on real files: repair from backups, migration, failed writes that lose nothing. */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/domain/workspace';
import { ok, openService, tempDir, testClock } from '../service/test-service';
import { listBackups } from './backups';
import type { WorkspaceData } from './workspace-schema';

describe('opening a workspace', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  const clock = testClock();
  beforeEach(async () => (folder = await tempDir()));
  afterEach(async () => folder.remove());

  async function makeWorkspace() {
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai Baju', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    await ok(service, 'addPerson', { name: 'Farid', role: 'employee', pin: '4321' }, leader.token);
    await service.close();
    // A second start makes the "start" backup that holds Farid.
    await (await openService(folder.dir, clock)).close();
  }

  it('removes temp files a full disk or a crash left behind, and nothing else', async () => {
    await makeWorkspace();
    await mkdir(join(folder.dir, 'attempts', 'p1'), { recursive: true });
    const leftovers = ['.workspace.json.tmp', 'attempts/p1/2026-11.jsonl.tmp', 'attempts/p1/.summaries.jsonl.tmp'];
    for (const name of leftovers) await writeFile(join(folder.dir, name), 'x'.repeat(10_000));
    await writeFile(join(folder.dir, 'attempts', 'p1', 'notes.txt'), 'kept');
    const service = await openService(folder.dir, clock);
    expect(service.workspace.data.people.map((p) => p.name)).toEqual(['Aisyah', 'Farid']);
    await service.close();
    const files = (await readdir(folder.dir, { recursive: true })).map(String);
    for (const name of leftovers) expect(files).not.toContain(name.split('/').join(sep));
    expect(files).toContain(join('attempts', 'p1', 'notes.txt'));
  });

  const corruptions: [string, (good: string) => string][] = [
    ['truncated', (good) => good.slice(0, good.length / 2)],
    ['garbage', () => '\u0000\u0001 not json at all \uFFFD'],
    ['valid JSON of the wrong shape', () => JSON.stringify({ schemaVersion: 2, settings: { brandName: 42 }, people: 'nobody' })],
  ];

  for (const [kind, corrupt] of corruptions) {
    it(`moves a ${kind} workspace.json aside, restores the newest backup and says so`, async () => {
      await makeWorkspace();
      const file = join(folder.dir, 'workspace.json');
      const bad = corrupt(await readFile(file, 'utf8'));
      await writeFile(file, bad);

      const service = await openService(folder.dir, clock);
      const state = { ...(await ok<{ workspaceExists: boolean; people: { name: string }[] }>(service, 'getAppState', {})), notices: service.workspace.notices.all() };
      expect(state.workspaceExists).toBe(true);
      expect(state.people.map((p) => p.name)).toEqual(['Aisyah', 'Farid']);
      expect(state.notices).toHaveLength(1);
      expect(state.notices[0].kind).toBe('restored');
      expect(state.notices[0].message).toContain('workspace.json');
      const moved = await readdir(join(folder.dir, 'recovered'));
      expect(moved).toHaveLength(1);
      expect(await readFile(join(folder.dir, 'recovered', moved[0]), 'utf8')).toBe(bad);
      await service.close();
    });
  }

  it('starts empty, saying so and keeping the bad file, when no backup is good', async () => {
    await writeFile(join(folder.dir, 'workspace.json'), '{"schemaVersion": 2, "settings": ');
    const service = await openService(folder.dir, clock);
    const state = { ...(await ok<{ workspaceExists: boolean }>(service, 'getAppState', {})), notices: service.workspace.notices.all() };
    expect(state.workspaceExists).toBe(false);
    expect(state.notices[0].kind).toBe('reset');
    expect(state.notices[0].message).toMatch(/No good backup was found/);
    expect(await readdir(join(folder.dir, 'recovered'))).toHaveLength(1);
  });

  it('refuses a file from a newer version instead of overwriting it', async () => {
    await writeFile(join(folder.dir, 'workspace.json'), JSON.stringify({ schemaVersion: 99 }));
    const service = await openService(folder.dir, clock);
    const state = { notices: service.workspace.notices.all() };
    expect(state.notices[0].message).toMatch(/newer CX Dojo/);
  });

  it('migrates a schema 1 file, backing up the original first', async () => {
    await makeWorkspace();
    const file = join(folder.dir, 'workspace.json');
    const current = JSON.parse(await readFile(file, 'utf8')) as WorkspaceData;
    const { idleMinutes: _idle, demo: _demo, ...oldSettings } = current.settings;
    await writeFile(file, JSON.stringify({ ...current, schemaVersion: 1, settings: oldSettings }));

    const service = await openService(folder.dir, clock);
    const state = { notices: service.workspace.notices.all() };
    expect(state.notices.map((n) => n.kind)).toEqual(['migrated']);
    expect(service.workspace.data.settings.idleMinutes).toBe(15);
    expect((await listBackups(folder.dir)).some((b) => b.reason === 'before-migration')).toBe(true);
    await service.close();
  });

  it('keeps a change in memory when the disk refuses it, and writes it with the next successful save', async () => {
    let failing = false;
    const service = await openService(folder.dir, clock, {
      writerFor: (path) => ({
        async write(data) {
          if (failing) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          await writeFile(path, JSON.stringify(data));
        },
      }),
    });
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    failing = true;
    const refused = await service.call('addPerson', { name: 'Farid', role: 'employee', pin: '4321' }, leader.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/ENOSPC.*kept in memory/);
    expect(JSON.parse(await readFile(join(folder.dir, 'workspace.json'), 'utf8')).people).toHaveLength(1);
    failing = false;
    await ok(service, 'addPerson', { name: 'Hana', role: 'employee', pin: '4321' }, leader.token);
    const onDisk = JSON.parse(await readFile(join(folder.dir, 'workspace.json'), 'utf8')) as WorkspaceData;
    expect(onDisk.people.map((p) => p.name)).toEqual(['Aisyah', 'Farid', 'Hana']);
  });

  it('keeps the last ten backups and restores one on request, backing up the present first', async () => {
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    const before = await ok<{ id: string }>(service, 'backupNow', {}, leader.token);
    await ok(service, 'addPerson', { name: 'Farid', role: 'employee', pin: '4321' }, leader.token);
    const restored = await ok<{ safetyBackup: { reason: string } }>(service, 'restoreBackup', { id: before.id }, leader.token);
    expect(restored.safetyBackup.reason).toBe('before-restore');
    expect(service.workspace.data.people.map((p) => p.name)).toEqual(['Aisyah']);
    for (let i = 0; i < 12; i++) {
      clock.advance(1000);
      await ok(service, 'backupNow', {}, leader.token);
    }
    expect(await listBackups(folder.dir)).toHaveLength(10);
  });

  it('never stores a PIN in clear', async () => {
    await makeWorkspace();
    const text = await readFile(join(folder.dir, 'workspace.json'), 'utf8');
    expect(text).not.toMatch(/"1234"|"4321"/);
    expect(JSON.parse(text).people[0].pin.salt).not.toEqual(JSON.parse(text).people[1].pin.salt);
  });
});
