import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactTranscript, type RedactableTranscript } from './redact-transcript';
import { DEFAULT_ORDER_PATTERNS } from './pattern-detectors';
import type { TranscriptParticipant } from '../../../shared/domain/transcript';

const PARTICIPANTS: TranscriptParticipant[] = [
  { id: 'p1', name: 'Siti Nurhaliza', side: 'customer', pseudonym: 'Customer' },
  { id: 'p2', name: 'Kedai Amani', side: 'staff', pseudonym: 'Kedai Amani' },
];

function transcriptOf(...texts: string[]): RedactableTranscript {
  return { title: 'Chat', participants: PARTICIPANTS, messages: texts.map((text, i) => ({ id: `m${i + 1}`, at: '2024-01-01T10:00:00', sender: 'p1', text, kind: 'text' as const })) };
}

function redactOne(text: string, region: string, options = {}): string {
  return redactTranscript(transcriptOf(text), { region, ...options }).transcript.messages[0].text;
}

describe('phone numbers in our markets', () => {
  it.each([
    ['MY', 'call me 012-345 6789 ya', 'call me [PHONE] ya'],
    ['MY', 'WA +6017 208 4415', 'WA [PHONE]'],
    ['MY', 'call my husband +60 12-345 6789 if I am at work', 'call my husband [PHONE] if I am at work'],
    ['ID', 'WA +62 812-3456-7890 ya', 'WA [PHONE] ya'],
    ['ID', 'No HP 0812-3456-7890 kak', 'No HP [PHONE] kak'],
    ['ID', 'wa 081234567890', 'wa [PHONE]'],
    ['VN', 'SĐT 0903 456 789 nhé', 'SĐT [PHONE] nhé'],
    ['VN', 'gọi +84 90 123 45 67', 'gọi [PHONE]'],
    ['PH', 'text me 0917 123 4567 po', 'text me [PHONE] po'],
    ['PH', '+63 918 234 5678', '[PHONE]'],
    ['TH', 'โทร 081-234-5678 ค่ะ', 'โทร [PHONE] ค่ะ'],
    ['NG', 'my line 0803 123 4567', 'my line [PHONE]'],
    ['NG', '+234 812 555 0198 abeg', '[PHONE] abeg'],
    ['KE', 'nipigie 0712 345 678', 'nipigie [PHONE]'],
    ['KE', '+254 722 123456', '[PHONE]'],
  ])('in %s finds "%s"', (region, text, expected) => {
    expect(redactOne(text, region)).toBe(expected);
  });

  it('also finds local numbers of a country whose international numbers appear elsewhere in the chat', () => {
    const t = transcriptOf('my work phone +66 81 234 5678', 'home 081-234-5679');
    const texts = redactTranscript(t, { region: 'MY' }).transcript.messages.map((m) => m.text);
    expect(texts).toEqual(['my work phone [PHONE]', 'home [PHONE]']);
  });

  it('leaves prices, sizes and dates alone', () => {
    const text = 'RM159, bust 36 inch, 20,000mAh, on 12/03/2024 at 10:30, Rp250.000';
    expect(redactOne(text, 'MY')).toBe(text);
  });
});

describe('other personal data', () => {
  it('replaces emails', () => {
    expect(redactOne('email: nurul.izzati88@gmail.com, thanks', 'MY')).toBe('email: [EMAIL], thanks');
  });

  it('replaces URLs that carry ids or tokens and keeps plain shop links', () => {
    expect(redactOne('track https://shop.example/track?token=abcdef123456 now', 'MY')).toBe('track [URL] now');
    expect(redactOne('chat me wa.me/60123456789', 'MY')).toBe('chat me [URL]');
    expect(redactOne('profile https://www.facebook.com/siti.nurhaliza.77', 'MY')).toBe('profile [URL]');
    expect(redactOne('see https://www.instagram.com/p/C4kQ7mXvR2s/ and https://kedai.my/sale', 'MY')).toBe('see https://www.instagram.com/p/C4kQ7mXvR2s/ and https://kedai.my/sale');
  });

  it('replaces Luhn-valid card numbers only', () => {
    expect(redactOne('card 4111 1111 1111 1111 exp 09/27', 'PH')).toBe('card [CARD] exp 09/27');
    expect(redactOne('ref 4111 1111 1111 1112', 'PH')).not.toContain('[CARD]');
  });

  it.each([
    ['PH', 'GCash 0917 123 4567 po', 'GCash [ACCOUNT] po'],
    ['ID', 'OVO: 0812 3456 7890', 'OVO: [ACCOUNT]'],
    ['ID', 'transfer ke DANA 1234567890', 'transfer ke DANA [ACCOUNT]'],
    ['ID', 'GoPay 123456789012', 'GoPay [ACCOUNT]'],
    ['VN', 'Momo 1234 5678 9', 'Momo [ACCOUNT]'],
    ['MY', 'acc no 1640 2233 8871', 'acc no [ACCOUNT]'],
    ['NG', 'GTBank\n0427719853', 'GTBank\n[ACCOUNT]'],
  ])('in %s replaces the labelled account in "%s"', (region, text, expected) => {
    expect(redactOne(text, region)).toBe(expected);
  });

  it.each([
    ['MY', 'No. 12, Jalan SS 2/24,\n47300 Petaling Jaya, Selangor', '[ADDRESS]'],
    ['ID', 'Alamat: Jl. Kemang Raya No. 45, RT 003/RW 002, Jakarta Selatan 12730', 'Alamat: [ADDRESS]'],
    ['VN', 'Địa chỉ: Số 18 ngõ 42 Trần Duy Hưng, Cầu Giấy, Hà Nội. Cảm ơn', 'Địa chỉ: [ADDRESS]. Cảm ơn'],
    ['PH', 'Blk 7 Lot 15 Mabuhay St., Brgy. San Dionisio, Parañaque City 1700', '[ADDRESS]'],
    ['TH', '99/123 Moo 5, Soi Sukhumvit 77, Suan Luang, Bangkok 10250', '[ADDRESS]'],
    ['NG', 'Flat 3, 27 Adeola Odeku Street, Victoria Island, Lagos', '[ADDRESS]'],
    ['KE', 'House 14, Ngong Road, Kilimani\nNairobi 00100', '[ADDRESS]'],
    ['MY', 'Hantar ke 12 Jalan Mawar, Taman Melati ya', 'Hantar ke [ADDRESS] ya'],
    ['MY', 'SEND TO 12 JALAN MAWAR 3, TAMAN MELATI', 'SEND TO [ADDRESS]'],
    ['VN', 'Gửi về 25 Đường Lê Lợi, Quận 1', 'Gửi về [ADDRESS]'],
    ['VN', 'Nhà 7 hẻm 12\n700000 Hồ Chí Minh', '[ADDRESS]'],
  ])('in %s replaces the street address in "%s"', (region, text, expected) => {
    expect(redactOne(text, region)).toBe(expected);
  });

  it('does not take sizes and lots of words for addresses', () => {
    const text = 'M - bust 38", waist 32"\nI bought a lot of 5 last week\nOrder no: 55';
    expect(redactOne(text, 'MY')).toBe(text);
  });

  it('keeps order numbers unless patterns are given', () => {
    expect(redactOne('Order #SHP-10293 shipped', 'MY')).toBe('Order #SHP-10293 shipped');
    expect(redactOne('Order #SHP-10293 shipped, tracking no: 630098775412', 'MY', { orderPatterns: DEFAULT_ORDER_PATTERNS })).toBe('Order [ORDER] shipped, tracking no: [ORDER]');
  });
});

describe('names', () => {
  it('replaces the customer name, its parts and nickname with the pseudonym placeholder', () => {
    const out = redactTranscript(transcriptOf('Hi Siti! SITI NURHALIZA confirmed, thanks Nur', 'nama: Siti Nurhaliza'), { region: 'MY' });
    expect(out.transcript.messages.map((m) => m.text)).toEqual(['Hi [NAME:Customer]! [NAME:Customer] confirmed, thanks [NAME:Customer]', 'nama: [NAME:Customer]']);
    expect(out.transcript.participants[0].name).toBe('Customer');
    expect(out.transcript.participants[1].name).toBe('Kedai Amani');
  });

  it('learns names of other people from the chat and redacts them everywhere', () => {
    const out = redactTranscript(transcriptOf('Call my husband Hafiz +60 17-208 4415', 'Rider called Hafiz already', 'Receiver: Ahmad Faizal bin Ismail'), { region: 'MY' });
    expect(out.transcript.messages.map((m) => m.text)).toEqual(['Call my husband [NAME] [PHONE]', 'Rider called [NAME] already', 'Receiver: [NAME]']);
  });

  it('does not redact lower-case words that equal a name part', () => {
    const vn: RedactableTranscript = { title: 't', participants: [{ id: 'p1', name: 'Trần Thị Mai', side: 'customer', pseudonym: 'Customer' }], messages: [{ id: 'm1', at: '2024-01-01T10:00:00', sender: 'p1', text: 'Chị Mai ơi, chiều mai giao nhé. TRAN THI MAI', kind: 'text' }] };
    expect(redactTranscript(vn, { region: 'VN' }).transcript.messages[0].text).toBe('Chị [NAME:Customer] ơi, chiều mai giao nhé. [NAME:Customer]');
  });
});

describe('long chats', () => {
  it('redact the same whether their texts repeat (analysed once each) or never do', () => {
    const lines = ['Call my husband Hafiz +60 17-208 4415', 'ok noted', 'Siti here, send to No. 12, Jalan SS 2/24', 'Rider called Hafiz already', 'thank you', 'price RM159'];
    const expected = ['Call my husband [NAME] [PHONE]', 'ok noted', '[NAME:Customer] here, send to [ADDRESS]', 'Rider called [NAME] already', 'thank you', 'price RM159'];
    const word = (i: number) => i.toString(26).replace(/\d/g, (d) => 'klmnopqrst'[Number(d)]); // letters only: adds nothing to find
    const count = 12_000; // well past the point where a chat without repeats stops being memoised
    const repeating = redactTranscript(transcriptOf(...Array.from({ length: count }, (_, i) => lines[i % lines.length])), { region: 'MY' });
    const distinct = redactTranscript(transcriptOf(...Array.from({ length: count }, (_, i) => `${lines[i % lines.length]} zq${word(i)}`)), { region: 'MY' });
    for (const i of [0, 2, 3, 5, 9_000, 9_001, 9_002, 9_003, 11_998, 11_999]) {
      expect(repeating.transcript.messages[i].text).toBe(expected[i % lines.length]);
      expect(distinct.transcript.messages[i].text.startsWith(expected[i % lines.length])).toBe(true);
    }
    expect(distinct.counts).toEqual(repeating.counts);
  });
});

describe('spans', () => {
  it('point at the original and the redacted text', () => {
    const out = redactTranscript(transcriptOf('Siti here, 012-345 6789'), { region: 'MY' });
    for (const s of out.spans) {
      expect(out.transcript.messages[0].text.slice(s.redactedStart, s.redactedEnd)).toBe(s.placeholder);
      expect('Siti here, 012-345 6789'.slice(s.start, s.end)).toBe(s.original);
    }
    expect(out.counts).toEqual([{ type: 'PHONE', count: 1 }, { type: 'NAME', count: 1 }]);
  });

  it('stay linear and typed on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const started = performance.now();
        const out = redactTranscript(transcriptOf(text), { region: 'MY' });
        expect(performance.now() - started).toBeLessThan(1500);
        for (const s of out.spans) expect(text.slice(s.start, s.end)).toBe(s.original);
      }),
      { numRuns: 200 },
    );
  });
});

describe('without a region', () => {
  it('still catches local mobile numbers by their shape', () => {
    expect(redactOne('Or just call me, 011-2345 6789', '')).toBe('Or just call me, [PHONE]');
    expect(redactOne('order 12345 costs RM 1,280.00', '')).toBe('order 12345 costs RM 1,280.00');
  });
});

describe('account labels', () => {
  it('only count as labels when they are whole words', () => {
    expect(redactOne('Danang 123456789 is far', 'VN')).not.toContain('[ACCOUNT]');
  });
});

describe('suggestions', () => {
  it('leave a form of address before an ordinary word visible, for the reviewer to decide', () => {
    const out = redactTranscript(transcriptOf('makasih kak Intan, ditunggu ya', 'Bros Intan Kristal gold ready'), { region: 'ID' });
    expect(out.transcript.messages.map((m) => m.text)).toEqual(['makasih kak Intan, ditunggu ya', 'Bros Intan Kristal gold ready']);
    expect(out.suggestions).toEqual([{ id: 'm1-s1', messageId: 'm1', start: 12, end: 17, type: 'NAME', reason: '“Intan” after “kak” may be a name or an ordinary word' }]);
  });

  it('are not made where the word is surely a name', () => {
    const out = redactTranscript(transcriptOf('Nama: Intan\nmakasih kak Intan'), { region: 'ID' });
    expect(out.transcript.messages[0].text).toBe('Nama: [NAME]\nmakasih kak [NAME]');
    expect(out.suggestions).toEqual([]);
  });
});

describe('names written whole', () => {
  it('take in the given name before a known family name and the family name after a known given name', () => {
    const out = redactTranscript(transcriptOf('My husband will pay, the name will show Ahmad Nurhaliza', "I'm Amaka by the way", 'Refund to M-Pesa 0722 318 064 Amaka Wanjiku'), { region: 'KE' });
    expect(out.transcript.messages.map((m) => m.text)).toEqual(['My husband will pay, the name will show [NAME:Customer]', "I'm [NAME] by the way", 'Refund to M-Pesa [ACCOUNT] [NAME]']);
  });

  it('keep the shop name, also two of its words together', () => {
    const out = redactTranscript(transcriptOf('Transfer ke BCA a.n. Larasati Wibowo', 'ini Batik Larasati ya?'), { region: 'ID', shopName: 'Batik Larasati Pekalongan' });
    expect(out.transcript.messages.map((m) => m.text)).toEqual(['Transfer ke BCA a.n. [NAME]', 'ini Batik Larasati ya?']);
  });

  it('hide a card number named as one even when its check digit is wrong', () => {
    expect(redactOne('Can I pay by card? 5412 7534 0098 1166 exp 03/27', 'SG')).toBe('Can I pay by card? [CARD] exp 03/27');
  });
});

describe('neighbourhoods', () => {
  it('named in an address are hidden where they are mentioned again', () => {
    const out = redactTranscript(transcriptOf('Alamat: Perumahan Griya Asri Blok C3 No. 9, Kel. Sukajadi', 'kurir sudah sampai GRIYA ASRI?', 'Griya Asri itu dekat pasar'), { region: 'ID' });
    expect(out.transcript.messages.map((m) => m.text)).toEqual(['Alamat: [ADDRESS]', 'kurir sudah sampai [ADDRESS]?', '[ADDRESS] itu dekat pasar']);
  });
});

describe('names in each market', () => {
  function chatWith(customer: string, ...texts: string[]): RedactableTranscript {
    return { title: 'Chat', participants: [{ id: 'p1', name: customer, side: 'customer', pseudonym: 'Customer' }, { id: 'p2', name: 'Kedai Amani', side: 'staff', pseudonym: 'Kedai Amani' }], messages: texts.map((text, i) => ({ id: `m${i + 1}`, at: '2024-01-01T10:00:00', sender: i % 2 ? 'p2' : 'p1', text, kind: 'text' as const })) };
  }
  const texts = (out: { transcript: RedactableTranscript }) => out.transcript.messages.map((m) => m.text);

  it.each([
    ['MY', 'Tan Mei Ling', ['ok tq', 'Noted Mei Ling, will send today'], ['ok tq', 'Noted [NAME:Customer], will send today']],
    ['MY', 'Kavitha a/p Rajendran', ['ok', 'Thanks Kavitha!'], ['ok', 'Thanks [NAME:Customer]!']],
    ['MY', 'Ahmad Faizal bin Ismail', ['ok', 'Terima kasih encik Faizal'], ['ok', 'Terima kasih encik [NAME:Customer]']],
    ['VN', 'Nguyễn Thị Thu Hà', ['dạ', 'Dạ chị Hà ơi, mai em giao nhé'], ['dạ', 'Dạ chị [NAME] ơi, mai em giao nhé']],
    ['ID', 'Sulastri', ['nama saya Sulastri', 'Siap kak Sulastri'], ['nama saya [NAME:Customer]', 'Siap kak [NAME:Customer]']],
    ['PH', 'Maria Theresa Cruz', ['ako po si Tess', 'Salamat po ate Tess!'], ['ako po si [NAME]', 'Salamat po ate [NAME]!']],
  ])('in %s: %s', (region, customer, given, expected) => {
    expect(texts(redactTranscript(chatWith(customer, ...given), { region }))).toEqual(expected);
  });

  it('keep ordinary words that look like names', () => {
    const out = redactTranscript(chatWith('Intan Permata', 'Rose Gold masih ada?', 'Ada kak, Bros intan juga ready. Mai kirim ya'), { region: 'ID' });
    expect(texts(out)).toEqual(['Rose Gold masih ada?', 'Ada kak, Bros intan juga ready. Mai kirim ya']);
  });
});
