/** Reviewing an import through the service: bulk hide and show, suggestions to hide or keep, and what is saved. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/contract/operation';
import type { ImportParseResult, ImportPreview, ImportSaved, ImportStarted, ReviewChanged, ReviewMessageView, ReviewPage } from '../../../shared/contract/transcript-ops';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../app-service';
import { closeWorkspace, ok, openEveryRoleWorkspace, type EveryRoleWorkspace, type TestClock } from '../test-service';
import { importSessionsOf } from './transcript-import-handlers';
import type { RedactionSuggestion } from '../../transcripts/redaction/redact-transcript';

let service: AppService;
let sessions: Record<Role, SessionInfo>;
let folder: EveryRoleWorkspace['folder'];
let clock: TestClock;

// Two conversations two days apart; "Griya Asri" (a housing estate, named without any address word) is not found by the detector.
const chat = [
  '05/06/2024, 09:12 - +62 812-9034-5521: Halo kak, gamis navy L masih ada?',
  '05/06/2024, 09:14 - Kasut Kita: Masih kak, 189rb ya. Kirim ke mana?',
  '05/06/2024, 09:21 - +62 812-9034-5521: Ke cluster Griya Asri rumah hijau ya kak, warna Mawar',
  '07/06/2024, 14:05 - +62 812-9034-5521: Kak paketnya belum sampai, kurir bingung cari griya asri',
  '07/06/2024, 14:09 - Kasut Kita: Maaf kak, kami hubungi kurir. Griya Asri rumah hijau ya kak?',
  '07/06/2024, 14:12 - +62 812-9034-5521: Iya kak, Mawar. Warna mawar muda juga boleh',
].join('\n');

async function openImport(): Promise<{ sessionId: string; preview: ImportPreview }> {
  const bytes = Buffer.from(chat);
  const started = await ok<ImportStarted>(service, 'startTranscriptImport', { files: [{ fileName: 'WhatsApp Chat with +62 812-9034-5521.txt', size: bytes.length }] }, sessions.leader.token);
  await ok(service, 'sendTranscriptImportChunk', { sessionId: started.sessionId, fileIndex: 0, offset: 0, data: bytes.toString('base64') }, sessions.leader.token);
  const parsed = await ok<ImportParseResult>(service, 'parseTranscriptImport', { sessionId: started.sessionId }, sessions.leader.token);
  if (parsed.status !== 'preview') throw new Error('expected a preview');
  return { sessionId: started.sessionId, preview: parsed.preview };
}

async function messages(sessionId: string, conversation: number): Promise<ReviewMessageView[]> {
  return (await ok<ReviewPage>(service, 'getTranscriptImportMessages', { sessionId, conversation }, sessions.leader.token)).messages;
}

const review = (input: object) => ok<ReviewChanged>(service, 'reviewTranscriptRedactions', input, sessions.leader.token);

function selection(message: ReviewMessageView, words: string) {
  const at = message.text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in "${message.text}"`);
  return { messageId: message.id, redactedStart: at, redactedEnd: at + words.length };
}

/** Puts chosen suggestions on the open import, so each case controls exactly which words are suggested. */
function suggest(sessionId: string, list: RedactionSuggestion[]): void {
  const pending = importSessionsOf(service.workspace).get(sessionId, sessions.leader.person.id, clock.now.getTime());
  pending.parsed!.outcome = { ...pending.parsed!.outcome, suggestions: list };
}

beforeEach(async () => ({ folder, clock, service, sessions } = await openEveryRoleWorkspace()));
afterEach(() => closeWorkspace({ folder, service }));

describe('bulk review of an import', () => {
  it('hides every occurrence of a selected text in every conversation, and saves none of them', async () => {
    const { sessionId, preview } = await openImport();
    expect(preview.conversations).toHaveLength(2);
    const [first] = await messages(sessionId, 0);
    const address = (await messages(sessionId, 0)).find((m) => m.text.includes('cluster'))!;
    expect(first.text).toContain('gamis navy');
    const changed = await review({ sessionId, add: [{ ...selection(address, 'Griya Asri'), type: 'ADDRESS', scope: 'every' }] });
    expect(changed.hidden).toBe(2);
    const texts = changed.messages.map((m) => m.text);
    expect(texts.some((t) => t.includes('cluster [ADDRESS] rumah hijau'))).toBe(true);
    expect(texts.some((t) => t.includes('[ADDRESS] rumah hijau ya'))).toBe(true);
    // The same text, so not the lower-case mention.
    expect((await messages(sessionId, 1)).some((m) => m.text.includes('griya asri'))).toBe(true);

    const saved = await ok<ImportSaved>(service, 'saveTranscriptImport', { sessionId }, sessions.leader.token);
    for (const t of saved.transcripts) {
      const file = await readFile(join(folder.dir, 'transcripts', `${t.id}.json`), 'utf8');
      expect(file).not.toContain('Griya Asri');
      expect(file).not.toContain('812-9034-5521');
    }
  });

  it('hides a name wherever it appears, in any case, and shows every occurrence again on undo', async () => {
    const { sessionId } = await openImport();
    const address = (await messages(sessionId, 0)).find((m) => m.text.includes('cluster'))!;
    const hidden = await review({ sessionId, add: [{ ...selection(address, 'Griya Asri '), scope: 'name' }] });
    expect(hidden.hidden).toBe(3);
    const later = await messages(sessionId, 1);
    expect(later.map((m) => m.text).join('\n')).not.toMatch(/griya asri/i);
    const span = later.flatMap((m) => m.spans).find((s) => s.original === 'griya asri')!;
    expect(span.type).toBe('NAME');

    const shown = await review({ sessionId, undoEverywhere: [span.id] });
    // Only the spans that hide exactly "griya asri": the capitalised ones stay hidden.
    expect(shown.shown).toBe(1);
    expect((await messages(sessionId, 1)).some((m) => m.text.includes('cari griya asri'))).toBe(true);
    expect((await messages(sessionId, 0)).some((m) => m.text.includes('cluster [NAME]'))).toBe(true);
    expect(shown.reviewEdits).toBe(4);
  });

  it('refuses an unknown scope with a message that names it', async () => {
    const { sessionId } = await openImport();
    const [first] = await messages(sessionId, 0);
    const result = await service.call('reviewTranscriptRedactions', { sessionId, add: [{ ...selection(first, 'navy'), scope: 'everywhere' }] }, sessions.leader.token);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.error.code} ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`).toMatch(/INVALID_INPUT.*how far to hide/s);
  });

  it('lets only a leader review', async () => {
    const { sessionId } = await openImport();
    for (const role of ['manager', 'employee'] as const) {
      const result = await service.call('reviewTranscriptRedactions', { sessionId, undoEverywhere: ['m1-r1'] }, sessions[role].token);
      expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('suggestions in the review', () => {
  it('are shown on their words in the redacted text and counted per conversation', async () => {
    const { sessionId } = await openImport();
    const address = (await messages(sessionId, 0)).find((m) => m.text.includes('cluster'))!;
    const later = (await messages(sessionId, 1)).at(-1)!;
    const original = (text: string, words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length });
    const lastText = 'Iya kak, Mawar. Warna mawar muda juga boleh';
    suggest(sessionId, [
      { id: 's1', messageId: address.id, ...original('Ke cluster Griya Asri rumah hijau ya kak, warna Mawar', 'Mawar'), type: 'NAME', reason: 'Mawar is a colour and a name' },
      { id: 's2', messageId: later.id, ...original(lastText, 'Mawar'), type: 'NAME', reason: 'Mawar is a colour and a name' },
      { id: 's3', messageId: later.id, ...original(lastText, 'mawar'), type: 'NAME', reason: 'Mawar is a colour and a name' },
    ]);
    const preview = await ok<ImportPreview>(service, 'updateTranscriptImport', { sessionId }, sessions.leader.token);
    expect(preview.suggestionCount).toBe(3);
    expect(preview.conversations.map((c) => c.suggestionCount)).toEqual([1, 2]);
    const shown = (await messages(sessionId, 1)).at(-1)!;
    expect(shown.suggestions.map((s) => shown.text.slice(s.redactedStart, s.redactedEnd))).toEqual(['Mawar', 'mawar']);
    expect(shown.suggestions[0].reason).toBe('Mawar is a colour and a name');
  });

  it('hidden as a name cover every mention and disappear; kept ones disappear and stay visible text', async () => {
    const { sessionId } = await openImport();
    const address = (await messages(sessionId, 0)).find((m) => m.text.includes('cluster'))!;
    const last = (await messages(sessionId, 1)).at(-1)!;
    const text = 'Iya kak, Mawar. Warna mawar muda juga boleh';
    suggest(sessionId, [
      { id: 's1', messageId: address.id, start: address.text.indexOf('Mawar'), end: address.text.indexOf('Mawar') + 6, type: 'NAME', reason: 'a colour and a name' },
      { id: 's2', messageId: last.id, start: text.indexOf('muda'), end: text.indexOf('muda') + 4, type: 'NAME', reason: 'a word and a name' },
    ]);
    const [placed] = (await messages(sessionId, 0)).find((m) => m.id === address.id)!.suggestions;
    const hidden = await review({ sessionId, add: [{ messageId: address.id, redactedStart: placed.redactedStart, redactedEnd: placed.redactedEnd, type: placed.type, scope: 'name' }] });
    expect(hidden.suggestionCount).toBe(1);
    expect(hidden.messages.find((m) => m.id === address.id)!.suggestions).toEqual([]);
    const lastNow = hidden.messages.find((m) => m.id === last.id)!;
    expect(lastNow.text).toBe('Iya kak, [NAME]. Warna [NAME] muda juga boleh');
    // The suggestion after the new placeholders still sits on its word.
    expect(lastNow.suggestions.map((s) => lastNow.text.slice(s.redactedStart, s.redactedEnd))).toEqual(['muda']);

    const kept = await review({ sessionId, keepSuggestions: ['s2'] });
    expect(kept.suggestionCount).toBe(0);
    expect(kept.conversations.map((c) => c.suggestionCount)).toEqual([0, 0]);
    expect(kept.messages.map((m) => [m.id, m.suggestions.length])).toEqual([[last.id, 0]]);
    expect(kept.messages[0].text).toContain('muda');
  });
});
