import { describe, expect, it } from 'vitest';
import { importTranscript } from './import-transcript';
import { fixtureBytes, importErrorOf } from './fixture-files';


describe('Telegram import', () => {
  it('lists every chat of a full export and takes the busiest one unless told', () => {
    const r = importTranscript(fixtureBytes('telegram-full-export.json'), 'result.json', { brandName: 'Nairobi Kicks' });
    expect(r.chats).toEqual([
      { id: '111', name: 'Kamau Otieno', messageCount: 3 },
      { id: '222', name: 'Wanjiru', messageCount: 1 },
      { id: '333', name: 'Saved Messages', messageCount: 0 },
    ]);
    expect(r.title).toBe('Kamau Otieno');
    expect(r.messages[2].text).toBe('Sawa, nitumie kwa 0722 123 456');
  });

  it('imports the chat the user picked', () => {
    const r = importTranscript(fixtureBytes('telegram-full-export.json'), 'result.json', { telegramChatId: '222' });
    expect(r.participants.map((p) => p.name)).toEqual(['Wanjiru']);
  });

  it('says which chats exist when the picked one is not there', () => {
    const error = importErrorOf(() => importTranscript(fixtureBytes('telegram-full-export.json'), 'result.json', { telegramChatId: '999' }));
    expect(error.importCode).toBe('CHAT_NOT_FOUND');
    expect(error.message).toContain('111 (Kamau Otieno)');
  });

  it('writes the UTC offset it derives from date_unixtime', () => {
    const r = importTranscript(fixtureBytes('telegram-full-export.json'), 'result.json', {});
    expect(r.messages[0].at).toBe('2024-02-01T10:00:00+03:00');
  });
});

describe('LINE import', () => {
  it('reads a Thai header and an empty-name system line', () => {
    const r = importTranscript(fixtureBytes('line-thai-header.txt'), 'line.txt', { brandName: 'ร้านเสื้อสวย' });
    expect(r.format).toBe('line');
    expect(r.title).toBe('Chat history with สมชาย ใจดี');
    expect(r.participants.map((p) => [p.name, p.side])).toEqual([['สมชาย ใจดี', 'customer'], ['ร้านเสื้อสวย', 'staff']]);
    expect(r.messages.map((m) => m.kind)).toEqual(['text', 'text', 'system']);
    expect(r.messages[0].at).toBe('2024-05-30T09:12:00');
  });

  it('reads a Japanese header, 午後 times and quoted multi-line texts', () => {
    const r = importTranscript(fixtureBytes('line-japanese-header.txt'), 'line.txt', {});
    expect(r.title).toBe('Chat history with 山田花子');
    expect(r.messages[0]).toMatchObject({ at: '2024-05-31T13:05:00', text: 'こんにちは\nMサイズはありますか' });
    expect(r.messages[1].kind).toBe('media');
  });
});

describe('CSV import', () => {
  it('finds Indonesian column names, joins date and time columns, and keeps quoted newlines and semicolons', () => {
    const r = importTranscript(fixtureBytes('csv-odd-columns.csv'), 'chat.csv', { brandName: 'Toko Rina Fashion' });
    expect(r.format).toBe('csv');
    expect(r.messages.map((m) => m.at)).toEqual(['2024-03-05T14:02:00', '2024-03-05T14:05:00', '2024-03-13T09:00:00']);
    expect(r.messages[0].text).toBe('Kak, ready?\nYang hitam');
    expect(r.messages[1].text).toBe('Ready kak, Rp150.000; ongkir gratis');
  });

  it('uses an explicit column mapping when the header names are unknown', () => {
    const csv = 'a,b,c\n2024-01-01 10:00,Ann,hello\n2024-01-01 10:01,Shop,hi Ann';
    const r = importTranscript(new TextEncoder().encode(csv), 'x.csv', { csvColumns: { timestamp: 'a', sender: 'b', message: 2 } });
    expect(r.messages.map((m) => [m.at, m.text])).toEqual([['2024-01-01T10:00:00', 'hello'], ['2024-01-01T10:01:00', 'hi Ann']]);
  });

  it('asks for a mapping when it cannot tell the columns apart', () => {
    const error = importErrorOf(() => importTranscript(new TextEncoder().encode('a,b,c\n1,2,3'), 'x.csv', {}));
    expect(error.importCode).toBe('MISSING_COLUMNS');
    expect(error.message).toContain('x.csv, line 1');
  });

  it('names the line of a timestamp it cannot read', () => {
    const error = importErrorOf(() => importTranscript(new TextEncoder().encode('time,sender,message\n2024-01-01 10:00,A,x\nyesterday,A,y'), 'x.csv', {}));
    expect(error.place.line).toBe(3);
  });
});
