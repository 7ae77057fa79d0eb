import { describe, expect, it } from 'vitest';
import { importTranscript } from './import-transcript';
import { decideDateOrder, parseWhatsAppText } from './whatsapp-importer';
import { fixtureBytes, fixtureText } from './fixture-files';

describe('WhatsApp .txt import', () => {
  it('reads US month/day/year with 12-hour times and the narrow no-break space before AM/PM', () => {
    const r = importTranscript(fixtureBytes('whatsapp-us-12h.txt'), 'whatsapp-us-12h.txt', { brandName: 'Tote Co' });
    expect(r.format).toBe('whatsapp-android');
    expect(r.messages.map((m) => m.at)).toEqual(['2024-03-09T09:15:00', '2024-03-09T09:15:00', '2024-03-09T12:02:00', '2024-03-14T00:30:00', '2024-03-14T13:05:00']);
    expect(r.messages[0].kind).toBe('system');
    expect(r.messages[3].text).toBe('Great, sending my details:\nJessica Reyes\n1250 Maple Street, Unit 4B');
    expect(r.messages[4].kind).toBe('media');
  });

  it('reads year-month-day dates with seconds', () => {
    const r = importTranscript(fixtureBytes('whatsapp-ymd.txt'), 'whatsapp-ymd.txt', {});
    expect(r.messages.map((m) => m.at)).toEqual(['2024-01-05T08:01:33', '2024-01-05T08:03:10', '2024-01-06T21:40:02']);
    expect(r.participants.map((p) => p.name)).toEqual(['Ahmad Faizal', 'Kedai Amani']);
  });

  it('reads dotted dates with two-digit years and Malay pagi/petang, deciding day/month from the whole file', () => {
    const r = importTranscript(fixtureBytes('whatsapp-dotted-pagi-petang.txt'), 'chat.txt', {});
    expect(r.messages.map((m) => m.at)).toEqual(['2024-01-02T09:05:00', '2024-01-02T09:10:00', '2024-01-05T15:45:00', '2024-02-13T11:20:00']);
    expect(r.messages[2].text).toBe('Nak 2 helai\ntolong pos ke rumah saya');
  });

  it('reads the iOS layout with Vietnamese SA/CH markers and left-to-right marks', () => {
    const r = importTranscript(fixtureBytes('whatsapp-ios-vi-sa-ch.txt'), 'chat.txt', {});
    expect(r.format).toBe('whatsapp-ios');
    expect(r.messages.map((m) => m.at)).toEqual(['2024-03-20T09:05:11', '2024-03-20T09:05:40', '2024-03-20T14:15:00', '2024-03-21T20:00:00']);
    expect(r.messages[1]).toMatchObject({ kind: 'media', text: 'image omitted' });
    expect(r.participants.map((p) => p.name)).toEqual(['Nguyễn Văn Hùng', 'Shop Áo Đẹp']);
  });

  it('settles an ambiguous day/month order by which reading keeps the dates ascending', () => {
    const r = importTranscript(fixtureBytes('whatsapp-ambiguous-order.txt'), 'chat.txt', {});
    expect(r.messages.map((m) => m.at.slice(0, 10))).toEqual(['2024-02-01', '2024-02-11', '2024-03-01']);
  });

  it('falls back to the region when the order cannot be told at all', () => {
    const parts = [1, 2, 24, 10, 0, 0, 0];
    expect(decideDateOrder(parts, false, 'PH')).toBe('mdy');
    expect(decideDateOrder(parts, false, 'MY')).toBe('dmy');
  });

  it('imports the zip WhatsApp makes when exporting with media, ignoring the media', () => {
    const fromZip = importTranscript(fixtureBytes('whatsapp-chat.zip'), 'WhatsApp Chat.zip', {});
    const fromText = importTranscript(fixtureBytes('whatsapp-android-en.txt'), 'x.txt', {});
    expect(fromZip.messages).toEqual(fromText.messages);
    expect(fromZip.format).toBe('whatsapp-android');
  });

  it('accepts Windows line endings and a byte order mark', () => {
    const text = '\ufeff' + fixtureText('whatsapp-android-en.txt').replace(/\n/g, '\r\n');
    const r = importTranscript(new TextEncoder().encode(text), 'chat.txt', {});
    expect(r.messages).toHaveLength(23);
    expect(r.messages.some((m) => m.text.includes('\r'))).toBe(false);
  });

  it('keeps bytes that are not UTF-8 as U+FFFD inside a text, and a line whose date is damaged with the message before it', () => {
    const lines = ['14/03/2024, 10:02 - Ani: ok \u00ff', '[14/03/2024, 10:03:00 \u00fe] Ani: hello', '[14/03/2024, 10:04:00] Ani: bye'];
    // \u00ff and \u00fe stand for the raw bytes 0xFF and 0xFE, which never occur in UTF-8.
    const bytes = Uint8Array.from(Buffer.from(lines.join('\n'), 'latin1'));
    const r = importTranscript(bytes, 'chat.txt', {});
    expect(r.messages.map((m) => m.text)).toEqual(['ok \ufffd\n[14/03/2024, 10:03:00 \ufffd] Ani: hello', 'bye']);
  });

  it('treats localized media placeholders and attachments as media', () => {
    const text = ['14/03/2024, 10:02 - Ani: <Media tidak disertakan>', '14/03/2024, 10:03 - Ani: <attached: 00000012-PHOTO-2024-03-14.jpg>', '14/03/2024, 10:04 - Ani: <3 love it'].join('\n');
    expect(parseWhatsAppText(text, 'chat.txt').columns?.kinds).toEqual(['media', 'media', 'text']);
  });
});
