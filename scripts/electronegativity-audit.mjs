#!/usr/bin/env node
/**
 * `npm run test:audit`: runs @doyensec/electronegativity over src/ and fails on any finding that
 * .electronegativity-allowlist.json does not justify. Each allow-list entry names the check, the
 * file, optionally a piece of the flagged code, and the reason it is safe.
 *
 * Options: --input <dir> (default src), --allowlist <file> (default .electronegativity-allowlist.json).
 * The tool runs with TypeScript 4.2 swapped in (see electronegativity-hooks.cjs) and
 * without its online Electron-releases check (no network on CI; Electron is pinned in package.json).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: join(root, 'src') },
    allowlist: { type: 'string', default: join(root, '.electronegativity-allowlist.json') },
  },
});

const tool = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'cxdojo-electronegativity-'));
const sarifFile = join(work, 'findings.sarif');

const run = spawnSync(
  process.execPath,
  ['-r', join(root, 'scripts', 'electronegativity-hooks.cjs'), tool,
    '-i', resolve(values.input), '-r', '-v', 'false', '-e', electronVersion,
    '-x', 'AvailableSecurityFixesGlobalCheck', '-o', sarifFile],
  { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
);

function finish(code, lines) {
  for (const line of lines) console.log(line);
  rmSync(work, { recursive: true, force: true });
  process.exit(code);
}

if (run.status !== 0 || !existsSync(sarifFile)) {
  finish(2, ['electronegativity did not finish:', run.stdout ?? '', run.stderr ?? '', String(run.error ?? '')]);
}

// SARIF rather than CSV: the tool does not escape quotes in its CSV. The flagged line is read
// from the file itself, so allow-list entries can name the code they justify.
const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
const inputDir = resolve(values.input);
const findings = sarif.runs.flatMap((r) => r.results).map((result) => {
  const where = result.locations?.[0]?.physicalLocation;
  const uri = where?.artifactLocation?.uri ?? '';
  const file = uri && uri !== 'file:///' ? uri.replace(/^file:\/\//, '') : 'N/A';
  const line = where?.region?.startLine ?? 0;
  let sample = '';
  if (file !== 'N/A') {
    try {
      sample = readFileSync(join(inputDir, file), 'utf8').split('\n')[line - 1]?.trim() ?? '';
    } catch {
      sample = '';
    }
  }
  return { check: result.ruleId, severity: result.level, file, location: line, sample, description: result.message?.text ?? '' };
});

// Build output that lands under src/ (electron-vite puts the renderer of `--outDir out-x` in
// src/renderer/out-x/) is not source: it is skipped, and said so.
const BUILD_OUTPUT = /(^|\/)out(-[^/]+)?\//;
const skipped = findings.filter((f) => BUILD_OUTPUT.test(f.file));
findings.splice(0, findings.length, ...findings.filter((f) => !BUILD_OUTPUT.test(f.file)));

const allowlist = JSON.parse(readFileSync(values.allowlist, 'utf8'));
const entries = allowlist.findings ?? [];
for (const entry of entries) {
  if (!entry.check || !entry.file || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
    finish(2, [`Allow-list entry ${JSON.stringify(entry)} needs a check, a file and a reason (a sentence, not a word).`]);
  }
}
const justifies = (entry, finding) =>
  entry.check === finding.check && entry.file === finding.file && (!entry.sampleContains || (finding.sample ?? '').includes(entry.sampleContains));

const used = new Set();
const unjustified = [];
for (const finding of findings) {
  const entry = entries.find((e) => justifies(e, finding));
  if (entry) used.add(entry);
  else unjustified.push(finding);
}

const lines = [`electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}over ${values.input}: ${findings.length} finding(s), ${findings.length - unjustified.length} justified in the allow-list.`];
if (skipped.length) lines.push(`  note: ${skipped.length} finding(s) in build output folders skipped (${[...new Set(skipped.map((f) => f.file.split('/').slice(0, 2).join('/')))].join(', ')}).`);
for (const entry of entries.filter((e) => !used.has(e))) lines.push(`  note: allow-list entry ${entry.check} in ${entry.file} no longer matches anything; remove it.`);
for (const f of unjustified) {
  lines.push(`  UNJUSTIFIED ${f.check} (${f.severity}) ${f.file}:${f.location} ${String(f.sample).slice(0, 120)}`);
  lines.push(`    ${f.description}`);
}
if (unjustified.length) lines.push('Fix these, or add an entry with the reason to .electronegativity-allowlist.json.');
finish(unjustified.length ? 1 : 0, lines);
