/**
 * The kill test's parent: starts crash-child.ts on one workspace folder, kills it with SIGKILL at
 * a random moment (during start-up or in the middle of its writes), then opens the workspace the
 * way the app does and checks that it loads without any repair notice and that every write the
 * child reported as done is there, and that the attempt summaries agree with the attempt records. Used by crash-safety.test.ts (short) and scripts/soak.ts (200 rounds).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { SessionInfo } from '../../shared/domain/workspace';
import { createAppService } from '../service/app-service';
import { CRASH_CHAPTER_MARK } from './crash-child';

const root = resolve(import.meta.dirname, '..', '..', '..');
const contentDir = join(root, 'content');
const child = join(import.meta.dirname, 'crash-child.ts');
const PIN = '2468';

export interface KillRoundsOptions {
  dataDir: string;
  rounds: number;
  /** Deterministic random moments for a given seed. */
  seed?: number;
  log?: (line: string) => void;
}

export interface KillRoundsReport {
  rounds: number;
  killedDuringStartup: number;
  chapterWritesConfirmed: number;
  attemptWritesConfirmed: number;
  commentAndTranscriptWritesConfirmed: number;
  attemptsOnDisk: number;
  slowestReopenMs: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

interface RoundOutput {
  lines: string[];
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

function runAndKill(args: string[], killAfterReady: number | null, killAfterSpawn: number): Promise<RoundOutput> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const kill = () => proc.kill('SIGKILL');
    const timer = killAfterReady === null ? setTimeout(kill, killAfterSpawn) : null;
    // A safety net: a child that never gets ready is killed too (and the round reports it).
    const guard = setTimeout(kill, 30_000);
    proc.stdout!.on('data', (chunk: Buffer) => {
      const before = stdout;
      stdout += chunk.toString('utf8');
      if (killAfterReady !== null && !before.includes('ready\n') && stdout.includes('ready\n')) setTimeout(kill, killAfterReady);
    });
    proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('close', (exitCode, signal) => {
      if (timer) clearTimeout(timer);
      clearTimeout(guard);
      // Only whole lines count: a line cut by the kill was not reported.
      const lines = stdout.split('\n').slice(0, -1);
      done({ lines, stderr, exitCode, signal });
    });
  });
}

export async function runKillRounds(options: KillRoundsOptions): Promise<KillRoundsReport> {
  const log = options.log ?? (() => undefined);
  const next = random(options.seed ?? Date.now());
  const setup = await createAppService({ dataDir: options.dataDir, contentDir, log: () => undefined });
  const created = await setup.call('createWorkspace', { brandName: 'Kedai Crash', region: 'MY', leaderName: 'Aisyah', pin: PIN });
  if (!created.ok) throw new Error(`Could not create the workspace: ${created.error.message}`);
  const personId = (created.value as SessionInfo).person.id;
  await setup.close();

  const report: KillRoundsReport = { rounds: 0, killedDuringStartup: 0, chapterWritesConfirmed: 0, attemptWritesConfirmed: 0, commentAndTranscriptWritesConfirmed: 0, attemptsOnDisk: 0, slowestReopenMs: 0 };
  let highestChapter = 0;
  const attempts = new Map<string, string>();
  const comments = new Set<string>();
  const transcripts = new Set<string>();

  for (let round = 1; round <= options.rounds; round++) {
    // One round in five is killed at a moment counted from the spawn, often before it is ready.
    const duringStartup = next() < 0.2;
    const output = await runAndKill(
      [options.dataDir, contentDir, personId, PIN, String(round)],
      duringStartup ? null : Math.floor(next() * 700),
      Math.floor(200 + next() * 1500),
    );
    if (output.signal !== 'SIGKILL') throw new Error(`Round ${round}: the child stopped by itself (exit ${output.exitCode}):\n${output.stderr}`);
    if (!output.lines.includes('ready')) report.killedDuringStartup++;
    for (const line of output.lines) {
      const [kind, a, b] = line.split(' ');
      if (kind === 'chapter') {
        highestChapter = Math.max(highestChapter, Number(a));
        report.chapterWritesConfirmed++;
      } else if (kind === 'attempt') {
        attempts.set(a, b);
        report.attemptWritesConfirmed++;
      } else if (kind === 'comment' || kind === 'transcript') {
        (kind === 'comment' ? comments : transcripts).add(a);
        report.commentAndTranscriptWritesConfirmed++;
      }
    }

    const started = Date.now();
    const service = await createAppService({ dataDir: options.dataDir, contentDir, log: () => undefined });
    const ws = service.workspace;
    const problems: string[] = [];
    if (!ws.exists) problems.push('the workspace did not load');
    if (ws.notices.all().length) problems.push(`repair notices: ${ws.notices.all().map((n) => `${n.kind}: ${n.message}`).join(' | ')}`);
    const body = ws.exists ? (ws.data.playbook.draft?.chapters[0]?.body ?? '') : '';
    const onDisk = Number(CRASH_CHAPTER_MARK.exec(body)?.[1] ?? 0);
    if (onDisk < highestChapter) problems.push(`chapter write ${highestChapter} was reported done but the draft holds write ${onDisk}`);
    highestChapter = Math.max(highestChapter, onDisk);
    const stored = new Map((await ws.attempts.listAttempts(personId)).map((a) => [a.id, a.status]));
    const summaries = new Map((await ws.attempts.summariesFor(personId)).map((s) => [s.id, s]));
    for (const [id, status] of attempts) {
      const found = stored.get(id);
      if (!found) problems.push(`attempt ${id} was reported saved but is missing`);
      else if (status === 'finished' && found !== 'finished') problems.push(`attempt ${id} was reported finished but is ${found}`);
      if (!summaries.has(id)) problems.push(`attempt ${id} is missing from the summaries`);
      if (!(await ws.attempts.getAttempt(personId, id))) problems.push(`attempt ${id} cannot be opened`);
    }
    // The summaries cache must tell the same story as the month files, attempt by attempt.
    for (const [id, status] of stored) {
      const summary = summaries.get(id);
      if (summary && summary.status !== status) problems.push(`attempt ${id} is ${status} but its summary says ${summary.status}`);
      if (!summary) problems.push(`attempt ${id} is on disk but has no summary`);
    }
    for (const id of summaries.keys()) if (!stored.has(id)) problems.push(`summary ${id} has no attempt record`);
    const storedComments = new Set((await ws.attempts.listComments(personId)).map((c) => c.id));
    for (const id of comments) if (!storedComments.has(id)) problems.push(`comment ${id} was reported saved but is missing`);
    const listed = new Set((await ws.transcripts.list()).map((t) => t.id));
    for (const id of transcripts) {
      if (!listed.has(id)) problems.push(`transcript ${id} was reported saved but is not in the library`);
      if (!(await ws.transcripts.get(id))) problems.push(`transcript ${id} cannot be opened`);
    }
    if (ws.notices.all().length && !problems.some((p) => p.startsWith('repair'))) problems.push(`notices after reading attempts: ${ws.notices.all().map((n) => n.message).join(' | ')}`);
    report.attemptsOnDisk = stored.size;
    await service.close();
    report.slowestReopenMs = Math.max(report.slowestReopenMs, Date.now() - started);
    report.rounds = round;
    const wasReady = output.lines.includes('ready');
    log(`round ${round}: ${output.lines.length - (wasReady ? 1 : 0)} writes reported, ${wasReady ? 'killed mid-write' : 'killed during start-up'}${problems.length ? ` — ${problems.length} problem(s)` : ', all there'}`);
    if (problems.length) throw new Error(`Round ${round} (seed ${options.seed}):\n  ${problems.join('\n  ')}\nChild stderr:\n${output.stderr}`);
  }
  return report;
}
