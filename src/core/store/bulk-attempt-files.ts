/**
 * Writes a person's whole attempt history at once in the attempts store's on-disk layout
 * (attempts/<person>/<yyyy-mm>.jsonl, summaries.jsonl with its stamp, comments.json): one write per
 * file instead of one save per attempt, so the demo shop and the 50,000-attempt benchmark
 * workspace are made in seconds. AttemptsStore reads them back like any other.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attempt, CoachingComment } from '../../shared/domain/attempt';
import type { AttemptSummary } from '../../shared/domain/attempt-summary';
import { monthFileName, serialiseAttemptLines } from './attempt-month-file';
import { SUMMARIES_FILE, summariesFileText } from './summaries-file';

export async function writePersonAttempts(dir: string, personId: string, attempts: Attempt[], comments: CoachingComment[], summarize: (a: Attempt) => AttemptSummary): Promise<void> {
  const folder = join(dir, 'attempts', personId);
  await mkdir(folder, { recursive: true });
  const months = new Map<string, Attempt[]>();
  for (const a of attempts) {
    const month = a.startedAt.slice(0, 7);
    const list = months.get(month);
    if (list) list.push(a);
    else months.set(month, [a]);
  }
  const monthBytes = new Map<string, number>();
  for (const [month, list] of months) {
    const text = serialiseAttemptLines(list);
    await writeFile(join(folder, monthFileName(month)), text);
    monthBytes.set(month, Buffer.byteLength(text));
  }
  await writeFile(join(folder, SUMMARIES_FILE), summariesFileText(attempts.map(summarize), monthBytes));
  if (comments.length) await writeFile(join(folder, 'comments.json'), JSON.stringify({ schemaVersion: 1, personId, comments }));
}
