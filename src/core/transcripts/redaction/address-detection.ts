/**
 * Street addresses by heuristics, line by line: a house/unit number together with a street word
 * of our markets (Jalan, Jl., Soi, Moo, ngõ, Street, Blk, Brgy ...), or a postcode line that
 * follows one. The span runs from where the address starts to the end of its sentence.
 */
import type { RedactionCandidate } from './redaction-candidate';

// Case-free words, and capitalised-only words (too common in lower case: "a lot", "by the way").
const CAPITALISED_ONLY = /(?<![\p{L}\p{N}])(?:St\.?|Rd\.?|Ave\.?|Blk\.?|Block|Lot|Lane|Close|Drive|Way|Estate|Flat|Unit|Floor|Villa|Village|No\.|Số)(?![\p{L}])/u;
const CASE_FREE = /(?<![\p{L}\p{N}])(?:jalan|jln\.?|lorong|lrg\.?|persiaran|lebuhraya|taman|tmn\.?|jl\.|gang|gg\.|komplek|perumahan|kelurahan|kecamatan|kec\.|kel\.|rt\s?\d{1,3}\s?\/\s?rw|street|road|avenue|crescent|boulevard|barangay|brgy\.?|purok|subdivision|subd\.|soi|moo|thanon|tambon|amphoe|khet|khwaeng|đường|ngõ|ngách|hẻm|phường|quận|huyện|thôn|xã|số nhà|apartment|apt\.?|condominium)(?![\p{L}])/iu;
const HOUSE_NUMBER = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?(?:\s?[/-]\s?\d{1,5}[A-Za-z]?)?(?![\p{N}])/u;
/** "47300 Petaling Jaya, Selangor", "Bangkok 10250", "Nairobi 00100". */
const POSTCODE_LINE = /^\s*(?:\d{4,6}\s+\p{Lu}[\p{L} .'-]{2,40}(?:,\s*\p{Lu}[\p{L} .'-]{2,40}){0,3}|\p{Lu}[\p{L} .'-]{2,40}(?:,\s*\p{Lu}[\p{L} .'-]{2,40}){0,3}\s+\d{4,6})[,.]?\s*$/u;
const ABBREVIATIONS = /(?:^|\s)(?:St|Rd|Ave|No|Jl|Jln|Blk|Brgy|Kec|Kel|Tmn|Lrg|Gg|Subd|Apt|Mt|Dr|P\.O|Ph)\.$/;

function hasStreetWord(line: string): boolean {
  if (CASE_FREE.test(line)) return true;
  return CAPITALISED_ONLY.test(line);
}

/** End of the sentence that holds the address: ". " + capital, unless the dot ends an abbreviation. */
function sentenceEnd(line: string, from: number): number {
  const re = /[.!?](?=\s+\p{Lu})/gu;
  re.lastIndex = from;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (!ABBREVIATIONS.test(line.slice(Math.max(0, m.index - 6), m.index + 1))) return m.index;
  }
  return line.length;
}

/** Where the address starts: after a "label:" prefix, else at the start of the line. */
function addressStart(line: string): number {
  const colon = line.search(/:\s/);
  const free = line.search(CASE_FREE);
  const capitalised = line.search(CAPITALISED_ONLY);
  const street = free < 0 ? capitalised : capitalised < 0 ? free : Math.min(free, capitalised);
  if (colon >= 0 && colon < street) return colon + 2;
  return line.length - line.trimStart().length;
}

// Cheap non-unicode supersets of the cues above, so most texts skip the line-by-line work: the
// street words in any case, the capitalised-only words as written, and postcode shapes.
const STREET_HINT = /jalan|jln|lorong|lrg|persiaran|lebuh|taman|tmn|jl\.|gang|gg\.|komplek|perumahan|kelurahan|kecamatan|kec\.|kel\.|rt\s?\d|street|road|avenue|crescent|boulevard|barangay|brgy|purok|subd|soi|moo|thanon|tambon|amphoe|khet|khwaeng|đường|ngõ|ngách|hẻm|phường|quận|huyện|thôn|xã|số|apartment|apt|condominium/i;
const CAPITALISED_HINT = /\b(?:St|Rd|Ave|Blk|Block|Lot|Lane|Close|Drive|Way|Estate|Flat|Unit|Floor|Villa|Village|No\.)/;
const POSTCODE_AFTER_HINT = /\d{4,6}[ ,]+[A-Z\u00c0-\u024f\u1e00-\u1eff]/;
const POSTCODE_BEFORE_HINT = / \d{4,6}\b/;
const POSTCODE_START = /^\s*\d{4,6}\s/;

export function findAddresses(text: string): RedactionCandidate[] {
  if (text.length > 20000) return [];
  // Without a street word no line can be an address line, only a postcode line.
  const streetWord = STREET_HINT.test(text) || CAPITALISED_HINT.test(text);
  if (!streetWord && !POSTCODE_BEFORE_HINT.test(text) && !POSTCODE_AFTER_HINT.test(text)) return [];
  const out: RedactionCandidate[] = [];
  let offset = 0;
  let previousWasAddress = false;
  for (const line of text.split('\n')) {
    let isAddress = false;
    if (streetWord && line.length <= 300 && HOUSE_NUMBER.test(line) && hasStreetWord(line)) {
      const start = addressStart(line);
      const end = sentenceEnd(line, start);
      const span = line.slice(start, end).replace(/[\s,;]+$/, '');
      if (HOUSE_NUMBER.test(span) && hasStreetWord(span) && span.length >= 8) {
        out.push({ start: offset + start, end: offset + start + span.length, type: 'ADDRESS', placeholder: '[ADDRESS]' });
        isAddress = true;
      }
    } else if ((previousWasAddress || POSTCODE_START.test(line)) && POSTCODE_LINE.test(line)) {
      const trimmed = line.trim().replace(/[,.]$/, '');
      const start = line.indexOf(trimmed);
      out.push({ start: offset + start, end: offset + start + trimmed.length, type: 'ADDRESS', placeholder: '[ADDRESS]' });
      isAddress = true;
    }
    previousWasAddress = isAddress;
    offset += line.length + 1;
  }
  return out;
}
