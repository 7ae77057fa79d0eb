/**
 * National ID numbers and IBANs. An ID is found by its own shape where the shape says enough
 * (a MyKad "880412-10-5526" with its birth date, a NIK with its region and birth date, a Thai ID
 * with its check digit, an SSS "06-3481927-5", a Singapore NRIC), and otherwise by a label just
 * before it ("NIN 71530964285", "ID 28451937", "CCCD 0011…", "NIF 245…"). An IBAN is found by
 * its country's length.
 */
import type { RedactionCandidate } from './redaction-candidate';

const ID_PLACEHOLDER = '[ID]';

/** A run of digits with the separators ID cards print: "1-5099-00123-45-3", "880412-10-5526". */
const DIGIT_RUN = /(?<![\p{L}\p{N}-])\d[\d -]{5,22}\d(?![\p{N}])/gu;
const NRIC = /(?<![\p{L}\p{N}])[STFGM]\d{7}[A-Z](?![\p{L}\p{N}])/gu;
const MYKAD = /^\d{6}-\d{2}-\d{4}$/;
const SSS = /^\d{2}-\d{7}-\d$/;
const UMID = /^\d{4}-\d{7}-\d$/;
const PHILHEALTH = /^\d{2}-\d{9}-\d$/;
const THAI_SHAPE = /^\d-\d{4}-\d{5}-\d{2}-\d$/;

/** Words that name an ID number just before it, in our markets' languages. */
const ID_LABEL = /(?:^|[^\p{L}])(?:nik|ktp|e-?ktp|nin|bvn|nric|ic|i\/c|mykad|kp|no\.? ?kp|cccd|cmnd|căn cước|can cuoc|cc|id|id no|id number|id card|national id|sss|umid|tin|philhealth|nif|contribuinte|nie|passport|paspor|hộ chiếu|บัตรประชาชน|เลขบัตร|เลขประจำตัว|บัตร ?ปชช)(?![\p{L}])[^\d\n]{0,16}$/iu;

/** "order id", "transaction no.": the number names a thing, not a person. */
const NOT_A_PERSON_ID = /(?:order|invoice|tracking|transaction|txn|trx|ref|shipment|parcel|package|resi|pesanan|đơn|booking|ticket|job)\s*(?:id|no\.?|number|#)?\s*[:#]?\s*$/i;

function validDate(yy: string, mm: string, dd: string): boolean {
  const m = Number(mm);
  const d = Number(dd);
  return Number.isInteger(Number(yy)) && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** NIK: 6-digit region (province 11–94), birth date DDMMYY (women's day + 40), 4-digit serial. */
function isNik(digits: string): boolean {
  if (digits.length !== 16) return false;
  const province = Number(digits.slice(0, 2));
  let day = Number(digits.slice(6, 8));
  if (day > 40) day -= 40;
  return province >= 11 && province <= 94 && validDate(digits.slice(10, 12), digits.slice(8, 10), String(day));
}

function thaiCheckDigitValid(digits: string): boolean {
  if (digits.length !== 13) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** Is this run an ID by its shape alone, with no label needed? */
function isIdByShape(run: string, digits: string): boolean {
  if (MYKAD.test(run)) return validDate(run.slice(0, 2), run.slice(2, 4), run.slice(4, 6));
  if (SSS.test(run) || UMID.test(run) || PHILHEALTH.test(run) || THAI_SHAPE.test(run)) return true;
  return isNik(digits) || (digits.length === 13 && !/[ ]/.test(run) && thaiCheckDigitValid(digits));
}

export function findNationalIds(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) {
    const run = m[0];
    const digits = run.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 16) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const labelled = ID_LABEL.test(before) && !NOT_A_PERSON_ID.test(before);
    if (isIdByShape(run, digits) || (labelled && !/ {2}/.test(run))) out.push({ start: m.index, end: m.index + run.length, type: 'ID', placeholder: ID_PLACEHOLDER });
  }
  NRIC.lastIndex = 0;
  for (let m = NRIC.exec(text); m; m = NRIC.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: 'ID', placeholder: ID_PLACEHOLDER });
  return out;
}

/** IBAN length by country, for the countries our shops and their customers bank in. */
const IBAN_LENGTH: Record<string, number> = { PT: 25, NL: 18, DE: 22, BE: 16, FR: 27, ES: 24, IT: 27, AT: 20, IE: 22, LU: 20, CH: 21, GB: 22, PL: 28, SE: 24, DK: 18, FI: 18, NO: 15, GR: 27, CZ: 24 };
const IBAN = /(?<![\p{L}\p{N}])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]{1,4}){3,8})(?![\p{L}\p{N}])/gu;

export function findIbans(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    const length = IBAN_LENGTH[m[1]];
    if (length === undefined || (m[1] + m[2] + m[3]).replace(/ /g, '').length !== length) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'ACCOUNT', placeholder: '[ACCOUNT]' });
  }
  return out;
}
