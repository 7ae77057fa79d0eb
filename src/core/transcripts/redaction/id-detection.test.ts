/** National ID numbers by their shape or their label, and IBANs by their country's length. */
import { describe, expect, it } from 'vitest';
import { findIbans, findNationalIds } from './id-detection';

const ids = (text: string) => findNationalIds(text).map((c) => text.slice(c.start, c.end));
const ibans = (text: string) => findIbans(text).map((c) => text.slice(c.start, c.end));

describe('national ID numbers', () => {
  it.each([
    ['MyKad by its shape and birth date', 'Ok. Aminah binti Salleh\n910223-14-6672', '910223-14-6672'],
    ['a NIK by its region and birth date', 'ini nik penerima 3273015507900002 ya', '3273015507900002'],
    ['a Thai ID printed with dashes', 'บัตร 3-1012-00456-78-1 ค่ะ', '3-1012-00456-78-1'],
    ['an SSS number', 'SSS 34-5678901-2 po', '34-5678901-2'],
    ['a Nigerian NIN after its label', 'My NIN is 48210937561', '48210937561'],
    ['a Kenyan ID after its label', 'ID no. 31578246, collect at the gate', '31578246'],
    ['a Vietnamese CCCD after its label', 'so CCCD 079301004567 nha shop', '079301004567'],
    ['a Portuguese NIF after its label', 'fatura com NIF 513220817', '513220817'],
    ['a Singapore NRIC', 'NRIC S8234567D for the delivery', 'S8234567D'],
  ])('finds %s', (_what, text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    'Order id 48210937561 shipped',
    'Tracking no 630098775412',
    'Total Rp189.000, ongkir 12.000',
    'Transfer 1,250,000 VND',
    '2024-06-17 20:45',
  ])('leaves "%s" alone', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('IBANs', () => {
  it('are found with or without spaces when the length fits the country', () => {
    expect(ibans('refund to NL91 ABNA 0417 1643 00 please')).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(ibans('IBAN DE89370400440532013000, S. Müller')).toEqual(['DE89370400440532013000']);
    expect(ibans('PT50 0002 0123 1234 5678 9015 4')).toEqual(['PT50 0002 0123 1234 5678 9015 4']);
  });

  it('are not taken from product codes', () => {
    expect(ibans('Model NL91 2024 is back')).toEqual([]);
  });
});
