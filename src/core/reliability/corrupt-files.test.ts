/**
 * Damaged files beside workspace.json — a transcript, an attempts month file and a coaching-comments
 * file — each truncated,
 * filled with garbage, or valid JSON of the wrong shape: the app starts, moves the bad file to
 * recovered/, restores it from the newest good backup (or starts that part empty, saying so) and
 * the notice reaches the start screen. Never a crash, never a silent reset.
 * (workspace.json's own cases are in src/core/store/open-workspace.test.ts.)
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt, CoachingComment } from '../../shared/domain/attempt';
import type { StoredTranscript } from '../../shared/domain/transcript';
import type { SessionInfo } from '../../shared/domain/workspace';
import { ok, openService, tempDir, testClock } from '../service/test-service';
import { crashAttempt } from './crash-child';

const CORRUPTIONS: [string, (good: string) => string][] = [
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['garbage', () => '\u0000\u0001\u0002 PK\u0003\u0004 not json \uFFFD'],
  ['valid JSON of the wrong shape', () => JSON.stringify({ schemaVersion: 1, personId: 7, attempts: 'none', comments: {} })],
];

describe('damaged attempt and comment files', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  const clock = testClock();
  beforeEach(async () => (folder = await tempDir()));
  afterEach(async () => folder.remove());

  /** A workspace with one attempt and one comment, and a backup that holds them. */
  async function seeded(): Promise<{ personId: string; attempt: Attempt; comment: CoachingComment }> {
    const service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
    const personId = leader.person.id;
    const attempt = crashAttempt('a1', personId, '2026-11-02T09:00:00.000Z', 'finished');
    const comment: CoachingComment = { id: 'c1', personId, authorId: personId, at: '2026-11-02T10:00:00.000Z', text: 'Lovely warm opening.', attemptId: 'a1', standardId: null, readAt: null };
    await service.workspace.attempts.saveAttempt(attempt);
    await service.workspace.attempts.saveComment(comment);
    clock.advance(60_000);
    await ok(service, 'backupNow', {}, leader.token);
    await service.close();
    clock.advance(60_000);
    return { personId, attempt, comment };
  }

  const files = (personId: string) => ({
    month: { entry: `attempts/${personId}/2026-11.jsonl`, read: (s: Awaited<ReturnType<typeof openService>>) => s.workspace.attempts.listAttempts(personId) },
    comments: { entry: `attempts/${personId}/comments.json`, read: (s: Awaited<ReturnType<typeof openService>>) => s.workspace.attempts.listComments(personId) },
  });

  for (const which of ['month', 'comments'] as const) {
    for (const [kind, corrupt] of CORRUPTIONS) {
      it(`restores a ${kind} ${which === 'month' ? 'attempts month file' : 'comments file'} from the newest backup and says so`, async () => {
        const { personId } = await seeded();
        const target = files(personId)[which];
        const path = join(folder.dir, target.entry);
        const bad = corrupt(await readFile(path, 'utf8'));
        await writeFile(path, bad);

        const service = await openService(folder.dir, clock);
        const items = await target.read(service);
        expect(items.map((item) => item.id)).toEqual([which === 'month' ? 'a1' : 'c1']);
        const state = { workspaceExists: service.workspace.exists, notices: service.workspace.notices.all() };
        expect(state.workspaceExists).toBe(true);
        expect(state.notices.map((n) => n.kind)).toEqual(['restored']);
        expect(state.notices[0].message).toContain(target.entry);
        expect(state.notices[0].message).toMatch(/moved to .*recovered.* backup from .* was restored/);
        const moved = await readdir(join(folder.dir, 'recovered'));
        expect(moved).toHaveLength(1);
        expect(await readFile(join(folder.dir, 'recovered', moved[0]), 'utf8')).toBe(bad);
        // The restored file is whole again: a second start finds nothing new to repair, and the notice waits for a leader.
        await service.close();
        const again = await openService(folder.dir, clock);
        expect((await target.read(again)).length).toBe(1);
        expect(again.workspace.notices.all().map((n) => [n.kind, n.count])).toEqual([['restored', 1]]);
        await again.close();
      });
    }

    it(`starts the ${which === 'month' ? 'month' : 'comments'} empty, saying so, when no backup holds a good copy`, async () => {
      const { personId } = await seeded();
      const target = files(personId)[which];
      await rm(join(folder.dir, 'backups'), { recursive: true, force: true });
      await writeFile(join(folder.dir, target.entry), '{"schemaVersion": 1, "attem');
      const service = await openService(folder.dir, clock);
      expect(await target.read(service)).toEqual([]);
      const state = { notices: service.workspace.notices.all() };
      expect(state.notices.map((n) => n.kind)).toContain('reset');
      expect(state.notices.find((n) => n.kind === 'reset')!.message).toMatch(/No good backup was found, so this part starts empty/);
      expect(await readdir(join(folder.dir, 'recovered'))).toHaveLength(1);
      await service.close();
    });
  }

  // Restarts without changes make no new backup, so good copies are not rotated out by restarts alone.
  it('still restores a damaged month file after ten restarts that never read it', async () => {
    const { personId } = await seeded();
    const entry = `attempts/${personId}/2026-11.jsonl`;
    await writeFile(join(folder.dir, entry), 'garbage');
    for (let i = 0; i < 10; i++) {
      clock.advance(60_000);
      await (await openService(folder.dir, clock)).close();
    }
    const service = await openService(folder.dir, clock);
    try {
      expect((await service.workspace.attempts.listAttempts(personId)).map((a) => a.id)).toEqual(['a1']);
    } finally {
      await service.close();
    }
  });

  it('rebuilds a summaries cache with garbage in the middle from the month files', async () => {
    const { personId } = await seeded();
    const cache = join(folder.dir, 'attempts', personId, 'summaries.jsonl');
    const lines = (await readFile(cache, 'utf8')).split('\n');
    await writeFile(cache, ['{"id": garbage', ...lines].join('\n'));
    const service = await openService(folder.dir, clock);
    expect((await service.workspace.attempts.summariesFor(personId)).map((s) => s.id)).toEqual(['a1']);
    expect(await service.workspace.attempts.getAttempt(personId, 'a1')).not.toBeNull();
    await service.close();
  });

  describe('a damaged transcript file', () => {
    const stored = (id: string, title: string): StoredTranscript => ({
      schemaVersion: 1,
      id,
      title,
      channel: 'whatsapp',
      format: 'whatsapp-android',
      importedAt: '2026-11-20T09:00:00.000Z',
      participants: [
        { id: 'p1', name: 'Customer', side: 'customer', pseudonym: 'Customer' },
        { id: 'p2', name: 'Butik Seri Ayu', side: 'staff', pseudonym: 'Butik Seri Ayu' },
      ],
      messages: [
        { id: 'm1', at: '2024-03-14T10:03:00', sender: 'p1', text: 'Hi, is the blue one in M?', kind: 'text' },
        { id: 'm2', at: '2024-03-14T10:07:00', sender: 'p2', text: 'Hi sis! Yes, M is in stock.', kind: 'text' },
      ],
      redactions: [],
      tags: [],
      trashedAt: null,
    });

    async function seededTranscripts(withBackup: boolean) {
      const service = await openService(folder.dir, clock);
      const leader = await ok<SessionInfo>(service, 'createWorkspace', { brandName: 'Kedai', region: 'MY', leaderName: 'Aisyah', pin: '1234' });
      await service.workspace.transcripts.saveAll([stored('t1', 'Sizing chat'), stored('t2', 'Refund chat')]);
      clock.advance(60_000);
      if (withBackup) await ok(service, 'backupNow', {}, leader.token);
      else await rm(join(folder.dir, 'backups'), { recursive: true, force: true });
      await service.close();
      clock.advance(60_000);
    }

    for (const [kind, corrupt] of CORRUPTIONS) {
      it(`restores a ${kind} transcript from the newest backup and says so`, async () => {
        await seededTranscripts(true);
        const path = join(folder.dir, 'transcripts', 't1.json');
        const bad = corrupt(await readFile(path, 'utf8'));
        await writeFile(path, bad);

        const service = await openService(folder.dir, clock);
        expect((await service.workspace.transcripts.get('t1'))?.messages.map((m) => m.text)).toEqual(['Hi, is the blue one in M?', 'Hi sis! Yes, M is in stock.']);
        expect((await service.workspace.transcripts.list()).map((i) => i.id).sort()).toEqual(['t1', 't2']);
        const state = { workspaceExists: service.workspace.exists, notices: service.workspace.notices.all() };
        expect(state.workspaceExists).toBe(true);
        expect(state.notices.map((n) => n.kind)).toEqual(['restored']);
        expect(state.notices[0].message).toContain('transcripts/t1.json');
        const moved = await readdir(join(folder.dir, 'recovered'));
        expect(moved).toHaveLength(1);
        expect(await readFile(join(folder.dir, 'recovered', moved[0]), 'utf8')).toBe(bad);
        await service.close();
      });

      it(`drops a ${kind} transcript that no backup holds, saying so, and keeps the others`, async () => {
        await seededTranscripts(false);
        const path = join(folder.dir, 'transcripts', 't1.json');
        await writeFile(path, corrupt(await readFile(path, 'utf8')));
        const service = await openService(folder.dir, clock);
        expect(await service.workspace.transcripts.get('t1')).toBeNull();
        expect((await service.workspace.transcripts.list()).map((i) => i.id)).toEqual(['t2']);
        expect((await service.workspace.transcripts.get('t2'))?.title).toBe('Refund chat');
        const state = { notices: service.workspace.notices.all() };
        expect(state.notices.map((n) => n.kind)).toEqual(['reset']);
        expect(state.notices[0].message).toMatch(/transcripts\/t1\.json.*No good backup was found/);
        expect(await readdir(join(folder.dir, 'recovered'))).toHaveLength(1);
        await service.close();
      });
    }

    it('rebuilds a garbage library index from the transcript files without bothering anyone', async () => {
      await seededTranscripts(false);
      await writeFile(join(folder.dir, 'transcripts', 'index.json'), '\u0000garbage');
      const service = await openService(folder.dir, clock);
      expect((await service.workspace.transcripts.list()).map((i) => i.id).sort()).toEqual(['t1', 't2']);
      // The index is a cache of the transcript files: nothing was lost, so there is nothing to tell.
      expect(service.workspace.notices.all()).toEqual([]);
      await service.close();
    });
  });
});
