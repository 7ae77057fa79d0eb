/** Word forms meet through their roots, per language; unrelated words do not. */
import { describe, expect, it } from 'vitest';
import type { LanguageGroup } from '../chat-spellings';
import { wordKeys } from './word-keys';

const meet = (a: string, b: string, group: LanguageGroup) => wordKeys(a, group).some((k) => wordKeys(b, group).includes(k));

describe('word keys', () => {
  it('joins English inflections', () => {
    for (const [a, b] of [['deliver', 'delivery'], ['delivered', 'deliveries'], ['apologise', 'apologies'], ['refund', 'refunded'], ['replace', 'replacement']]) expect(meet(a, b, 'en'), `${a} ${b}`).toBe(true);
    for (const [a, b] of [['fee', 'free'], ['stock', 'restock'], ['sorry', 'sort']]) expect(meet(a, b, 'en'), `${a} ${b}`).toBe(false);
  });

  it('strips Malay and Indonesian affixes, putting back the consonant a prefix swallowed', () => {
    for (const [a, b] of [['kirim', 'pengiriman'], ['dikirim', 'mengirimkan'], ['bayar', 'pembayaran'], ['kembali', 'dikembalikan'], ['tukar', 'penukaran'], ['hantar', 'penghantaran'], ['maaf', 'memaafkan'], ['maaf', 'maafin']])
      expect(meet(a, b, 'id-ms'), `${a} ${b}`).toBe(true);
    expect(meet('kirim', 'kurang', 'id-ms')).toBe(false);
  });

  it('strips Tagalog prefixes, infixes, reduplication and suffixes', () => {
    for (const [a, b] of [['bayad', 'binayaran'], ['bayad', 'magbabayad'], ['padala', 'ipinadala'], ['bili', 'bibili'], ['bili', 'binili']]) expect(meet(a, b, 'tl'), `${a} ${b}`).toBe(true);
  });
});
