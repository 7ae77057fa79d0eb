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
