import { describe, expect, it } from 'vitest';
import { findGroup, findPhrase } from './phrase-matching';
import { foldText } from './text-folding';

const find = (reply: string, phrase: string, language = 'en') => findPhrase(foldText(reply, language), phrase, language);

describe('findPhrase', () => {
  it('matches whole words only', () => {
    expect(find('Our sorrybox is full', 'sorry')).toEqual([]);
    expect(find('So sorry about this', 'sorry')).toEqual([{ phrase: 'sorry', text: 'sorry', start: 3, end: 8 }]);
  });

  it('matches word sequences and not words scattered over a sentence', () => {
    expect(find('We have the same style in brown', 'same style')).toHaveLength(1);
    expect(find('The same, stylish and style', 'same style')).toEqual([]);
  });

  it('reports the original text and offsets of a chat-spelled match', () => {
    const reply = 'Pls DM us ur order no';
    expect(find(reply, 'please')).toEqual([{ phrase: 'please', text: 'Pls', start: 0, end: 3 }]);
    expect(find(reply, 'your order')).toEqual([{ phrase: 'your order', text: 'ur order', start: 10, end: 18 }]);
  });

  it('treats a trailing * as a word prefix', () => {
    expect(find('We apologize for the wait', 'apolog*').map((m) => m.text)).toEqual(['apologize']);
    expect(find('Our apologies', 'apolog*').map((m) => m.text)).toEqual(['apologies']);
  });

  it('ignores negated matches in English', () => {
    expect(find("I'm not sorry", 'sorry')).toEqual([]);
    expect(find('no apology from us', 'apology')).toEqual([]);
    expect(find("we won't share your details", 'share your details')).toEqual([]);
  });

  it('still counts a match when the negation sits in another clause', () => {
    expect(find('No, sorry, that colour is gone', 'sorry')).toHaveLength(1);
    expect(find('No worries. Sorry for the wait', 'sorry')).toHaveLength(1);
  });

  it('ignores negated matches in Indonesian and Malay', () => {
    expect(find('gak perlu minta maaf', 'minta maaf', 'id')).toEqual([]);
    expect(find('Kami tidak bisa refund', 'bisa refund', 'id')).toEqual([]);
    expect(find('x boleh tukar', 'boleh tukar', 'ms')).toEqual([]);
    expect(find('Boleh tukar saiz sis', 'boleh tukar', 'ms')).toHaveLength(1);
  });

  it('ignores negated matches in Vietnamese, with or without diacritics', () => {
    expect(find('Shop không xin lỗi đâu', 'xin lỗi', 'vi')).toEqual([]);
    expect(find('shop k xin loi dau', 'xin lỗi', 'vi')).toEqual([]);
    expect(find('Dạ shop xin lỗi chị', 'xin loi', 'vi').map((m) => m.text)).toEqual(['xin lỗi']);
  });

  it('ignores negated matches in Tagalog and Taglish', () => {
    expect(find('Hindi po namin kasalanan', 'kasalanan', 'tl')).toEqual([]);
    expect(find('Pasensya na po sa delay', 'pasensya', 'tl')).toHaveLength(1);
    expect(find('Di po available', 'available', 'tl')).toEqual([]);
  });

  it('matches Thai phrases as substrings and skips them after ไม่', () => {
    const reply = 'ขอโทษนะคะ ส่วนนี้เราไม่ขอโทษ';
    expect(find(reply, 'ขอโทษ', 'th')).toEqual([{ phrase: 'ขอโทษ', text: 'ขอโทษ', start: 0, end: 5 }]);
    expect(find('ขออภัยค่ะ', 'ขออภัย', 'th')).toHaveLength(1);
  });

  it('finds a Thai phrase even when the writer put a space inside it', () => {
    expect(find('ขอ โทษ ค่ะ', 'ขอโทษ', 'th').map((m) => m.text)).toEqual(['ขอ โทษ']);
  });
});

describe('findGroup', () => {
  it('returns matches of any synonym, without overlaps and in reply order', () => {
    const reply = 'Sold out, sorry. A similar pair is back in stock';
    const found = findGroup(foldText(reply, 'en'), ['similar pair', 'similar', 'in stock'], 'en');
    expect(found.map((m) => m.text)).toEqual(['similar pair', 'in stock']);
  });
});

describe('negation through linking words', () => {
  it('negates across "no need to", "tidak perlu" and "tidak ada yang"', () => {
    expect(find('No need to apologise', 'apologise')).toEqual([]);
    expect(find('tidak perlu minta maaf', 'maaf', 'id')).toEqual([]);
    expect(find('gak ada yang mirip', 'mirip', 'id')).toEqual([]);
  });

  it('does not reach past two real words', () => {
    expect(find('No problem at all we are sorry', 'sorry')).toHaveLength(1);
  });
});

describe('match offsets (property)', () => {
  it('always point at the matched text in the original reply, whatever the reply contains', async () => {
    const fc = await import('fast-check');
    const pieces = fc.constantFrom('Sorry', 'sry', 'pls', 'xin lỗi', 'cafe\u0301', '😊', 'ขอโทษ', 'MAAF', ' ', '!!', ', ', '\n', 'không', 'ﬁne');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom('en', 'id', 'vi', 'th'), (parts, language) => {
        const reply = parts.join('');
        const folded = foldText(reply, language);
        for (const m of findGroup(folded, ['sorry', 'xin loi', 'maaf', 'ขอโทษ', 'please', 'cafe', 'fine'], language)) {
          expect(reply.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
    );
  });
});
