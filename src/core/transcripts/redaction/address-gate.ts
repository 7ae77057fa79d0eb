/**
 * The gate every message passes before the address detector reads it: does it hold any word an
 * address needs, or a postcode-long number that is not part of a phone?
 */
import type { RedactionCandidate } from './redaction-candidate';
import { ADDRESS_KEYWORDS } from './address-words';

/** Words that label an address ("Alamat: …"). */
const LABEL_WORDS = ['address', 'alamat', 'địa chỉ', 'dia chi', 'morada', 'adres', 'adresse', 'anschrift', 'tirahan'];

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The gate every message passes first: does it hold any word an address needs, as written in
 * lower case, capitalised or in capitals (capital-only words only so)? Case-sensitive without the
 * unicode flag, which V8 runs several times faster than a case-free one over 200k messages.
 * Without digits only words that take a name count (a number-taking "No." needs its number).
 */
function keywordGate(withNumberWords: boolean): RegExp {
  const forms = new Set<string>();
  for (const [word, keywords] of ADDRESS_KEYWORDS) {
    const usable = keywords.filter((k) => withNumberWords || k.need !== 'number-after');
    if (usable.length === 0) continue;
    const capitalised = word[0].toUpperCase() + word.slice(1);
    if (usable.some((k) => !k.capitalOnly)) forms.add(word);
    forms.add(capitalised);
    forms.add(word.toUpperCase());
  }
  for (const label of LABEL_WORDS) for (const f of [label, label[0].toUpperCase() + label.slice(1), label.toUpperCase()]) forms.add(f);
  const words = [...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const compound = COMPOUND_SUFFIXES.join('|');
  return new RegExp(`(?<![A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff])(?:${words})(?![a-z\\u00c0-\\u024f\\u1e00-\\u1eff])|[a-zß](?:${compound})\\b|[\\u0e00-\\u0e7f]|#\\d`);
}

const COMPOUND_SUFFIXES = ['straße', 'strasse', 'str\\.', 'gasse', 'allee', 'damm', 'platz', 'ring', 'gracht', 'weg', 'laan', 'plein', 'kade', 'singel', 'steeg', 'dijk'];
const GATE_WITH_DIGITS = keywordGate(true);
const GATE_WITHOUT_DIGITS = keywordGate(false);
const POSTCODE_LONG = /(?<![\d-])\d{4,6}(?![\d])/g;
const ANY_DIGIT = /\d/;

/** Whether the text may hold an address: an address word, or a postcode-long number that is not part of a phone. */
export function mayHoldAddress(text: string, phones: RedactionCandidate[]): boolean {
  if (!ANY_DIGIT.test(text)) return GATE_WITHOUT_DIGITS.test(text);
  if (GATE_WITH_DIGITS.test(text)) return true;
  POSTCODE_LONG.lastIndex = 0;
  for (let m = POSTCODE_LONG.exec(text); m; m = POSTCODE_LONG.exec(text)) {
    const at = m.index;
    if (!phones.some((p) => p.start <= at && at < p.end)) return true;
  }
  return false;
}
