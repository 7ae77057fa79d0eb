import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from './plural';

describe('counting things in words', () => {
  it('says "1 redaction" and "0 redactions", "2 redactions"', () => {
    expect(plural(1, 'redaction')).toBe('1 redaction');
    expect(plural(0, 'redaction')).toBe('0 redactions');
    expect(plural(2, 'redaction')).toBe('2 redactions');
  });

  it('takes an irregular plural and groups thousands', () => {
    expect(plural(1, 'reply', 'replies')).toBe('1 reply');
    expect(plural(1200, 'reply', 'replies')).toBe('1,200 replies');
    expect(pluralWord(1, 'problem blocks', 'problems block')).toBe('problem blocks');
  });
});
