import { describe, expect, it } from 'vitest';
import { importTranscript, importTranscriptFiles } from './import-transcript';
import { repairMojibake } from './text-decoding';
import { fixtureBytes, importErrorOf } from './fixture-files';

describe('Messenger and Instagram JSON import', () => {
  it('merges several message_N.json files of one thread in time order and repairs mojibake', () => {
    const files = ['messenger-split-message_1.json', 'messenger-split-message_2.json'].map((f) => ({ bytes: fixtureBytes(f), fileName: f }));
    const r = importTranscriptFiles(files, { brandName: 'Bangkok Beauty' });
    expect(r.format).toBe('messenger');
    expect(r.participants.map((p) => p.name)).toEqual(['Lê Thị Hồng', 'Bangkok Beauty']);
    expect(r.messages.map((m) => m.text)).toEqual([
      'Chào shop, son này còn không ạ? 💄',
      'สวัสดีค่ะ 😊 ยินดีค่ะ',
      'Số điện thoại em: 0903 456 789\nGửi về 12 Nguyễn Trãi, Quận 5',
      'Bangkok Beauty called you.',
      '[Photo]',
    ]);
    expect(r.messages.map((m) => m.kind)).toEqual(['text', 'text', 'text', 'system', 'media']);
    expect(r.messages[0].at).toBe('2024-03-09T16:00:00Z');
  });

  it('does not count a message twice when the same file is given twice', () => {
    const file = { bytes: fixtureBytes('messenger-split-message_1.json'), fileName: 'message_1.json' };
    expect(importTranscriptFiles([file, file], {}).messages).toHaveLength(3);
  });

  it('counts "Liked a message" as a system event on Instagram', () => {
    const r = importTranscript(fixtureBytes('instagram-message_1.json'), 'message_1.json', {});
    expect(r.format).toBe('instagram');
    const liked = r.messages.find((m) => m.text === 'Liked a message')!;
    expect(liked).toMatchObject({ kind: 'system', sender: null });
  });

  it('leaves text that is genuinely latin-1 alone', () => {
    expect(repairMojibake('café crème')).toBe('café crème');
    expect(repairMojibake('Tháº£o')).toBe('Thảo');
  });

  it('names the JSON path of a message without a timestamp', () => {
    const bad = JSON.stringify({ participants: [{ name: 'A' }], messages: [{ sender_name: 'A', timestamp_ms: 1, content: 'x' }, { sender_name: 'A', content: 'y' }] });
    const error = importErrorOf(() => importTranscript(new TextEncoder().encode(bad), 'message_1.json', { format: 'messenger' }));
    expect(error.place.jsonPath).toBe('messages[1].timestamp_ms');
    expect(error.message).toContain('message_1.json, at messages[1].timestamp_ms');
  });

  it('refuses a thread without participants', () => {
    const bad = JSON.stringify({ participants: [], messages: [{ sender_name: 'A', timestamp_ms: 1, content: 'x' }] });
    expect(importErrorOf(() => importTranscript(new TextEncoder().encode(bad), 'message_1.json', {})).importCode).toBe('NO_PARTICIPANTS');
  });
});

