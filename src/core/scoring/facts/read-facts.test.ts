/** Facts matched by value, whatever the wording: the equivalences rubric authors rely on. */
import { describe, expect, it } from 'vitest';
import { foldText } from '../text-folding';
import { expectedFactsOf } from './expected-facts';
import { findExpectedFacts } from './facts-agree';
import { readFacts } from './read-facts';

const states = (reply: string, fact: string, language: string): boolean => {
  const expected = expectedFactsOf(fact, language);
  if (!expected) throw new Error(`"${fact}" is not a fact`);
  return findExpectedFacts(expected, readFacts(foldText(reply, language)).facts) !== null;
};

describe('facts of the situation', () => {
  it('reads a price however it is written', () => {
    for (const reply of ['Jumlah RM164 ya', 'semua 164 ringgit', 'RM 164.00 total']) expect(states(reply, 'RM164', 'ms'), reply).toBe(true);
    for (const reply of ['₱1,280 na lang po', 'P1280 final', '1,280 pesos with free shipping']) expect(states(reply, '₱1,280', 'tl'), reply).toBe(true);
    expect(states('Harga Rp150.000 kak', '150rb', 'id')).toBe(true);
    expect(states('เตรียมเงินห้าร้อยเก้าสิบบาทนะคะ', '฿590', 'th')).toBe(true);
    expect(states('ยอดรวม ๖๓๐ บาทค่ะ', '630 บาท', 'th')).toBe(true);
    expect(states('It is RM146 in total', 'RM164', 'en')).toBe(false);
  });

  it('reads opening hours as a range, with or without am/pm', () => {
    for (const [reply, language] of [['Sunday 12pm to 5pm', 'en'], ['open noon till 5', 'en'], ['12.00–17.00', 'en'], ['jam 12 sampai 5 sore', 'id']] as const)
      expect(states(reply, '12–5pm', language), reply).toBe(true);
    expect(states('we open 9am–7pm', '12–5pm', 'en')).toBe(false);
  });

  it('reads days in every training language, and ranges of days', () => {
    for (const [reply, language] of [['Sun', 'en'], ['hari Minggu buka', 'id'], ['Chủ nhật shop mở', 'vi'], ['bukas kami sa Linggo', 'tl'], ['เปิดวันอาทิตย์', 'th']] as const)
      expect(states(reply, 'Sunday', language), reply).toBe(true);
    expect(states('open Mon–Sat', 'Monday to Saturday', 'en')).toBe(true);
    expect(states('open weekdays and Saturday', 'Monday to Saturday', 'en')).toBe(true);
    expect(states('Shop mở T2-T7', 'Monday to Saturday', 'vi')).toBe(true);
  });

  it('reads a duration as the same length of time', () => {
    for (const [reply, language] of [['within a week', 'en'], ['trong 7 ngày', 'vi'], ['boleh tukar seminggu', 'id'], ['sa loob ng isang linggo', 'tl']] as const)
      expect(states(reply, '7 days', language), reply).toBe(true);
    expect(states('refund trong 24h', '1 day', 'vi')).toBe(true);
  });

  it('reads a range of days as a duration, not as a time of day', () => {
    for (const [reply, language] of [['it arrives in 2-3 days', 'en'], ['sampai 2 sampai 3 hari', 'id'], ['ใช้เวลา 2-3 วัน', 'th']] as const)
      expect(states(reply, '2–3 days', language), reply).toBe(true);
    expect(states('it arrives in 2-3 days', '3pm', 'en')).toBe(false);
  });

  it('keeps tomorrow apart from a Vietnamese customer called Mai', () => {
    expect(states('Mai shop giao ạ', 'ngày mai', 'vi')).toBe(false);
    expect(states('shop giao mai ạ', 'ngày mai', 'vi')).toBe(true);
    expect(states('chị Mai ơi, shop giao thứ Năm', 'ngày mai', 'vi')).toBe(false);
  });

  it('reads dates of the month', () => {
    for (const [reply, language] of [['restock tanggal 28', 'id'], ['next batch on the 28th', 'en'], ['hàng về ngày 28', 'vi']] as const) expect(states(reply, 'tanggal 28', language), reply).toBe(true);
  });

  it('tells a fact phrase from an ordinary phrase', () => {
    expect(expectedFactsOf('Sunday 12–5pm', 'en')).toHaveLength(2);
    expect(expectedFactsOf('our own rider', 'en')).toBeNull();
    expect(expectedFactsOf('before 10', 'en')).toBeNull();
  });
});
