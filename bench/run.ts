/**
 * `npm run bench [-- --json] [-- --only name,...]`: runs every module in bench-modules.ts and prints
 * a readable table (with each figure's target where its module declares one), or one JSON object of
 * all figures (name -> number, units in the names).
 */
import { BENCH_MODULES } from './bench-modules';

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const onlyIndex = process.argv.indexOf('--only');
  const only = onlyIndex > 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;
  const figures: Record<string, number> = {};
  const rows: { module: string; name: string; value: number; target?: string }[] = [];
  for (const mod of BENCH_MODULES) {
    if (only && !only.has(mod.name)) continue;
    if (!json) process.stderr.write(`running ${mod.name} ...\n`);
    const loaded = await mod.load();
    const result = await loaded.run();
    for (const [name, value] of Object.entries(result)) {
      figures[name] = value;
      rows.push({ module: mod.name, name, value, target: loaded.targets?.[name] });
    }
  }
  if (json) {
    process.stdout.write(JSON.stringify(figures) + '\n');
  } else {
    const width = Math.max(6, ...rows.map((r) => r.name.length));
    process.stdout.write(`${'figure'.padEnd(width)}  ${'value'.padStart(14)}  target\n${'-'.repeat(width)}  ${'-'.repeat(14)}  ${'-'.repeat(8)}\n`);
    for (const r of rows) process.stdout.write(`${r.name.padEnd(width)}  ${formatValue(r.value).padStart(14)}  ${r.target ?? ''}`.trimEnd() + '\n');
  }
  return 0;
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 3 : 1 });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
