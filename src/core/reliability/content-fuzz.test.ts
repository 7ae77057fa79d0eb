/**
 * The content file loaders under hostile input — the playbook folder parser and the scenario file
 * parser — fed random text and mutated copies of the real starter pack: they must answer with
 * located problems (never throw), within a time bound, including YAML alias bombs and deep
 * nesting. Multi-file transcript imports get the same treatment (single files are fuzzed in
 * src/core/transcripts/import-fuzz.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlaybookFolder } from '../playbook/parse-playbook-folder';
import type { FolderFile } from '../playbook/playbook-folder-format';
import { checkScenarioText } from '../scenarios/scenario-files';
import { STARTER_STANDARD_IDS } from '../scenarios/starter-standard-ids';
import { repoContentDir } from '../service/test-service';
import { TranscriptImportError } from '../transcripts/import-error';
import { importTranscriptFiles } from '../transcripts/import-transcript';
import { fixtureBytes } from '../transcripts/fixture-files';

const MAX_MS = 2000;

function bounded<T>(work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  return result;
}

function packFiles(): FolderFile[] {
  const dir = join(repoContentDir, 'playbook');
  const paths = (readdirSync(dir, { recursive: true }) as string[]).filter((p) => /\.(md|ya?ml)$/.test(p)).sort();
  return paths.map((path) => ({ path: path.split('\\').join('/'), text: readFileSync(join(dir, path), 'utf8') }));
}

const scenarioSamples = readdirSync(join(repoContentDir, 'scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, text: readFileSync(join(repoContentDir, 'scenarios', name), 'utf8') }));

/** A text mutation: cut, splice in hostile pieces, flip characters. */
const HOSTILE = ['\n---\n', ': ', '- ', '*a', '&a [*a, *a]', '{', '[', '"', "'", '\t', '\u0000', '\uFEFF', '!!js/function', '<<: *a', '? ', '|-\n', '#', '\r\n', '𝒳', 'é', '  '];
const mutation = (length: number) =>
  fc.record({
    cut: fc.nat({ max: length }),
    inserts: fc.array(fc.record({ at: fc.nat({ max: length }), piece: fc.constantFrom(...HOSTILE) }), { maxLength: 6 }),
    deletes: fc.array(fc.record({ at: fc.nat({ max: length }), count: fc.integer({ min: 1, max: 40 }) }), { maxLength: 4 }),
  });
function mutate(text: string, m: { cut: number; inserts: { at: number; piece: string }[]; deletes: { at: number; count: number }[] }): string {
  let out = text.slice(0, Math.max(m.cut, 1));
  for (const d of m.deletes) out = out.slice(0, d.at) + out.slice(d.at + d.count);
  for (const i of m.inserts) out = out.slice(0, i.at) + i.piece + out.slice(i.at);
  return out;
}

const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
const DEEP = `${'['.repeat(5000)}${']'.repeat(5000)}`;

function expectLocatedProblems(problems: { file: string; message: string }[]): void {
  for (const problem of problems) {
    expect(typeof problem.file).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message.length).toBeLessThan(2000);
  }
}

describe('the playbook folder parser under hostile input', () => {
  const pack = packFiles();
  const paths = [...pack.map((f) => f.path), 'playbook.yaml', 'chapters/../../etc/passwd.md', 'standards/x.md', 'a/b/c.md', '', 'chapters/', 'C:\\chapters\\x.md'];

  it('answers random file sets with problems, never an exception', () => {
    const file = fc.record({ path: fc.constantFrom(...paths), text: fc.string({ unit: 'grapheme', maxLength: 600 }) });
    fc.assert(fc.property(fc.array(file, { maxLength: 8 }), (files) => expectLocatedProblems(bounded(() => parsePlaybookFolder(files)).problems)), { numRuns: 300 });
  });

  it('answers mutated copies of the starter pack with problems, never an exception', () => {
    const longest = Math.max(...pack.map((f) => f.text.length));
    fc.assert(
      fc.property(fc.nat({ max: pack.length - 1 }), mutation(longest), (index, m) => {
        const files = pack.map((f, i) => (i === index ? { ...f, text: mutate(f.text, m) } : f));
        expectLocatedProblems(bounded(() => parsePlaybookFolder(files)).problems);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a YAML alias bomb and deep nesting in front-matter quickly', () => {
    for (const body of [ALIAS_BOMB, `x: ${DEEP}`]) {
      const files = pack.map((f) => (f.path.startsWith('chapters/') ? { ...f, text: `---\n${body}\n---\nText` } : f));
      const parsed = bounded(() => parsePlaybookFolder(files));
      expect(parsed.problems.length).toBeGreaterThan(0);
    }
    const index = bounded(() => parsePlaybookFolder([{ path: 'playbook.yaml', text: ALIAS_BOMB }]));
    expect(index.problems.length).toBeGreaterThan(0);
  });
});

describe('the scenario file parser under hostile input', () => {
  const check = (text: string, file: string) => bounded(() => checkScenarioText(text, file, STARTER_STANDARD_IDS));

  it('answers random text as YAML and JSON with problems, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), fc.constantFrom('s.yaml', 's.json', 's.yml', 's.txt'), (text, file) => {
        const result = check(text, file);
        if (!result.scenario) expect(result.problems.length).toBeGreaterThan(0);
        expectLocatedProblems(result.problems);
      }),
      { numRuns: 300 },
    );
  });

  it.each(scenarioSamples.slice(0, 4).map((s) => s.name))('answers mutated copies of %s with problems, never an exception', (name) => {
    const sample = scenarioSamples.find((s) => s.name === name)!;
    fc.assert(
      fc.property(mutation(sample.text.length), (m) => {
        const result = check(mutate(sample.text, m), name);
        if (!result.scenario) expect(result.problems.length).toBeGreaterThan(0);
        expectLocatedProblems(result.problems);
      }),
      { numRuns: 80 },
    );
  });

  it('refuses a YAML alias bomb, deep nesting and a huge file quickly', () => {
    for (const [text, file] of [[ALIAS_BOMB, 'bomb.yaml'], [DEEP, 'deep.yaml'], [DEEP, 'deep.json'], [`id: x\ntitle: "${'a'.repeat(2_000_000)}"`, 'huge.yaml']] as const) {
      const result = check(text, file);
      expect(result.scenario, file).toBeNull();
      expect(result.problems.length, file).toBeGreaterThan(0);
    }
  });
});

describe('multi-file transcript imports under hostile input', () => {
  const parts = ['messenger-split-message_1.json', 'messenger-split-message_2.json'].map((name) => ({ name, bytes: fixtureBytes(name) }));

  it('answers mutated split exports with a result or a typed error', () => {
    // The untouched pair imports: the mutations below start from something that works.
    expect(() => importTranscriptFiles(parts.map((p) => ({ fileName: p.name, bytes: p.bytes })), { region: 'MY' })).not.toThrow();
    fc.assert(
      fc.property(fc.nat({ max: 1 }), fc.nat({ max: 20_000 }), fc.array(fc.record({ at: fc.nat({ max: 20_000 }), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }), (which, cut, flips) => {
        const files = parts.map((p, i) => {
          if (i !== which) return { fileName: p.name, bytes: p.bytes };
          const bytes = p.bytes.slice(0, Math.max(1, Math.min(cut, p.bytes.length)));
          for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.value;
          return { fileName: p.name, bytes };
        });
        try {
          bounded(() => importTranscriptFiles(files, { region: 'MY' }));
        } catch (error) {
          if (!(error instanceof TranscriptImportError)) throw error;
        }
      }),
      { numRuns: 120 },
    );
  });
});
