/**
 * Measures one generated progress workspace in a fresh process (so peak RSS is the app's, not the
 * generator's): open + home data, team and person reports (first and warm), and 200 attempt
 * records — half for the person with 5,000 attempts — through the real service and store.
 */
import { join } from 'node:path';
import { createAppService } from '../src/core/service/app-service';
import { isOperationName } from '../src/shared/contract';
import { DEMO_PIN } from '../src/core/demo';
import { playDemoAttempt } from '../src/core/demo/play-demo-attempt';
import { seededRandom } from '../src/core/demo/seeded-random';
import type { SessionInfo } from '../src/shared/domain/workspace';

const [dir, heavyId] = process.argv.slice(2);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);

const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

async function timed<T>(action: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await action();
  return [value, performance.now() - t];
}

async function main() {
  const t0 = performance.now();
  const service = await createAppService({ dataDir: dir, contentDir: join(import.meta.dirname, '..', 'content'), log: () => undefined });
  const openMs = performance.now() - t0;
  const ws = service.workspace;
  const people = ws.data.people;
  const manager = people.find((p) => p.role === 'manager')!;
  const heavy = people.find((p) => p.id === heavyId) ?? people.find((p) => p.role === 'employee')!;
  const signIn = async (id: string) => {
    const r = await service.call('signIn', { personId: id, pin: DEMO_PIN });
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as SessionInfo).token;
  };
  const [managerToken, heavyToken] = [await signIn(manager.id), await signIn(heavy.id)];
  const call = async (op: string, input: unknown, token: string) => {
    const r = await service.call(op, input, token);
    if (!r.ok) throw new Error(`${op}: ${r.error.message}`);
    return r.value;
  };
  // Home screen data: the employee's training home when that operation exists, else their progress.
  const homeOp = isOperationName('trainingHome') ? 'trainingHome' : 'personReport';
  const [, homeMs] = await timed(() => call(homeOp, homeOp === 'trainingHome' ? {} : { personId: heavy.id }, heavyToken));

  const [, teamFirstMs] = await timed(() => call('teamReport', {}, managerToken));
  const teamRuns: number[] = [];
  for (let i = 0; i < 5; i++) teamRuns.push((await timed(() => call('teamReport', {}, managerToken)))[1]);
  const personRuns: number[] = [];
  for (let i = 0; i < 5; i++) personRuns.push((await timed(() => call('personReport', { personId: heavy.id }, managerToken)))[1]);

  const random = seededRandom(99);
  const scenarios = ws.data.scenarios.map((e) => e.versions[e.versions.length - 1]);
  const others = people.filter((p) => p.role === 'employee' && p.id !== heavy.id);
  const records: number[] = [];
  for (let i = 0; i < 200; i++) {
    const person = i % 2 === 0 ? heavy : others[i % others.length];
    const attempt = playDemoAttempt({ id: `bench${i}`, personId: person.id, scenario: random.pick(scenarios), assignmentId: null, mode: 'coach', passMark: 0.8, startedAt: new Date(Date.parse('2026-11-23T08:00:00Z') + i * 1000), skill: 0.6 }, random);
    records.push((await timed(() => ws.attempts.saveAttempt(attempt)))[1]);
  }
  await service.close();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  process.stdout.write(
    JSON.stringify({
      workspace_open_ms: round(openMs + homeMs),
      record_attempt_p50_ms: round(percentile(records, 50)),
      record_attempt_p95_ms: round(percentile(records, 95)),
      team_report_first_ms: round(teamFirstMs),
      team_report_ms: round(percentile(teamRuns, 50)),
      person_report_ms: round(percentile(personRuns, 50)),
      progress_peak_rss_mb: Math.round(peakRss / 1024 / 1024),
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(String(error instanceof Error ? error.stack : error));
  process.exitCode = 1;
});
