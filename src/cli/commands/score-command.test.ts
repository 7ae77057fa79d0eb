/** `cli score`: one JSON result per reply line, in order, with a stable shape; bad input named by file and line. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-command';
import { scoreCommand } from './score-command';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LATE_COURIER = join(ROOT, 'content', 'scenarios', 'late-courier-delivery.yaml');

async function run(cwd: string, ...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd };
  const code = await scoreCommand.run(args, io);
  return { code, out, err };
}

const lines = (...objects: unknown[]) => objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n') + '\n';

describe('cli score', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cxdojo-score-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints one result per reply, in order, listing every element, must-avoid item and switched-on tone check', async () => {
    const good = "So sorry Ifeoma, that's on us. The tracking shows your parcel stuck at the courier's depot since Saturday. Our own driver collects it tomorrow morning and brings it to you, and we'll refund the express delivery charge. Is your address still the same?";
    await writeFile(join(dir, 'replies.jsonl'), lines({ stepId: 'reply-1', reply: good }, { stepId: 'reply-1', reply: 'NOT OUR FAULT!!! Contact the courier yourself.', customerName: 'Ngozi' }));
    const { code, out, err } = await run(dir, LATE_COURIER, '--replies', 'replies.jsonl', '--json');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const [first, second] = out.map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(first).toEqual({
      stepId: 'reply-1',
      passed: true,
      score: 1,
      elements: ['own-it', 'say-what-happened', 'concrete-fix', 'make-good', 'confirm-address'].map((id) => ({ id, status: 'hit' })),
      mustAvoid: [
        { id: 'blame-courier', found: false },
        { id: 'blame-customer', found: false },
      ],
      tone: [
        { check: 'apology', ok: true, status: 'ok' },
        { check: 'customer-name', ok: true, status: 'ok' },
        { check: 'shouting', ok: true, status: 'ok' },
        { check: 'exclamation-stack', ok: true, status: 'ok' },
      ],
    });
    expect(second.passed).toBe(false);
    expect(second.mustAvoid).toContainEqual({ id: 'blame-courier', found: true });
    expect(second.tone.filter((t: { ok: boolean }) => !t.ok).map((t: { check: string }) => t.check)).toEqual(['apology', 'customer-name', 'shouting', 'exclamation-stack']);
  });

  it('names the file and line of every bad reply line and prints nothing else', async () => {
    await writeFile(join(dir, 'bad.jsonl'), lines({ stepId: 'reply-1', reply: 'fine' }, 'not json', { stepId: 'nope', reply: 'x' }, { stepId: 'choice-1', reply: 'x' }, { reply: 'no step' }));
    const { code, out, err } = await run(dir, LATE_COURIER, '--replies', 'bad.jsonl');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(/^bad\.jsonl:2: not valid JSON/);
    expect(err.slice(1)).toEqual([
      'bad.jsonl:3: the scenario has no step "nope".',
      'bad.jsonl:4: step "choice-1" is a choice step, not a free-text reply.',
      'bad.jsonl:5: field "stepId": Invalid input: expected string, received undefined.',
    ]);
  });

  it('reports a scenario file that does not parse with its line, and exits 1', async () => {
    await writeFile(join(dir, 'broken.yaml'), 'schemaVersion: 1\nid: broken\ntitle: [unclosed\n');
    await writeFile(join(dir, 'replies.jsonl'), lines({ stepId: 'reply-1', reply: 'hi' }));
    const { code, err } = await run(dir, 'broken.yaml', '--replies', 'replies.jsonl');
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^broken\.yaml:\d+: /);
  });

  it('explains its usage when the replies file is missing', async () => {
    const { code, err } = await run(dir, LATE_COURIER);
    expect(code).toBe(2);
    expect(err[0]).toContain('--replies');
  });
});
