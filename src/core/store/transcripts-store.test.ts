/** The transcript files: round trip, the library index (rebuilt when missing), repair from backup, trash. */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredTranscript } from '../../shared/domain/transcript';
import type { Notice } from '../../shared/domain/workspace';
import { tempDir } from '../service/test-service';
import { createBackup } from './backups';
import { TranscriptsStore } from './transcripts-store';

function transcript(id: string, title: string, importedAt = '2026-11-20T09:00:00.000Z'): StoredTranscript {
  return {
    schemaVersion: 1,
    id,
    title,
    channel: 'whatsapp',
    format: 'whatsapp-android',
    importedAt,
    participants: [
      { id: 'p1', name: 'Customer', side: 'customer', pseudonym: 'Customer' },
      { id: 'p2', name: 'Butik Seri Ayu', side: 'staff', pseudonym: 'Butik Seri Ayu' },
    ],
    messages: [
      { id: 'm1', at: '2024-03-14T10:02:00', sender: null, text: 'Messages are end-to-end encrypted.', kind: 'system' },
      { id: 'm2', at: '2024-03-14T10:03:00', sender: 'p1', text: 'Hi, call me at [PHONE]', kind: 'text' },
      { id: 'm3', at: '2024-03-14T10:07:00', sender: 'p2', text: 'Hi sis!', kind: 'text' },
    ],
    redactions: [{ type: 'PHONE', count: 1 }],
    tags: [],
    trashedAt: null,
  };
}

describe('the transcripts store', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let notices: Notice[];
  const now = new Date('2026-11-23T10:00:00Z');
  const open = () => new TranscriptsStore({ dir: folder.dir, now: () => now, notify: (n) => notices.push(n) });
  beforeEach(async () => {
    folder = await tempDir();
    notices = [];
  });
  afterEach(async () => folder.remove());

  it('writes one file per transcript and reads it back after a restart, newest import first in the list', async () => {
    const store = open();
    await store.saveAll([transcript('t1', 'Sizing chat', '2026-11-20T09:00:00.000Z'), transcript('t2', 'Refund chat', '2026-11-21T09:00:00.000Z')]);
    await store.flush();
    expect((await readdir(join(folder.dir, 'transcripts'))).sort()).toEqual(['index.json', 't1.json', 't2.json']);
    const onDisk = JSON.parse(await readFile(join(folder.dir, 'transcripts', 't1.json'), 'utf8'));
    expect(onDisk).toEqual(transcript('t1', 'Sizing chat', '2026-11-20T09:00:00.000Z'));

    const again = open();
    expect((await again.list()).map((i) => [i.id, i.title, i.messageCount, i.firstAt, i.lastAt, i.redactionCount])).toEqual([
      ['t2', 'Refund chat', 3, '2024-03-14T10:03:00', '2024-03-14T10:07:00', 1],
      ['t1', 'Sizing chat', 3, '2024-03-14T10:03:00', '2024-03-14T10:07:00', 1],
    ]);
    expect((await again.get('t1'))?.messages[1].text).toBe('Hi, call me at [PHONE]');
    expect(await again.get('nope')).toBeNull();
    expect(await again.get('../workspace')).toBeNull();
  });

  it('lists from the index alone, without reading the transcripts', async () => {
    await open().saveAll([transcript('t1', 'Sizing chat')]);
    // A transcript the index names is not parsed to list it: garbage in its file goes unnoticed until opened.
    await writeFile(join(folder.dir, 'transcripts', 't1.json'), '{ not json');
    const again = open();
    expect((await again.list()).map((i) => i.title)).toEqual(['Sizing chat']);
    expect(notices).toEqual([]);
  });

  it('rebuilds a missing or damaged index from the transcript files', async () => {
    await open().saveAll([transcript('t1', 'Sizing chat'), transcript('t2', 'Refund chat')]);
    await rm(join(folder.dir, 'transcripts', 'index.json'));
    expect((await open().list()).map((i) => i.id).sort()).toEqual(['t1', 't2']);
    expect(JSON.parse(await readFile(join(folder.dir, 'transcripts', 'index.json'), 'utf8')).items).toHaveLength(2);

    await writeFile(join(folder.dir, 'transcripts', 'index.json'), '{"schemaVersion":1,"items":[{"id":');
    expect((await open().list()).map((i) => i.id).sort()).toEqual(['t1', 't2']);
  });

  it('adds a transcript the index missed (a crash between the two writes) and drops lines whose file is gone', async () => {
    await open().saveAll([transcript('t1', 'Sizing chat')]);
    await writeFile(join(folder.dir, 'transcripts', 't9.json'), JSON.stringify(transcript('t9', 'Written before the crash')));
    await open().saveAll([transcript('t2', 'Refund chat')]);
    await rm(join(folder.dir, 'transcripts', 't1.json'));
    expect((await open().list()).map((i) => i.id).sort()).toEqual(['t2', 't9']);
  });

  it('moves a damaged transcript aside and restores it from the newest backup, with a notice', async () => {
    await open().saveAll([transcript('t1', 'Sizing chat')]);
    await createBackup(folder.dir, 'test', new Date('2026-11-22T10:00:00Z'));
    await writeFile(join(folder.dir, 'transcripts', 't1.json'), '{"schemaVersion":1,"id":"t1","title":');
    const store = open();
    expect((await store.get('t1'))?.title).toBe('Sizing chat');
    expect(notices.map((n) => n.kind)).toEqual(['restored']);
    expect(notices[0].message).toMatch(/transcripts\/t1\.json is not valid JSON/);
    expect((await readdir(join(folder.dir, 'recovered'))).some((f) => f.endsWith('transcripts_t1.json'))).toBe(true);
    expect(JSON.parse(await readFile(join(folder.dir, 'transcripts', 't1.json'), 'utf8')).title).toBe('Sizing chat');
  });

  it('drops a damaged transcript with no backup from the list, with a notice, and keeps the bad file aside', async () => {
    await open().saveAll([transcript('t1', 'Sizing chat'), transcript('t2', 'Refund chat')]);
    await writeFile(join(folder.dir, 'transcripts', 't1.json'), JSON.stringify({ ...transcript('t1', 'x'), messages: 'oops' }));
    const store = open();
    expect(await store.get('t1')).toBeNull();
    expect(notices.map((n) => n.kind)).toEqual(['reset']);
    expect((await store.list()).map((i) => i.id)).toEqual(['t2']);
    expect((await readdir(join(folder.dir, 'recovered'))).length).toBe(1);
  });

  it('renames and tags, trashes and restores, and deletes only on "empty trash"', async () => {
    const store = open();
    await store.saveAll([transcript('t1', 'Sizing chat'), transcript('t2', 'Refund chat')]);
    await store.update('t1', (t) => {
      t.title = 'Sizing: sage green kurung';
      t.tags = ['sizing', 'raya'];
    });
    await store.update('t2', (t) => (t.trashedAt = now.toISOString()));
    await store.update('t1', (t) => (t.trashedAt = now.toISOString()));
    await store.update('t1', (t) => (t.trashedAt = null));
    const again = open();
    expect((await again.list()).map((i) => [i.id, i.title, i.tags, i.trashedAt])).toEqual([
      ['t2', 'Refund chat', [], now.toISOString()],
      ['t1', 'Sizing: sage green kurung', ['sizing', 'raya'], null],
    ]);
    expect(await again.emptyTrash()).toBe(1);
    expect((await readdir(join(folder.dir, 'transcripts'))).sort()).toEqual(['index.json', 't1.json']);
    expect((await open().list()).map((i) => i.id)).toEqual(['t1']);
    await expect(again.update('t2', () => undefined)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps only a few transcripts parsed, and reads a dropped one back with its last change', async () => {
    const store = open();
    const many = Array.from({ length: 20 }, (_, i) => transcript(`t${i}`, `Chat ${i}`));
    await store.saveAll(many);
    await store.update('t0', (t) => (t.tags = ['first']));
    for (let i = 1; i < 20; i++) await store.get(`t${i}`);
    expect((await store.get('t0'))?.tags).toEqual(['first']);
  });
});
