/** The per-person attempt files: month chunks, the summaries cache, and repair of a damaged file. */
import { readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../shared/domain/attempt';
import { summarizeAttempt } from '../../shared/domain/attempt-summary';
import type { Notice } from '../../shared/domain/workspace';
import { tempDir } from '../service/test-service';
import { AttemptsStore, SUMMARIES_FILE } from './attempts-store';
import { createBackup } from './backups';

function attempt(id: string, startedAt: string, score = 0.9): Attempt {
  const totals = { perStandard: [{ standardId: 'human-tone', earned: score * 2, max: 2 }], earned: score * 2, max: 2, score, autoFailed: false, passed: score >= 0.8, lines: [] };
  return {
    id,
    personId: 'p1',
    scenarioId: 'boots-sold-out-instagram',
    scenarioVersion: 1,
    assignmentId: null,
    mode: 'coach',
    status: 'finished',
    startedAt,
    endedAt: startedAt,
    currentStepId: 'end',
    currentPromptShownAt: null,
    steps: [],
    outcome: null,
    score: { steps: [], ...totals },
    reviews: [],
    rescores: [],
  };
}

describe('the attempts store', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let notices: Notice[];
  const open = () =>
    new AttemptsStore({ dir: folder.dir, now: () => new Date('2026-11-23T10:00:00Z'), notify: (n) => notices.push(n), summarize: (a) => summarizeAttempt(a, null) });
  beforeEach(async () => {
    folder = await tempDir();
    notices = [];
  });
  afterEach(async () => folder.remove());

  it('keeps each month of a person in its own file and reads everything back after a restart', async () => {
    const store = open();
    await store.saveAttempt(attempt('a1', '2026-10-02T09:00:00.000Z'));
    await store.saveAttempt(attempt('a2', '2026-11-03T09:00:00.000Z'));
    await store.saveAttempt({ ...attempt('a2', '2026-11-03T09:00:00.000Z'), status: 'abandoned' });
    await store.flush();
    expect((await readdir(join(folder.dir, 'attempts', 'p1'))).sort()).toEqual(['2026-10.jsonl', '2026-11.jsonl', SUMMARIES_FILE]);

    const again = open();
    expect((await again.listAttempts('p1')).map((a) => [a.id, a.status])).toEqual([
      ['a1', 'finished'],
      ['a2', 'abandoned'],
    ]);
    expect((await again.getAttempt('p1', 'a2'))?.status).toBe('abandoned');
    expect((await again.summariesFor('p1')).map((s) => s.id)).toEqual(['a1', 'a2']);
    expect(await again.getAttempt('p1', 'nope')).toBeNull();
  });

  it('rebuilds the summaries from the month files when the cache is missing, and ignores a torn last line', async () => {
    const store = open();
    await store.saveAttempt(attempt('a1', '2026-10-02T09:00:00.000Z', 0.5));
    await store.flush();
    const cache = join(folder.dir, 'attempts', 'p1', SUMMARIES_FILE);
    await appendFile(cache, '{"id":"a9","perso');
    expect((await open().summariesFor('p1')).map((s) => s.id)).toEqual(['a1']);
    await rm(cache);
    const rebuilt = await open().summariesFor('p1');
    expect(rebuilt.map((s) => [s.id, s.score])).toEqual([['a1', 0.5]]);
  });

  it('finds and rebuilds summaries a crash left behind the month file: a record with no summary, a finished attempt summarised as in progress', async () => {
    const store = open();
    await store.saveAttempt({ ...attempt('a1', '2026-11-02T09:00:00.000Z'), status: 'in-progress', endedAt: null });
    await store.saveAttempt(attempt('a2', '2026-10-05T09:00:00.000Z'));
    await store.flush();
    // What a kill between the two appends leaves: the month lines are there, their summaries are not.
    const month = join(folder.dir, 'attempts', 'p1', '2026-11.jsonl');
    await appendFile(month, JSON.stringify(attempt('a1', '2026-11-02T09:00:00.000Z')) + '\n' + JSON.stringify(attempt('a3', '2026-11-09T09:00:00.000Z')) + '\n');
    const again = open();
    const summaries = await again.summariesFor('p1');
    expect(summaries.map((s) => [s.id, s.status])).toEqual([
      ['a2', 'finished'],
      ['a1', 'finished'],
      ['a3', 'finished'],
    ]);
    expect((await again.getAttempt('p1', 'a3'))?.id).toBe('a3');
    // The rebuilt cache is stamped: the next open trusts it without re-reading the month files.
    const cache = await readFile(join(folder.dir, 'attempts', 'p1', SUMMARIES_FILE), 'utf8');
    expect(cache.trimEnd().split('\n').at(-1)).toMatch(/^\{"monthBytes":\{/);
    expect((await open().summariesFor('p1')).map((s) => s.status)).toEqual(['finished', 'finished', 'finished']);
  });

  it('restores a damaged month file from the newest backup and says so', async () => {
    const store = open();
    await store.saveAttempt(attempt('a1', '2026-10-02T09:00:00.000Z'));
    await store.flush();
    await createBackup(folder.dir, 'test', new Date('2026-11-23T09:00:00Z'));
    const file = join(folder.dir, 'attempts', 'p1', '2026-10.jsonl');
    await writeFile(file, (await readFile(file, 'utf8')).slice(0, 40));
    const again = open();
    expect((await again.listAttempts('p1')).map((a) => a.id)).toEqual(['a1']);
    expect(notices.map((n) => n.kind)).toEqual(['restored']);
    expect(notices[0].message).toContain('attempts/p1/2026-10.jsonl');
  });

  it('refuses person ids that could escape the attempts folder', async () => {
    await expect(open().saveAttempt({ ...attempt('a1', '2026-10-02T09:00:00.000Z'), personId: '../evil' })).rejects.toThrow(/not a valid person id/);
  });

  it('stores coaching comments per person', async () => {
    const store = open();
    const comment = { id: 'c1', personId: 'p1', authorId: 'm1', at: '2026-11-23T10:00:00Z', text: 'Offer the alternative first.', attemptId: 'a1', standardId: 'keep-feed-honest', readAt: null };
    await store.saveComment(comment);
    await store.saveComment({ ...comment, readAt: '2026-11-23T11:00:00Z' });
    expect(await open().listComments('p1')).toEqual([{ ...comment, readAt: '2026-11-23T11:00:00Z' }]);
  });
});
