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
}

async function worker(side: 'ours' | 'reference', file: string): Promise<WorkerResult> {
  const { stdout } = await execFileAsync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'import-worker.ts'), side, file], { cwd: ROOT, maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as WorkerResult;
}

/** Best of a few runs for time; the peak memory of the same runs' worst. */
async function measure(side: 'ours' | 'reference', file: string, runs: number): Promise<WorkerResult> {
  let best: WorkerResult | null = null;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const r = await worker(side, file);
    peak = Math.max(peak, r.peakRssMb);
    if (!best || r.seconds < best.seconds) best = r;
  }
  return { ...best!, peakRssMb: peak };
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
    const ours = await measure('ours', file, 3);
    const reference = await measure('reference', file, 3);
    if (ours.messages !== reference.messages) throw new Error(`message counts differ: ours ${ours.messages}, reference ${reference.messages}`);
    const cliSeconds = await timeCli(file);
    const oursRate = ours.messages / ours.seconds;
    const refRate = reference.messages / reference.seconds;
    const fileMb = statSync(file).size / 1024 / 1024;
    return {
      import_messages: ours.messages,
      import_file_mb: round(fileMb, 2),
      import_msgs_per_s: Math.round(oursRate),
      import_ref_msgs_per_s: Math.round(refRate),
      import_ratio: round(oursRate / refRate, 3),
      import_peak_rss_mb: round(ours.peakRssMb, 1),
      import_ref_peak_rss_mb: round(reference.peakRssMb, 1),
      import_peak_rss_per_file_size: round(ours.peakRssMb / fileMb, 2),
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
