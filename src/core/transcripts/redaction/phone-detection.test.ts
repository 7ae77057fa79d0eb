/** Phone numbers, and the dates that some numbering plans would also read as one. */
import { describe, expect, it } from 'vitest';
import { findPhones } from './phone-detection';

function hidden(text: string, region: 'DE' | 'MY'): string[] {
  return findPhones(text, region).candidates.map((c) => text.slice(c.start, c.end));
}

describe('phones', () => {
  it('leave a date written with dots', () => {
    expect(hidden('Hochzeit am 21.09.2025, bitte bis dahin', 'DE')).toEqual([]);
    expect(hidden('Termin 03.11.24', 'DE')).toEqual([]);
  });

  it('still find a number in the same region', () => {
    expect(hidden('ruf mich an: 0151 23456789', 'DE')).toEqual(['0151 23456789']);
  });
});
