/**
 * Crash safety, short version: 15 rounds of a child process saving playbook text, training
 * attempts, comments and transcripts, killed with SIGKILL at random moments; after each kill the workspace opens without
 * repair and every write the child reported done is there. `npm run test:soak` runs 200 rounds.
 * Set CXDOJO_SOAK_SEED to replay a failing run's moments.
 */
import { describe, expect, it } from 'vitest';
import { tempDir } from '../service/test-service';
import { runKillRounds } from './kill-rounds';

describe('crash safety', () => {
  it('loses no reported write and needs no repair after 15 SIGKILLs at random moments', async () => {
    const folder = await tempDir();
    const seed = Number(process.env.CXDOJO_SOAK_SEED ?? Date.now() % 1_000_000);
    try {
      const report = await runKillRounds({ dataDir: folder.dir, rounds: 15, seed });
      expect(report.rounds).toBe(15);
      // The kills really landed in the middle of work, not only before or after it.
      expect(report.chapterWritesConfirmed).toBeGreaterThan(15);
      expect(report.attemptWritesConfirmed).toBeGreaterThan(15);
      expect(report.commentAndTranscriptWritesConfirmed).toBeGreaterThan(2);
      expect(report.attemptsOnDisk).toBeGreaterThan(0);
    } finally {
      await folder.remove();
    }
  }, 180_000);
});
