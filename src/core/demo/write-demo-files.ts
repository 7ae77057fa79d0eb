/**
 * Writes a generated person's attempts straight into the attempts store's on-disk layout
 * (attempts/<person>/<yyyy-mm>.jsonl, summaries.jsonl, comments.json) — one write per file instead
 * of one save per attempt, so the 50,000-attempt benchmark workspace is made in seconds. The
 * store's own tests and the demo tests read these files back through AttemptsStore.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attempt, CoachingComment } from '../../shared/domain/attempt';
import { summarizeAttempt } from '../../shared/domain/attempt-summary';
import type { Scenario } from '../../shared/domain/scenario';
import { monthFileName, serialiseAttemptLines } from '../store/attempt-month-file';
import { SUMMARIES_FILE } from '../store/attempts-store';

export async function writePersonAttempts(dir: string, personId: string, attempts: Attempt[], comments: CoachingComment[], scenarioOf: (a: Attempt) => Scenario | null): Promise<void> {
  const folder = join(dir, 'attempts', personId);
  await mkdir(folder, { recursive: true });
  const months = new Map<string, Attempt[]>();
  for (const a of attempts) {
    const month = a.startedAt.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(a);
    else months.set(month, [a]);
  }
  for (const [month, list] of months) await writeFile(join(folder, monthFileName(month)), serialiseAttemptLines(list));
  await writeFile(join(folder, SUMMARIES_FILE), attempts.map((a) => JSON.stringify(summarizeAttempt(a, scenarioOf(a)))).join('\n') + (attempts.length ? '\n' : ''));
  if (comments.length) await writeFile(join(folder, 'comments.json'), JSON.stringify({ schemaVersion: 1, personId, comments }));
}
