/**
 * Scoring speed, for the editor's live "try a reply" box: every reply of the graded set (real staff
 * replies in six languages, over seventeen free-text steps) scored against its step, first with cold caches
 * (each reply's words seen for the first time), then again, then seven times each (the median per
 * reply: its own cost without the machine's pauses). Reference, in the same run: a plain lower-cased
 * substring search of the same steps' phrases, the cheapest check anyone could write.
 */
import { performance } from 'node:perf_hooks';
import { loadGradedSet } from '../src/core/scoring/eval/load-graded-set';
import { replyContextFor } from '../src/core/scoring/reply-context';
import { scoreFreeTextReply } from '../src/core/scoring/score-free-text-reply';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

export async function run(): Promise<Record<string, number>> {
  const cases = loadGradedSet();
  const timeEach = (fn: (i: number) => void): number[] => {
    const times: number[] = [];
    for (let i = 0; i < cases.length; i++) {
      const t = performance.now();
      fn(i);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const score = (i: number): void => {
    const c = cases[i];
    scoreFreeTextReply(c.reply.reply, c.step, replyContextFor(c.scenario, c.reply.stepId));
  };
  const cold = timeEach(score);
  const warm = timeEach(score);
  // Each reply's own cost, with the machine's pauses (GC, other processes) taken out: the median of 7 runs.
  const typical = cases
    .map((_, i) => {
      const runs: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t = performance.now();
        score(i);
        runs.push(performance.now() - t);
      }
      return runs.sort((a, b) => a - b)[3];
    })
    .sort((a, b) => a - b);
  const reference = timeEach((i) => {
    const c = cases[i];
    const text = c.reply.reply.toLowerCase();
    let hits = 0;
    for (const item of [...c.step.rubric.elements, ...c.step.rubric.mustAvoid]) for (const group of item.phrases) for (const p of group) if (text.includes(p.toLowerCase())) hits++;
    if (hits < 0) throw new Error('unreachable');
  });
  return {
    scoring_replies: cases.length,
    scoring_first_pass_p50_ms: round(percentile(cold, 50)),
    scoring_first_pass_p95_ms: round(percentile(cold, 95)),
    scoring_first_pass_max_ms: round(cold[cold.length - 1]),
    scoring_warm_p50_ms: round(percentile(warm, 50)),
    scoring_warm_p95_ms: round(percentile(warm, 95)),
    scoring_per_reply_median_p50_ms: round(percentile(typical, 50)),
    scoring_per_reply_median_p95_ms: round(percentile(typical, 95)),
    scoring_reference_substring_p95_ms: round(percentile(reference, 95)),
  };
}
