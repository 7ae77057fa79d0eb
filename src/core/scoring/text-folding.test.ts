import { describe, expect, it } from 'vitest';
import { foldText } from './text-folding';

const words = (text: string, language = 'en'): string[] => foldText(text, language).words.map((w) => w.text);

describe('foldText', () => {
  it('lower-cases, applies NFKC and removes Vietnamese diacritics', () => {
    expect(words('Dạ SHOP xin lỗi chị, đơn hàng ＯＫ', 'vi')).toEqual(['da', 'shop', 'xin', 'loi', 'chi', 'don', 'hang', 'ok']);
  });

  it('keeps every word mapped to its offsets in the original text', () => {
    const text = 'Xin lỗi   chị Mai';
    const folded = foldText(text, 'vi');
    expect(folded.words.map((w) => text.slice(w.start, w.end))).toEqual(['Xin', 'lỗi', 'chị', 'Mai']);
  });

  it('maps decomposed accents and astral characters back to the right offsets', () => {
    const text = '😊 cafe\u0301 ok';
    const folded = foldText(text, 'en');
    expect(folded.words.map((w) => [w.text, text.slice(w.start, w.end)])).toEqual([
      ['cafe', 'cafe\u0301'],
      ['ok', 'ok'],
    ]);
  });

  it('folds English chat spellings word by word', () => {
    expect(words('pls check ur msg, sry r u ok? thx bcoz tmr')).toEqual([
      'please', 'check', 'your', 'message', 'sorry', 'are', 'you', 'ok', 'thanks', 'because', 'tomorrow',
    ]);
  });

  it('folds "thank you" and Indonesian thanks to one word that spans the original words', () => {
    const text = 'Thank u kak, makasih, terima kasih';
    const folded = foldText(text, 'id');
    const thanks = folded.words.filter((w) => w.text === 'thanks').map((w) => text.slice(w.start, w.end));
    expect(thanks).toEqual(['Thank u', 'makasih', 'terima kasih']);
  });

  it('uses the language of the scenario for ambiguous shorthand', () => {
    expect(words('k', 'vi')).toEqual(['khong']);
    expect(words('k', 'en')).toEqual(['ok']);
    expect(words('di ko alam', 'tl')).toEqual(['hindi', 'ko', 'alam']);
    expect(words('di gudang', 'id')).toEqual(['di', 'gudang']);
  });

  it('marks clause breaks so phrases and negations do not run across punctuation', () => {
    const folded = foldText('No, sorry', 'en');
    expect(folded.words.map((w) => w.breakBefore)).toEqual([false, true]);
  });

  it('keeps Thai tone marks (they change the word) and treats a Thai run as one word', () => {
    expect(words('ขอโทษค่ะ ไม่ทราบ', 'th')).toEqual(['ขอโทษค่ะ', 'ไม่ทราบ']);
  });

  it('straightens curly apostrophes so "don’t" equals "don\'t"', () => {
    expect(words('I don’t know')).toEqual(['i', "don't", 'know']);
  });
});
