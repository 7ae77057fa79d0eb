/** Labelled bank accounts as banks' SMS and receipts write them. */
import { describe, expect, it } from 'vitest';
import { findLabelledAccounts } from './pattern-detectors';

function hidden(text: string): string[] {
  return findLabelledAccounts(text).map((c) => text.slice(c.start, c.end));
}

describe('labelled accounts', () => {
  it('take a short label only right before the number', () => {
    expect(hidden('ACB: 09:12 03/02/2025 TK 19031234567890 -1,500,000VND')).toEqual(['19031234567890']);
    expect(hidden('tk ada lagi kak, resi 123456789012')).toEqual([]);
  });

  it('hide the mask a bank puts on the end of a number with the number', () => {
    expect(hidden('Vietcombank: TK 0451000123xxx -200,000VND')).toEqual(['0451000123xxx']);
  });

  it('stop before an amount written after the number', () => {
    expect(hidden('BCA 7310 558 214 -50.000')).toEqual(['7310 558 214']);
  });
});
