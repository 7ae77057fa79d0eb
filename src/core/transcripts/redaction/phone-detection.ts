/**
 * Phone numbers via libphonenumber-js, in the shop's region and in every region whose
 * international numbers appear in the transcript. It is slow, so it only sees texts with a digit run.
 */
import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import type { RedactionCandidate } from './redaction-candidate';

const SEVEN_DIGITS = /(?:\d[ \-.()/]{0,2}){6}\d/;

export function mayHoldPhone(text: string): boolean {
  return SEVEN_DIGITS.test(text);
}

export function isCountryCode(region: string | undefined): region is CountryCode {
  return !!region && /^[A-Z]{2}$/.test(region);
}

/** Digit runs that could be one phone number; only these reach libphonenumber. */
const WINDOW = /\+?\(?\d[\d \-.()]{5,22}\d/g;

/** The window itself, then with a stray digit group cut off either end ("call 012-345 6789 3pm"). */
function* trims(window: string): Generator<{ offset: number; value: string }> {
  yield { offset: 0, value: window };
  const lastCut = window.search(/[ \-.()]+\d+$/);
  if (lastCut > 0) yield { offset: 0, value: window.slice(0, lastCut) };
  const firstCut = /^\+?\(?\d+[ \-.()]+/.exec(window);
  if (firstCut && !window.startsWith('+')) {
    const rest = window.slice(firstCut[0].length);
    yield { offset: firstCut[0].length, value: rest };
    const restCut = rest.search(/[ \-.()]+\d+$/);
    if (restCut > 0) yield { offset: firstCut[0].length, value: rest.slice(0, restCut) };
  }
}

/** Regions whose local numbers are written with a trunk 0 (all our markets): other digit runs are ids. */
const TRUNK_ZERO = new Set(['MY', 'ID', 'VN', 'PH', 'TH', 'NG', 'KE', 'GH', 'ZA', 'TZ', 'UG', 'GB', 'AU', 'KH', 'MM', 'LA', 'BD', 'PK', 'IN']);

/** "14.06.2025", "03/11/24": a date, which some regions' numbering plans would also accept as a phone. */
const DATE_SHAPE = /^(\d{1,2})([./-])(\d{1,2})\2(?:\d{2}|(?:19|20)\d{2})$/;

function isDate(window: string): boolean {
  const m = DATE_SHAPE.exec(window);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[3])];
  // Day first or month first: either reading has to be a real day of a real month.
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

const CALLING_CODES = new Map<CountryCode, string>();

/** libphonenumber builds metadata objects on every call: ask once per region. */
function callingCodeOf(region: CountryCode): string {
  let code = CALLING_CODES.get(region);
  if (code === undefined) CALLING_CODES.set(region, (code = getCountryCallingCode(region)));
  return code;
}

/** libphonenumber costs ~7 µs a call: skip windows that cannot be a number of the region. */
function worthParsing(window: string, region: CountryCode | undefined): boolean {
  if (window.startsWith('+')) return true;
  if (!region) return false;
  if (!TRUNK_ZERO.has(region)) return true;
  const digits = window.replace(/^\(/, '');
  return digits.startsWith('0') || digits.startsWith(callingCodeOf(region));
}

/** True when a local-shape hit spans exactly text[start, end): libphonenumber could add nothing to it. */
function coveredBy(known: RedactionCandidate[], start: number, end: number): boolean {
  for (const k of known) if (k.start === start && k.end === end) return true;
  return false;
}

const OWN_INTERNATIONAL = new Map<CountryCode, RegExp>();

/**
 * "+60 12-345 6789" in a Malaysian shop is the local shape "012-345 6789" written with the country
 * code: the same safety net takes it (9 to 12 digits with the trunk 0), without libphonenumber.
 */
function isOwnInternationalShape(window: string, region: CountryCode | undefined): boolean {
  if (!region || !TRUNK_ZERO.has(region) || !window.startsWith('+')) return false;
  let shape = OWN_INTERNATIONAL.get(region);
  if (!shape) OWN_INTERNATIONAL.set(region, (shape = new RegExp(`^\\+${callingCodeOf(region)}[ -]?[1-9]\\d{0,3}(?:[ -]?\\d{2,5}){1,3}$`)));
  if (!shape.test(window)) return false;
  const national = window.replace(/\D/g, '').length - callingCodeOf(region).length;
  return national >= 8 && national <= 11;
}

/**
 * Parses each digit window whole (much cheaper than libphonenumber's text finder, which costs
 * several times more per message), then with a stray group trimmed off either end.
 * `known` are hits already taken (the local shapes): a window that is exactly one of them is not
 * parsed again, which spares libphonenumber most of a chat's local numbers.
 */
export function findPhones(text: string, region: CountryCode | undefined, known: RedactionCandidate[] = []): { candidates: RedactionCandidate[]; countries: string[] } {
  const candidates: RedactionCandidate[] = [];
  const countries: string[] = [];
  WINDOW.lastIndex = 0;
  for (let m = WINDOW.exec(text); m; m = WINDOW.exec(text)) {
    if (coveredBy(known, m.index, m.index + m[0].length)) continue;
    if (isOwnInternationalShape(m[0], region)) {
      candidates.push({ start: m.index, end: m.index + m[0].length, type: 'PHONE', placeholder: '[PHONE]' });
      continue;
    }
    if (!worthParsing(m[0], region) && !/^\d+[ .-]\+?0/.test(m[0])) continue;
    if (isDate(m[0])) continue;
    for (const { offset, value } of trims(m[0])) {
      if (value.replace(/\D/g, '').length < 7 || !worthParsing(value, region)) continue;
      let parsed;
      try {
        parsed = region ? parsePhoneNumberFromString(value, region) : parsePhoneNumberFromString(value);
      } catch {
        continue; // libphonenumber throws on some malformed input: not a phone number
      }
      if (!parsed?.isValid()) continue;
      const start = m.index + offset;
      candidates.push({ start, end: start + value.replace(/[ \-.(]+$/, '').length, type: 'PHONE', placeholder: '[PHONE]' });
      if (parsed.country) countries.push(parsed.country);
      break;
    }
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
