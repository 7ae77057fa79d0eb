/** Realistic replies in each language the app trains in, scored against rubrics written in that language. */
import { describe, expect, it } from 'vitest';
import { freeTextStepSchema } from '../../shared/domain/scenario';
import { scoreFreeTextReply } from './score-free-text-reply';

function step(elements: Array<{ id: string; label?: string; standardId: string; phrases: string[][] }>, apologyRequired = true) {
  return freeTextStepSchema.parse({
    type: 'free-text',
    modelAnswer: 'x',
    rubric: { elements: elements.map((e) => ({ label: e.id, ...e })), tone: { apologyRequired } },
    next: 'end',
  });
}

const hits = (reply: string, s: ReturnType<typeof step>, language: string, customerName?: string) =>
  scoreFreeTextReply(reply, s, { language, customerName }).elements.filter((e) => e.status === 'hit').map((e) => e.elementId);

describe('scoring in Bahasa Indonesia', () => {
  const s = step([
    { id: 'habis', standardId: 'keep-feed-honest', phrases: [['sudah habis', 'stok habis', 'sold out', 'kosong']] },
    { id: 'alternatif', standardId: 'keep-feed-honest', phrases: [['warna yang mirip', 'mirip', 'alternatif', 'pilihan lain']] },
    // An offer is met by a question ("Mau kami catat di waiting list?"), so its label says "Offer".
    { id: 'waiting-list', label: 'Offer the waiting list', standardId: 'tailor-to-journey', phrases: [['waiting list', 'kami kabari', 'dikabari']] },
  ]);

  it('hits every element in a good reply written in chat style', () => {
    const reply = 'Mohon maaf kak Dewi 🙏 dusty pink udh habis, tp ada Mauve yg mirip bgt. Mau kami catat di waiting list, nanti kami kabari duluan?';
    expect(hits(reply, s, 'id')).toEqual(['habis', 'alternatif', 'waiting-list']);
    const full = 'Mohon maaf kak, stok habis ya. Ada warna yang mirip: Mauve. Nanti kami kabari kalau restock.';
    expect(hits(full, s, 'id')).toEqual(['habis', 'alternatif', 'waiting-list']);
    expect(scoreFreeTextReply(full, s, { language: 'id' }).score).toBe(1);
  });

  it('does not take "gak ada yang mirip" as an offer of an alternative', () => {
    expect(hits('Maaf kak stok habis, gak ada yang mirip', s, 'id')).toEqual(['habis']);
  });

  it('counts "mohon maaf" as an apology but not "tidak perlu minta maaf"', () => {
    const apology = (reply: string) => scoreFreeTextReply(reply, s, { language: 'id' }).tone.find((t) => t.check === 'apology')?.ok;
    expect(apology('Mohon maaf kak, stok habis')).toBe(true);
    expect(apology('Kami tidak perlu minta maaf, stok habis')).toBe(false);
  });
});

describe('scoring in Malay', () => {
  const s = step([
    { id: 'cod', standardId: 'details-easy-to-find', phrases: [['boleh cod', 'cod boleh', 'bayar tunai']] },
    { id: 'jumlah', standardId: 'answer-fully-first-time', phrases: [['jumlah', 'total']] },
  ], false);

  it('reads Malay chat shorthand and thanks', () => {
    const reply = 'Blh COD sis, jumlah RM164 termasuk caj COD. Tq!';
    expect(hits(reply, s, 'ms')).toEqual(['cod', 'jumlah']);
  });

  it('does not count "x boleh cod" as offering cash on delivery', () => {
    expect(hits('Maaf sis, x boleh COD utk Sabah', s, 'ms')).toEqual([]);
  });
});

describe('scoring in Vietnamese', () => {
  const s = step([
    { id: 'hoan-tien', standardId: 'clear-returns-refunds', phrases: [['hoàn tiền', 'hoàn 100%']] },
    { id: 'phi-ship', standardId: 'clear-returns-refunds', phrases: [['shop chịu phí ship', 'miễn phí ship', 'free ship']] },
  ]);

  it('matches with and without diacritics', () => {
    const accented = 'Dạ shop xin lỗi chị Mai ạ. Shop hoàn tiền 100% trong 24h, shop chịu phí ship ạ.';
    const plain = 'Da shop xin loi chi Mai a. Shop hoan tien trong 24h, shop chiu phi ship a.';
    expect(hits(accented, s, 'vi')).toEqual(['hoan-tien', 'phi-ship']);
    expect(hits(plain, s, 'vi')).toEqual(['hoan-tien', 'phi-ship']);
    expect(scoreFreeTextReply(plain, s, { language: 'vi' }).score).toBe(1);
  });

  it('does not count "không hoàn tiền" as a refund offer', () => {
    expect(hits('Shop không hoàn tiền được ạ', s, 'vi')).toEqual([]);
    expect(hits('shop k hoàn tiền dc chị ơi', s, 'vi')).toEqual([]);
  });
});

describe('scoring in Tagalog and Taglish', () => {
  const s = step([
    { id: 'dm', standardId: 'public-reply-private-details', phrases: [['pm', 'dm', 'message po', 'i-message']] },
    { id: 'best-price', standardId: 'human-tone', phrases: [['best price', 'last price', 'huling presyo']] },
  ]);

  it('scores a Taglish live-sale reply', () => {
    const reply = 'Pasensiya na po, ₱1,350 na po ang best price namin 🙏 PM na lang po for the details, salamat!';
    const result = scoreFreeTextReply(reply, s, { language: 'tl' });
    expect(result.elements.map((e) => e.status)).toEqual(['hit', 'hit']);
    expect(result.tone.find((t) => t.check === 'apology')?.matches.map((m) => m.text)).toEqual(['Pasensiya na po']);
    expect(result.score).toBe(1);
  });

  it('does not count "hindi po best price" as giving the best price', () => {
    expect(hits('Hindi po best price yan', s, 'tl')).toEqual([]);
  });
});

describe('scoring in Thai', () => {
  const s = step([
    { id: 'size', standardId: 'answer-fully-first-time', phrases: [['ไซส์ M', 'size m'], ['รอบอก', 'chest']] },
    { id: 'exchange', standardId: 'clear-returns-refunds', phrases: [['เปลี่ยนไซส์', 'เปลี่ยนได้', 'exchange']] },
  ]);

  it('matches Thai phrases inside unspaced text', () => {
    const reply = 'ขอโทษค่ะคุณพิม แนะนำไซส์ M ค่ะ รอบอก 112 ซม. ถ้าไม่พอดีเปลี่ยนไซส์ได้ฟรีภายใน 7 วันค่ะ';
    const result = scoreFreeTextReply(reply, s, { language: 'th' });
    expect(result.elements.map((e) => e.status)).toEqual(['hit', 'hit']);
    expect(result.tone.find((t) => t.check === 'apology')?.ok).toBe(true);
    for (const m of result.elements[1].matches) expect(reply.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not count an exchange that is refused with ไม่', () => {
    expect(hits('ขออภัยค่ะ สินค้านี้ไม่เปลี่ยนไซส์ค่ะ', s, 'th')).toEqual([]);
  });
});
