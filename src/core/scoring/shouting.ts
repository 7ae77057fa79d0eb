/**
 * Shouting, "!!!" and eye-rolls: two or more all-capital words of three or more letters written for emphasis.
 * Acronyms, codes, couriers, wallets and brands in capitals (COD, J&T, GCASH, SKU, GHTK) are not
 * shouting, nor is any capitalised word the scenario itself uses (a product code in the prompt).
 */
import type { PhraseMatch } from '../../shared/domain/scoring';

const ACRONYMS = new Set([
  'COD', 'SKU', 'GCASH', 'JNT', 'LBC', 'GHTK', 'GHN', 'VNPOST', 'JNE', 'SICEPAT', 'DHL', 'UPS', 'EMS', 'FEDEX', 'SPX', 'POS', 'GIG', 'GIGM',
  'SMS', 'OTP', 'PIN', 'CVV', 'ATM', 'PDF', 'ETA', 'FYI', 'BTW', 'ASAP', 'MTN', 'MOMO', 'MPESA', 'PESA', 'OPAY', 'USD', 'MYR', 'IDR',
  'PHP', 'VND', 'THB', 'NGN', 'KES', 'GHS', 'SGD', 'EUR', 'GBP', 'DM', 'PM', 'IG', 'FB', 'LINE', 'MAN', 'SHOPEE', 'LAZADA', 'TIKTOK',
  'GRAB', 'GOJEK', 'LALAMOVE', 'FLASH', 'KERRY', 'NINJA', 'NINJAVAN', 'BPI', 'BDO', 'BCA', 'BRI', 'BNI', 'CIMB', 'TNG', 'QRIS', 'OVO',
  'DANA', 'GOPAY', 'NCR', 'VAT', 'SSS', 'UK', 'EU', 'USA', 'QR', 'WIFI', 'OK', 'STK', 'MBBANK', 'VCB', 'ACB', 'TPBANK', 'BIDV', 'PAYPAL',
  'NIKE', 'ADIDAS', 'XXL', 'XXXL', 'XS', 'XL', 'NEW', 'ORI', 'DIY', 'LED', 'USB', 'HDMI', 'MAH', 'ID', 'KTP', 'NIK', 'NPWP', 'VIP', 'CEO',
  'MON', 'TUE', 'TUES', 'WED', 'THU', 'THUR', 'THURS', 'FRI', 'SAT', 'SUN', 'ORAIMO', 'ANKER', 'XIAOMI', 'SAMSUNG', 'APPLE',
  'IPHONE', 'TECNO', 'INFINIX', 'ITEL', 'OPPO', 'VIVO', 'REALME', 'HUAWEI', 'NOKIA', 'BASEUS', 'UGREEN', 'JBL', 'EXPRESS', 'BANK',
  'HQ', 'GMT', 'WAT', 'EAT', 'ICT', 'PST', 'ABS', 'CBN', 'GTB', 'UBA', 'KCB', 'NHIF', 'TIN', 'RM', 'VNĐ', 'AM', 'PM', 'MRT', 'LRT', 'BTS',
]);

const WORD = /[\p{L}\p{N}&]+/gu;
const EXCLAMATION_STACK = /[!！]{2,}|[!?！？]{3,}/g;

function isShouted(word: string, known: ReadonlySet<string>): boolean {
  const letters = word.match(/\p{L}/gu) ?? [];
  if (letters.length < 3 || /\p{N}/u.test(word) || word.includes('&')) return false;
  if (!letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase())) return false;
  return !ACRONYMS.has(word) && !known.has(word.toUpperCase());
}

/**
 * A text's codes, names and brands, upper-cased: words in capitals, and capitalised words away
 * from a sentence's start ("Flash Express", "Computer Village"), not "Sold" in "Sold out already".
 */
export function capitalisedWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 || !/^\p{Lu}/u.test(w)) continue;
    const before = text.slice(0, m.index).trimEnd();
    const startsSentence = before === '' || /[.!?\n:;"“]$/.test(before);
    if (w === w.toUpperCase() || !startsSentence) out.push(w.toUpperCase());
  }
  return out;
}

export function findShouting(reply: string, knownCodes: readonly string[] = []): PhraseMatch[] {
  const known = new Set(knownCodes);
  const shouted = [...reply.matchAll(WORD)].filter((m) => isShouted(m[0], known));
  if (shouted.length < 2) return [];
  return shouted.map((m) => ({ phrase: 'capitals', text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function findExclamationStacks(reply: string): PhraseMatch[] {
  return [...reply.matchAll(EXCLAMATION_STACK)].map((m) => ({ phrase: m[0], text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** An eye-roll or an unamused face aimed at a customer: a QA lead fails it whatever the words say. */
export function rollsEyes(reply: string): boolean {
  return /\u{1F644}|\u{1F612}/u.test(reply);
}
