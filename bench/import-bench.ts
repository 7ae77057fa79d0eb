/**
 * Import throughput on a generated 200,000-message WhatsApp export: our parse + redaction against
 * whatsapp-chat-parser's parse alone, each in its own process (separate peak RSS), plus the whole
 * `cli import` as a user waits for it.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateWhatsAppExport } from './whatsapp-export-generator';

const MESSAGES = 200_000;
const ROOT = join(import.meta.dirname, '..');
const execFileAsync = promisify(execFile);

interface WorkerResult {
  messages: number;
  seconds: number;
  peakRssMb: number;
  baselineRssMb: number;
}

async function worker(side: 'ours' | 'reference', file: string): Promise<WorkerResult> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'import-worker.ts'), side, file], { cwd: ROOT, maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as WorkerResult;
}

/**
 * Runs both sides alternately (so a busy machine slows both alike), keeping each side's best time
 * and its worst peak memory.
 */
async function measureBoth(file: string, runs: number): Promise<{ ours: WorkerResult; reference: WorkerResult }> {
  const best: Partial<Record<'ours' | 'reference', WorkerResult>> = {};
  const peak = { ours: 0, reference: 0 };
  for (let i = 0; i < runs; i++) {
    for (const side of ['ours', 'reference'] as const) {
      const r = await worker(side, file);
      peak[side] = Math.max(peak[side], r.peakRssMb);
      if (!best[side] || r.seconds < best[side].seconds) best[side] = r;
    }
  }
  return { ours: { ...best.ours!, peakRssMb: peak.ours }, reference: { ...best.reference!, peakRssMb: peak.reference } };
}

function timeCli(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'import', file, '--json', '--region', 'MY'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`cli import exited with ${code}`))));
  });
}

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'cxdojo-bench-'));
  try {
    const file = join(dir, 'WhatsApp Chat with Customers.txt');
    writeFileSync(file, generateWhatsAppExport(MESSAGES));
    const { ours, reference } = await measureBoth(file, 5);
    if (ours.messages !== reference.messages) throw new Error(`message counts differ: ours ${ours.messages}, reference ${reference.messages}`);
    // The same chat with no text repeated: redaction's per-text memo cannot help there.
    const distinctFile = join(dir, 'WhatsApp Chat distinct texts.txt');
    writeFileSync(distinctFile, generateWhatsAppExport(MESSAGES, { distinctTexts: true }));
    const distinct = await measureBoth(distinctFile, 3);
    const cliSeconds = await timeCli(file);
    const rate = (r: WorkerResult) => r.messages / r.seconds;
    const fileMb = statSync(file).size / 1024 / 1024;
    return {
      import_messages: ours.messages,
      import_file_mb: round(fileMb, 2),
      import_msgs_per_s: Math.round(rate(ours)),
      import_ref_msgs_per_s: Math.round(rate(reference)),
      import_ratio: round(rate(ours) / rate(reference), 3),
      import_distinct_msgs_per_s: Math.round(rate(distinct.ours)),
      import_distinct_ref_msgs_per_s: Math.round(rate(distinct.reference)),
      import_distinct_ratio: round(rate(distinct.ours) / rate(distinct.reference), 3),
      import_peak_rss_mb: round(ours.peakRssMb, 1),
      import_ref_peak_rss_mb: round(reference.peakRssMb, 1),
      import_peak_rss_per_file_size: round(ours.peakRssMb / fileMb, 2),
      import_baseline_rss_mb: round(ours.baselineRssMb, 1),
      import_data_rss_per_file_size: round((ours.peakRssMb - ours.baselineRssMb) / fileMb, 2),
      cli_import_s: round(cliSeconds, 3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
