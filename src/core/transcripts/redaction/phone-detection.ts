/**
 * Phone numbers via libphonenumber-js, in the shop's region and in every region whose
 * international numbers appear in the transcript. It is slow, so it only sees texts with a digit run.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { RedactionCandidate } from './redaction-candidate';

const SEVEN_DIGITS = /(?:\d[ \-.()/]{0,2}){6}\d/;

export function mayHoldPhone(text: string): boolean {
  return SEVEN_DIGITS.test(text);
}

export function isCountryCode(region: string | undefined): region is CountryCode {
  return !!region && /^[A-Z]{2}$/.test(region);
}

export function findPhones(text: string, region: CountryCode | undefined): { candidates: RedactionCandidate[]; countries: string[] } {
  const candidates: RedactionCandidate[] = [];
  const countries: string[] = [];
  let found;
  try {
    found = region ? findPhoneNumbersInText(text, region) : findPhoneNumbersInText(text);
  } catch {
    return { candidates, countries };
  }
  for (const f of found) {
    candidates.push({ start: f.startsAt, end: f.endsAt, type: 'PHONE', placeholder: '[PHONE]' });
    if (f.number.country) countries.push(f.number.country);
  }
  return { candidates, countries };
}

// Local mobile shapes ("011-2345 6789", "0803 123 4567") as a safety net when the region is
// unknown or the number is foreign: 9 to 12 digits starting with 0.
const LOCAL_SHAPE = /(?<![\d+])0\d{1,4}(?:[ -]?\d{2,5}){1,3}(?![\d])/g;

export function findLocalPhoneShapes(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  for (const m of text.matchAll(LOCAL_SHAPE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 12) out.push({ start: m.index, end: m.index + m[0].length, type: 'PHONE', placeholder: '[PHONE]' });
  }
  return out;
}
