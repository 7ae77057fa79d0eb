import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'src', 'core', 'transcripts', 'fixtures');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('cli import', () => {
  it('prints the stable JSON shape with redactions for a valid export', async () => {
    const { code, stdout } = await cli('import', join(FIXTURES, 'whatsapp-ios-en.txt'), '--region', 'NG', '--brand', 'GadgetHub NG', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['format', 'participants', 'messages', 'redactions']);
    expect(json.format).toBe('whatsapp-ios');
    expect(json.participants).toEqual([
      { id: 'p1', name: 'Customer', side: 'customer' },
      { id: 'p2', name: 'GadgetHub NG', side: 'staff' },
    ]);
    expect(json.messages).toHaveLength(20);
    expect(Object.keys(json.messages[0])).toEqual(['id', 'at', 'sender', 'text', 'kind']);
    expect(json.redactions).toContainEqual({ type: 'PHONE', count: 3 });
    expect(stdout).not.toContain('0803 123 4567');
    expect(stdout).not.toContain('Chiamaka');
  });

  it('keeps the original text with --no-redact', async () => {
    const { code, stdout } = await cli('import', join(FIXTURES, 'generic.csv'), '--no-redact', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).redactions).toEqual([]);
    expect(stdout).toContain('farahliyana.r@outlook.com');
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await cli('import', join(FIXTURES, 'line-chat.txt'), '--region', 'TH');
    expect(code).toBe(0);
    expect(stdout).toContain('Format:        line');
    expect(stdout).toContain('Messages:      21');
    expect(stdout).toMatch(/Redactions:\s+PHONE 2/);
  });

  it('warns on stderr, naming the file and line, when bytes are not UTF-8 text, and still imports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cx-cli-'));
    const file = join(dir, 'WhatsApp Chat with Ana.txt');
    const good = readFileSync(join(FIXTURES, 'whatsapp-ios-en.txt'));
    const lines = good.toString('utf8').split('\n');
    writeFileSync(file, Buffer.concat([Buffer.from(lines.slice(0, 3).join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n' + lines.slice(3).join('\n'))]));
    const { code, stdout, stderr } = await cli('import', file, '--json');
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Warning: .*WhatsApp Chat with Ana\.txt.*line 4/m);
    expect(Object.keys(JSON.parse(stdout))).toEqual(['format', 'participants', 'messages', 'redactions']);
  });

  it('exits non-zero with a message naming the file and line for a broken file', async () => {
    const text = readFileSync(join(FIXTURES, 'telegram-result.json'), 'utf8');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'cxdojo-cli-'));
    const broken = join(dir, 'result.json');
    writeFileSync(broken, text.slice(0, 3000));
    const { code, stderr, stdout } = await cli('import', broken, '--json');
    (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Error: result\.json, line \d+: the JSON stops before its end/);
  });

  it('exits with a usage error for an unknown format', async () => {
    const { code, stderr } = await cli('import', join(FIXTURES, 'generic.csv'), '--format', 'fax');
    expect(code).toBe(2);
    expect(stderr).toContain('--format must be one of auto, whatsapp');
  });

  it('writes a long chat as JSON pieces that join into the stable shape', async () => {
    const { importJsonChunks } = await import('./import-command');
    const messages = Array.from({ length: 12_001 }, (_, i) => ({ id: `m${i + 1}`, at: '2024-01-01T10:00:00', sender: i % 2 ? 'p1' : null, text: `line "${i}"\n`, kind: 'text' as const, extra: 'not printed' }));
    const json = { format: 'whatsapp-android' as const, participants: [{ id: 'p1', name: 'Customer', side: 'customer' as const, pseudonym: 'Customer' }], messages, redactions: [{ type: 'PHONE' as const, count: 1 }] };
    const chunks = [...importJsonChunks(json)];
    expect(chunks.length).toBeGreaterThan(3);
    const parsed = JSON.parse(chunks.join('\n'));
    expect(parsed.participants).toEqual([{ id: 'p1', name: 'Customer', side: 'customer' }]);
    expect(parsed.messages).toEqual(messages.map(({ id, at, sender, text, kind }) => ({ id, at, sender, text, kind })));
    expect(parsed.redactions).toEqual(json.redactions);
  });

  it('says so when the file does not exist', async () => {
    const { code, stderr } = await cli('import', 'no-such-file.txt');
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-file.txt: cannot read the file');
  });
});
