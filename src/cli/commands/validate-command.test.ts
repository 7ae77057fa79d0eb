import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command';
import { validateCommand } from './validate-command';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'src', 'core', 'scenarios', 'fixtures');

async function run(cwd: string, ...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd };
  const code = await validateCommand.run(args, io);
  return { code, out, err };
}

describe('cli validate', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cxdojo-validate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes the shipped content pack (playbook and scenarios) with exit code 0', async () => {
    const { code, out } = await run(ROOT, 'content');
    expect(out).toContain('Checked 11 scenario files in content/scenarios');
    expect(out.at(-1)).toBe('No problems found.');
    expect(code).toBe(0);
  });

  it('passes a folder of valid scenario files, checked against the starter standards', async () => {
    await copyFile(join(FIXTURES, 'valid-scenario.yaml'), join(dir, 'valid-scenario.yaml'));
    const { code, out } = await run(dir, '.');
    expect(out).toEqual(['Checked 1 scenario file in . (standards from the starter standards)', 'No problems found.']);
    expect(code).toBe(0);
  });

  it('prints every problem with file, line and field, and exits 1', async () => {
    for (const name of ['broken-syntax.yaml', 'broken-schema.yaml', 'broken-graph.json']) await copyFile(join(FIXTURES, name), join(dir, name));
    const { code, out, err } = await run(dir, '.');
    expect(code).toBe(1);
    expect(out).toEqual(
      expect.arrayContaining([
        'broken-graph.json:9 standards[1]: Unknown standard "be-awesome". Use one of the playbook\'s standard ids.',
        'broken-graph.json:20 steps.orphan: Step "orphan" cannot be reached from the start.',
        expect.stringMatching(/^broken-schema\.yaml:4 channel: Invalid option/),
        expect.stringMatching(/^broken-syntax\.yaml:\d+ Not valid YAML/),
      ]),
    );
    expect(err).toEqual([`${out.length - 1} problems found.`]);
  });

  it('reports a scenario file named differently from its id, and duplicate ids', async () => {
    await copyFile(join(FIXTURES, 'valid-scenario.yaml'), join(dir, 'valid-scenario.yaml'));
    await copyFile(join(FIXTURES, 'valid-scenario.yaml'), join(dir, 'zz-copy.yaml'));
    const { code, out } = await run(dir, '.');
    expect(code).toBe(1);
    expect(out).toContain('zz-copy.yaml id: The id "valid-scenario" is already used by valid-scenario.yaml; ids must be unique.');
    expect(out).toContain('zz-copy.yaml id: Name the file after the scenario id ("valid-scenario.yaml") so files and scenarios are easy to match.');
  });

  it('checks scenarios against the standards of the playbook beside them', async () => {
    await mkdir(join(dir, 'scenarios'));
    await mkdir(join(dir, 'playbook', 'standards'), { recursive: true });
    await writeFile(join(dir, 'playbook', 'playbook.yaml'), 'format: cxdojo-playbook/1\nstandards:\n  - human-tone\n');
    await copyFile(join(ROOT, 'content', 'playbook', 'standards', 'human-tone.md'), join(dir, 'playbook', 'standards', 'human-tone.md'));
    await copyFile(join(FIXTURES, 'valid-scenario.yaml'), join(dir, 'scenarios', 'valid-scenario.yaml'));
    const { code, out } = await run(dir, 'scenarios');
    expect(code).toBe(1);
    expect(out).toContain('scenarios/valid-scenario.yaml:8 standards[1]: Unknown standard "apologise-own-fix". Use one of the playbook\'s standard ids.');
    expect(out).toContain('Checked 1 scenario file in scenarios (standards from playbook)');
  });

  it('explains usage when no folder is given, and refuses a missing folder', async () => {
    expect((await run(dir)).code).toBe(2);
    const missing = await run(dir, 'nope');
    expect(missing.code).toBe(1);
    expect(missing.out[0]).toMatch(/^nope No such folder/);
  });
});
