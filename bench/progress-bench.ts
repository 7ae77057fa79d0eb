/**
 * Progress at shop scale and beyond: the demo generator, scaled up, makes a workspace of 200
 * people, 60 scenarios and 50,000 attempts (one long-serving person with 5,000 of their own) in a
 * temp folder; a separate worker process then opens it and measures recording attempts, the team
 * and person reports, and opening the workspace with home-screen data — with its own peak memory.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { hashPin } from '../src/core/auth/pin-hash';
import { BENCH_SCALE, DEMO_PIN, generateDemoShop } from '../src/core/demo';

const ROOT = join(import.meta.dirname, '..');

export async function run(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'cxdojo-progress-bench-'));
  try {
    const started = performance.now();
    const made = await generateDemoShop({ dir, contentDir: join(ROOT, 'content'), now: new Date('2026-11-23T09:00:00Z'), pin: await hashPin(DEMO_PIN), scale: BENCH_SCALE, seed: 42 });
    const generateMs = performance.now() - started;
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'progress-bench-worker.ts'), dir, made.heavyPersonId ?? ''], { cwd: ROOT, maxBuffer: 1024 * 1024 });
    return { progress_generate_50k_s: Math.round(generateMs / 100) / 10, progress_attempts: made.attempts, ...(JSON.parse(stdout) as Record<string, number>) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
