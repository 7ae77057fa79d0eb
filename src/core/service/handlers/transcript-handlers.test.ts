/** The transcript operations through the service: roles, the in-memory import, review, save, library, trash. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/contract/operation';
import type { ImportParseResult, ImportPreview, ImportSaved, ImportStarted, ReviewChanged, ReviewPage } from '../../../shared/contract/transcript-ops';
import type { ScenarioDetail } from '../../../shared/contract/scenario-ops';
import type { StoredTranscript } from '../../../shared/domain/transcript';
import type { TranscriptListItem } from '../../../shared/domain/transcript-list-item';
import type { SessionInfo } from '../../../shared/domain/workspace';
import { fixtureBytes, fixtureText } from '../../transcripts/fixture-files';
import type { AppService } from '../app-service';
import { closeWorkspace, ok, openEveryRoleWorkspace, type EveryRoleWorkspace, type TestClock } from '../test-service';
import { importSessionsOf } from './transcript-import-handlers';

let service: AppService;
let sessions: Record<Role, SessionInfo>;
let folder: EveryRoleWorkspace['folder'];
let clock: TestClock;
const as = (role: Role) => sessions[role].token;

async function fails(operation: string, input: unknown, role: Role = 'leader') {
  const result = await service.call(operation, input, as(role));
  if (result.ok) throw new Error(`${operation} should have failed`);
  return result.error;
}

/** Uploads files the way the renderer does: start, then base64 parts of `chunk` bytes. */
async function upload(files: { fileName: string; bytes: Uint8Array }[], chunk = 1000, role: Role = 'leader'): Promise<string> {
  const started = await ok<ImportStarted>(service, 'startTranscriptImport', { files: files.map((f) => ({ fileName: f.fileName, size: f.bytes.length })) }, as(role));
  for (const [fileIndex, file] of files.entries()) {
    for (let offset = 0; offset < file.bytes.length; offset += chunk) {
      const data = Buffer.from(file.bytes.subarray(offset, offset + chunk)).toString('base64');
      await ok(service, 'sendTranscriptImportChunk', { sessionId: started.sessionId, fileIndex, offset, data }, as(role));
    }
  }
  return started.sessionId;
}

async function preview(sessionId: string, extra: object = {}): Promise<ImportPreview> {
  const parsed = await ok<ImportParseResult>(service, 'parseTranscriptImport', { sessionId, ...extra }, as('leader'));
  if (parsed.status !== 'preview') throw new Error(`expected a preview, got ${JSON.stringify(parsed)}`);
  return parsed.preview;
}

async function everyFileUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const whatsapp = () => [{ fileName: 'WhatsApp Chat with +60 12-345 6789.txt', bytes: fixtureBytes('whatsapp-android-en.txt') }];

beforeEach(async () => ({ folder, clock, service, sessions } = await openEveryRoleWorkspace()));
afterEach(() => closeWorkspace({ folder, service }));

describe('who may import and read transcripts', () => {
  it('refuses managers and employees every transcript operation', async () => {
    for (const role of ['manager', 'employee'] as const) {
      expect((await fails('startTranscriptImport', { files: [{ fileName: 'a.txt', size: 10 }] }, role)).code).toBe('FORBIDDEN');
      expect((await fails('listTranscripts', {}, role)).code).toBe('FORBIDDEN');
      expect((await fails('getTranscript', { id: 'x' }, role)).code).toBe('FORBIDDEN');
    }
  });

  it('keeps an import to the leader who started it', async () => {
    const other = await ok<{ id: string }>(service, 'addPerson', { name: 'Aisyah', role: 'leader', pin: '4321' }, as('leader'));
    const second = await ok<SessionInfo>(service, 'signIn', { personId: other.id, pin: '4321' });
    const sessionId = await upload(whatsapp());
    const refused = await service.call('parseTranscriptImport', { sessionId }, second.token);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('NOT_FOUND');
    expect((await preview(sessionId)).messageCount).toBe(23);
  });
});

describe('importing a WhatsApp chat', () => {
  it('previews the format, participants with guessed sides, conversations and redactions', async () => {
    const p = await preview(await upload(whatsapp()));
    expect(p).toMatchObject({ format: 'whatsapp-android', channel: 'whatsapp', messageCount: 23, gapHours: 6, reviewEdits: 0 });
    expect(p.participants.map((x) => [x.name, x.side, x.pseudonym])).toEqual([
      ['+60 12-345 6789', 'customer', 'Customer'],
      ['Butik Seri Ayu', 'staff', 'Butik Seri Ayu'],
    ]);
    expect(p.title).not.toContain('345 6789');
    expect(p.conversations.map((c) => c.messageCount)).toEqual([18, 1, 4]);
    expect(p.counts.map((c) => c.type)).toEqual(expect.arrayContaining(['PHONE', 'EMAIL', 'ADDRESS', 'NAME']));
  });

  it('writes nothing unredacted to any file in the data folder, and only the reviewed result', async () => {
    const pii = (JSON.parse(fixtureText('expected/whatsapp-android-en.json')) as { piiToRedact: string[] }).piiToRedact;
    const sessionId = await upload(whatsapp());
    await preview(sessionId);
    for (const file of await everyFileUnder(folder.dir)) expect(await readFile(file, 'utf8'), file).not.toContain('Nurul');

    const page = await ok<ReviewPage>(service, 'getTranscriptImportMessages', { sessionId, conversation: 0, offset: 0, limit: 200 }, as('leader'));
    const email = page.messages.flatMap((m) => m.spans).find((s) => s.type === 'EMAIL')!;
    expect(email.original).toBe('nurul.izzati.ahmad88@gmail.com');
    const sizes = page.messages.find((m) => m.text.startsWith('Usually M but'))!;
    const from = sizes.text.indexOf('other shop');
    const changed = await ok<ReviewChanged>(service, 'reviewTranscriptRedactions', { sessionId, undo: [email.id], add: [{ messageId: sizes.id, redactedStart: from, redactedEnd: from + 10 }] }, as('leader'));
    expect(changed.reviewEdits).toBe(2);
    expect(changed.messages.map((m) => m.text)).toEqual(['Usually M but last time I bought M from [OTHER] very tight at the arm', 'Sorry wrong info just now. Can also email the receipt to nurul.izzati.ahmad88@gmail.com']);

    const saved = await ok<ImportSaved>(service, 'saveTranscriptImport', { sessionId, title: 'Sizing and COD', tags: ['sizing'] }, as('leader'));
    expect(saved.transcripts.map((t) => [t.title, t.messageCount])).toEqual([
      ['Sizing and COD · 2024-03-14', 18],
      ['Sizing and COD · 2024-03-15', 1],
      ['Sizing and COD · 2024-03-16', 4],
    ]);
    await ok(service, 'backupNow', {}, as('leader'));
    await service.close();
    const contents = await Promise.all((await everyFileUnder(folder.dir)).map(async (f) => [f, await readFile(f, 'utf8')] as const));
    expect(contents.some(([f]) => f.includes('backups') && f.includes('transcripts'))).toBe(true);
    for (const [file, text] of contents) {
      for (const secret of [...pii.filter((s) => s !== email.original), 'M from other shop']) expect(text, `${secret} in ${file}`).not.toContain(secret);
    }
    const first = contents.find(([f]) => f.endsWith(`${saved.transcripts[0].id}.json`) && !f.includes('backups'))!;
    expect(first[1]).toContain('nurul.izzati.ahmad88@gmail.com'); // the undone redaction, kept on purpose
    expect(first[1]).not.toContain('"original"');
  });

  it('lets the leader confirm sides, which redacts names again and clears review edits', async () => {
    const sessionId = await upload(whatsapp());
    await preview(sessionId);
    const page = await ok<ReviewPage>(service, 'getTranscriptImportMessages', { sessionId, conversation: 0, limit: 200 }, as('leader'));
    await ok(service, 'reviewTranscriptRedactions', { sessionId, undo: [page.messages.flatMap((m) => m.spans)[0].id] }, as('leader'));
    const next = await ok<ImportPreview>(service, 'updateTranscriptImport', { sessionId, sides: [{ participantId: 'p1', side: 'staff' }, { participantId: 'p2', side: 'customer' }] }, as('leader'));
    expect(next.participants.map((p) => [p.side, p.pseudonym])).toEqual([
      ['staff', '+60 12-345 6789'],
      ['customer', 'Customer'],
    ]);
    expect(next.reviewEdits).toBe(0);
  });

  it('splits at another silence length and saves only the conversations kept', async () => {
    const sessionId = await upload(whatsapp());
    await preview(sessionId);
    const split = await ok<ImportPreview>(service, 'updateTranscriptImport', { sessionId, gapHours: 24 }, as('leader'));
    expect(split.conversations.map((c) => c.messageCount)).toEqual([18, 5]);
    const kept = await ok<ImportPreview>(service, 'updateTranscriptImport', { sessionId, keep: [1] }, as('leader'));
    expect(kept.keptMessageCount).toBe(5);
    const saved = await ok<ImportSaved>(service, 'saveTranscriptImport', { sessionId }, as('leader'));
    expect(saved.transcripts).toHaveLength(1);
    expect(saved.transcripts[0]).toMatchObject({ messageCount: 5, firstAt: '2024-03-15T16:48:00', lastAt: '2024-03-16T11:12:00' });
    // Saving closes the import.
    expect((await fails('getTranscriptImportMessages', { sessionId, conversation: 0 })).code).toBe('NOT_FOUND');
  });

  it('merges several message_N.json files of one Messenger thread', async () => {
    const files = ['messenger-split-message_1.json', 'messenger-split-message_2.json'].map((f) => ({ fileName: f.replace('messenger-split-', ''), bytes: fixtureBytes(f) }));
    const p = await preview(await upload(files, 4096));
    expect(p.format).toBe('messenger');
    expect(p.fileNames).toEqual(['message_1.json', 'message_2.json']);
  });
});

describe('bad uploads', () => {
  it('refuses a too-large file before any byte is sent, naming it', async () => {
    const error = await fails('startTranscriptImport', { files: [{ fileName: 'huge-chat.txt', size: 300 * 1024 * 1024 }] });
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/^huge-chat\.txt: the file is 300 MB; the limit is 200 MB/);
  });

  it('gives a typed error naming the file for garbage, and the line or JSON path where it applies', async () => {
    const garbage = await upload([{ fileName: 'holiday.png.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]) }]);
    const png = await fails('parseTranscriptImport', { sessionId: garbage });
    expect(png.code).toBe('BAD_FILE');
    expect(png.message).toMatch(/^holiday\.png\.txt: this is a PNG image/);

    const text = await upload([{ fileName: 'notes.txt', bytes: new TextEncoder().encode('shopping list\nmilk\neggs\n') }]);
    const unknown = await fails('parseTranscriptImport', { sessionId: text });
    expect(unknown).toMatchObject({ code: 'BAD_FILE', issues: [{ path: 'notes.txt:1' }] });
    expect(unknown.message).toMatch(/^notes\.txt, line 1: this is not a chat export/);

    const cut = fixtureText('telegram-result.json').slice(0, 900);
    const truncated = await fails('parseTranscriptImport', { sessionId: await upload([{ fileName: 'result.json', bytes: new TextEncoder().encode(cut) }]) });
    expect(truncated.message).toMatch(/^result\.json(, line \d+|, at \S+)?: /);
    expect(truncated.message).not.toMatch(/internal|stack/i);
  });

  it('refuses a part out of order and bytes beyond the declared size', async () => {
    const { sessionId } = await ok<ImportStarted>(service, 'startTranscriptImport', { files: [{ fileName: 'a.txt', size: 4 }] }, as('leader'));
    expect((await fails('sendTranscriptImportChunk', { sessionId, fileIndex: 0, offset: 2, data: 'YWI=' })).code).toBe('CONFLICT');
    expect((await fails('sendTranscriptImportChunk', { sessionId, fileIndex: 0, offset: 0, data: 'YWJjZGVm' })).code).toBe('INVALID_INPUT');
    expect((await fails('sendTranscriptImportChunk', { sessionId, fileIndex: 0, offset: 0, data: 'not base64!' })).code).toBe('INVALID_INPUT');
  });

  it('asks for a column mapping when a CSV header is not recognised, then reads it', async () => {
    const csv = 'when,who,said\n2024-04-02 21:14:05,Rina Wati,Kak ready?\n2024-04-02 21:15:00,Kasut Kita,Ready kak\n';
    const sessionId = await upload([{ fileName: 'log.csv', bytes: new TextEncoder().encode(csv) }]);
    const first = await ok<ImportParseResult>(service, 'parseTranscriptImport', { sessionId }, as('leader'));
    expect(first).toMatchObject({ status: 'needs-columns', columns: { fileName: 'log.csv', header: ['when', 'who', 'said'] } });
    const mapped = await preview(sessionId, { format: 'csv', csvColumns: { timestamp: 'when', sender: 'who', message: 'said' } });
    expect(mapped.participants.map((p) => [p.name, p.side])).toEqual([
      ['Rina Wati', 'customer'],
      ['Kasut Kita', 'staff'],
    ]);
  });
});

describe('leaving an import', () => {
  it('discards everything uploaded on cancel', async () => {
    const sessionId = await upload(whatsapp());
    expect(importSessionsOf(service.workspace).size).toBe(1);
    expect(await ok(service, 'cancelTranscriptImport', { sessionId }, as('leader'))).toEqual({ discarded: true });
    expect(importSessionsOf(service.workspace).size).toBe(0);
    expect((await fails('parseTranscriptImport', { sessionId })).code).toBe('NOT_FOUND');
    expect(await readdir(folder.dir)).not.toContain('transcripts');
  });

  it('drops an import left alone for more than 30 minutes', async () => {
    const sessionId = await upload(whatsapp());
    clock.advance(10 * 60_000);
    await preview(sessionId);
    clock.advance(31 * 60_000);
    await ok(service, 'signIn', { personId: sessions.leader.person.id, pin: '1234' }).then((s) => (sessions.leader = s as SessionInfo));
    expect((await fails('getTranscriptImportMessages', { sessionId, conversation: 0 })).code).toBe('NOT_FOUND');
  });
});

describe('the library', () => {
  async function imported(): Promise<TranscriptListItem> {
    const sessionId = await upload(whatsapp());
    await preview(sessionId);
    await ok(service, 'updateTranscriptImport', { sessionId, gapHours: 72 }, as('leader'));
    return (await ok<ImportSaved>(service, 'saveTranscriptImport', { sessionId }, as('leader'))).transcripts[0];
  }

  it('lists, reads, renames, tags, trashes, restores and empties the trash', async () => {
    const item = await imported();
    expect(await ok<TranscriptListItem[]>(service, 'listTranscripts', {}, as('leader'))).toEqual([item]);
    const full = await ok<StoredTranscript>(service, 'getTranscript', { id: item.id }, as('leader'));
    expect(full.participants.map((p) => p.name)).toEqual(['Customer', 'Butik Seri Ayu']);
    const renamed = await ok<TranscriptListItem>(service, 'updateTranscript', { id: item.id, title: 'Raya kurung sizing', tags: [' sizing ', 'cod', 'sizing'] }, as('leader'));
    expect(renamed).toMatchObject({ title: 'Raya kurung sizing', tags: ['sizing', 'cod'] });
    expect((await fails('updateTranscript', { id: item.id, title: '  ' })).code).toBe('INVALID_INPUT');
    expect((await ok<TranscriptListItem>(service, 'trashTranscript', { id: item.id }, as('leader'))).trashedAt).toBe(clock.now.toISOString());
    expect((await ok<TranscriptListItem>(service, 'restoreTranscript', { id: item.id }, as('leader'))).trashedAt).toBeNull();
    await ok(service, 'trashTranscript', { id: item.id }, as('leader'));
    expect(await ok(service, 'emptyTranscriptTrash', {}, as('leader'))).toEqual({ deleted: 1 });
    expect(await ok(service, 'listTranscripts', {}, as('leader'))).toEqual([]);
    expect((await fails('getTranscript', { id: item.id })).code).toBe('NOT_FOUND');
  });

  it('gives the scenario editor a saved transcript to turn into a draft', async () => {
    const item = await imported();
    const detail = await ok<ScenarioDetail>(service, 'createScenarioFromTranscript', { transcriptId: item.id }, as('leader'));
    expect(detail.draft).toMatchObject({ channel: 'whatsapp', sourceTranscriptId: item.id });
  });
});
