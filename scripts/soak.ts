/**
 * `npm run test:soak`: the full crash-safety kill test, 200 rounds of SIGKILL at random moments
 * against a child process saving playbook text, training attempts, comments and transcripts
 * (src/core/reliability/).
 * Options: --rounds <n> (default 200), --seed <n> (replays the same kill moments), --keep (keep the folder).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runKillRounds } from '../src/core/reliability/kill-rounds';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '200' }, seed: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const rounds = Number(values.rounds);
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const dataDir = await mkdtemp(join(tmpdir(), 'cxdojo-soak-'));
console.log(`Crash-safety soak: ${rounds} rounds, seed ${seed}, folder ${dataDir}`);
const started = Date.now();
try {
  const report = await runKillRounds({ dataDir, rounds, seed, log: (line) => console.log(line) });
  console.log(`\nAll ${report.rounds} rounds passed in ${Math.round((Date.now() - started) / 1000)} s.`);
  console.log(`Writes reported done and found after the kill: ${report.chapterWritesConfirmed} playbook saves, ${report.attemptWritesConfirmed} attempt saves, ${report.commentAndTranscriptWritesConfirmed} comment and transcript saves.`);
  console.log(`Killed during start-up: ${report.killedDuringStartup}. Attempts on disk: ${report.attemptsOnDisk}. Slowest reopen: ${report.slowestReopenMs} ms.`);
} catch (error) {
  console.error(`\nFAILED: ${(error as Error).message}\nReplay with: npm run test:soak -- --seed ${seed}`);
  process.exitCode = 1;
} finally {
  if (!values.keep && process.exitCode !== 1) await rm(dataDir, { recursive: true, force: true });
}
