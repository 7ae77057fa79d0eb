/**
 * Street addresses in each market's own forms, found as blocks: a message is cut into segments
 * (lines, comma-separated parts, sentences), each segment is weighed by the address words in it
 * (address-words.ts: a street, a house or unit, a neighbourhood, a district, a postcode), and a run
 * of neighbouring segments that together weigh enough is one address span, whether it is written
 * on one line or over several. Place names that follow an address ("…, Kado, Abuja") join it.
 * A message from the same sender right after an address can go on with it ("16913",
 * "Kiambu County."): see findAddressContinuation.
 */
import type { RedactionCandidate } from './redaction-candidate';
import { ADDRESS_KEYWORDS, ADDRESS_LABEL, COMPOUND_STREET, CONNECTORS, LOWER_NAME_AFTER, NOT_ADDRESS_BEFORE_NUMBER, PARTICLES, PLACE_LABEL, SHOP_ADDRESS_CUE, THAI_PREFIXES, type AddressKeyword, type AddressPart } from './address-words';
import { ABBREVIATION, segmentsOf, type Segment, type Token } from './address-tokens';
import { mayHoldAddress } from './address-gate';
import { findDirections, opensWithLandmark } from './landmark-lines';

interface Weighed {
  segment: Segment;
  /** Holds more than weak words ("no 17", "so 12"): a block needs one such segment. */
  strong: boolean;
  /** -1: not part of an address; 0: a place name that may join one; more: address evidence. */
  weight: number;
  /** Index of the token the address starts at, for a segment that starts a block. */
  startToken: number;
  /** Opens with a label ("Office: …"): a new address starts here. */
  labelled?: boolean;
}

const WEIGHT: Record<AddressPart, number> = { street: 2, unit: 2, fine: 2, coarse: 1 };
const BLOCK_WEIGHT = 2;
const MAX_PLACE_TOKENS = 7;
const POSTCODE = /^(?:\d{4,6}|\d{4}-\d{3})$/;
const NL_POSTCODE_LETTERS = /^[A-Z]{2}$/;
const SG_UNIT = /^#\d{1,3}-\d{1,5}$/;
const SINGLE_LETTER = /^[A-Z]\d?$/;
/** "3rd floor", "2nd Flr": a storey counted before its word. */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
const STOREY = new Set(['floor', 'flr', 'fl', 'level', 'storey']);
/** "q7", "p12": a Vietnamese district or ward written joined to its number. */
const VN_JOINED = /^[qp]\.?\d{1,2}$/i;
const WEAK_FINE: AddressKeyword = { part: 'fine', need: 'number-after', weak: true };
const WEAK_UNIT: AddressKeyword = { part: 'unit', need: 'name-before', weak: true };
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u;
/** Words before a number that make it a price or a count, not a postcode after a town typed in lower case. */
const NOT_TOWN = new Set(['ongkir', 'ongkos', 'bayar', 'transfer', 'tf', 'rp', 'rm', 'ksh', 'php', 'vnd', 'idr', 'dp', 'cod', 'biaya', 'fee', 'cost', 'shipping', 'postage', 'delivery', 'harga', 'diskon', 'promo', 'stok', 'stock', 'sisa', 'tinggal', 'only', 'just', 'about', 'around', 'for', 'at', 'is', 'was', 'and', 'or', 'size', 'qty', 'pcs', 'x']);

function keywordsOf(t: Token): AddressKeyword[] | undefined {
  if (t.thai) for (const [prefix, keyword] of THAI_PREFIXES) if (t.bare.startsWith(prefix)) return [keyword];
  return ADDRESS_KEYWORDS.get(t.key);
}

interface Evidence {
  part: AddressPart;
  keyword: AddressKeyword | null;
}

/** The address part this token stands for here, given its neighbours; null when it is an ordinary word. */
function evidenceAt(tokens: Token[], i: number): Evidence | null {
  const t = tokens[i];
  if (SG_UNIT.test(t.bare)) return { part: 'unit', keyword: null };
  // Weak: "on the 2nd floor" is said of shops and offices too; it counts beside a street.
  if (STOREY.has(t.key) && ORDINAL.test(tokens[i - 1]?.bare ?? '')) return { part: 'unit', keyword: WEAK_UNIT };
  if (VN_JOINED.test(t.bare)) return { part: 'fine', keyword: WEAK_FINE };
  if (COMPOUND_STREET.test(t.bare)) return { part: 'street', keyword: null };
  const keywords = keywordsOf(t);
  if (!keywords) return null;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  // A Thai keyword usually carries its name joined to it: "ตำบลบางรักพัฒนา", "หมู่6".
  const joined = t.thai ? t.bare.slice(THAI_PREFIXES.find(([p]) => t.bare.startsWith(p))![0].length) : '';
  // "acc no 1640…", "order no. 55": a number, not a house.
  const afterNotAddress = NOT_ADDRESS_BEFORE_NUMBER.test(previous?.key ?? '');
  // "Rua de Santa Catarina": the name may open with a connector; "Hse No. 24": the number with "No.".
  const name = next && CONNECTORS.has(next.key) ? tokens[i + 2] : next;
  const numbered = next?.key === 'no' && t.key !== 'no' ? tokens[i + 2] : next;
  for (const k of keywords) {
    if (k.capitalOnly && !t.cap) continue;
    if (k.weak && afterNotAddress) continue;
    if (k.need === 'name-after' && (joined.length > 0 || (name && (name.cap || name.num || name.thai) && !PARTICLES.has(name.key)))) return { part: k.part, keyword: k };
    if (k.need === 'name-after' && LOWER_NAME_AFTER.has(t.key) && name && LOWER_WORD.test(name.bare) && !PARTICLES.has(name.key)) return { part: k.part, keyword: { ...k, weak: true } };
    if (k.need === 'number-after' && (/^\d/.test(joined) || (numbered && (numbered.num || SINGLE_LETTER.test(numbered.bare))))) return { part: k.part, keyword: k };
    if (k.need === 'name-before' && previous && previous.cap && !previous.num && !ADDRESS_KEYWORDS.has(previous.key)) return { part: k.part, keyword: k };
  }
  return null;
}

/** Where the address a keyword at i belongs to starts: the keyword, the house number before it, or the name before a suffix word. */
function startFor(tokens: Token[], i: number, evidence: Evidence): number {
  let start = i;
  if (evidence.keyword?.need === 'name-before') {
    while (start > 0 && start > i - 6 && (tokens[start - 1].cap || CONNECTORS.has(tokens[start - 1].key)) && !tokens[start - 1].num) start--;
    while (start < i && CONNECTORS.has(tokens[start].key) && tokens[start].key !== 'off') start++;
  }
  const before = tokens[start - 1];
  if (before?.num && !SG_UNIT.test(before.bare) && !NOT_ADDRESS_BEFORE_NUMBER.test(tokens[start - 2]?.key ?? '')) start--;
  return start;
}

function weightOf(tokens: Token[], start: number, at: number, evidence: Evidence): number {
  const k = evidence.keyword;
  // "12 hem 45": a weak street word between a house number and its own number is a street after all.
  if (k?.weak) return start < at && tokens[start].num && tokens[at + 1]?.num ? 2 : 1;
  // "Baringo Road" alone may be a song or a landmark; with its house number, or "off …", it is a street.
  if (evidence.part === 'street' && k?.need === 'name-before') return 1 + (tokens[start].num || tokens[at + 1]?.num ? 1 : 0) + (tokens[start].key === 'off' ? 1 : 0);
  return WEIGHT[evidence.part];
}

function isPlaceToken(t: Token): boolean {
  return t.cap || t.num || CONNECTORS.has(t.key) || ADDRESS_KEYWORDS.has(t.key);
}

function isPostcodeAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // The key, not the bare word: "makassar 90245. belakang …" keeps the full stop on the number.
  if (!POSTCODE.test(t.key) && !(/^\d{4}$/.test(t.bare) && NL_POSTCODE_LETTERS.test(tokens[k + 1]?.bare ?? ''))) return false;
  const before = tokens[k - 1]?.key === 'no' ? tokens[k - 2] : tokens[k - 1];
  return !NOT_ADDRESS_BEFORE_NUMBER.test(before?.key ?? '');
}

const NOT_ADDRESS: Omit<Weighed, 'segment'> = { weight: -1, startToken: 0, strong: false };

function weigh(segment: Segment, phones: RedactionCandidate[]): Weighed {
  const all = segment.tokens;
  const first = all[0].start;
  const last = all[all.length - 1].end;
  if (phones.some((p) => p.start < last && first < p.end)) return { segment, ...NOT_ADDRESS };
  // "Tlm 934 550 217", "HP 0857…", "NIK 3578…": a number that is not part of the address.
  if (NOT_ADDRESS_BEFORE_NUMBER.test(all[0].key)) return { segment, ...NOT_ADDRESS };
  // "Alamat: …" makes its value an address; a place ("Office: …") leaves it to its own words; any
  // other label ("Tel:", "Nama:") makes it something else.
  const labelEnd = all.findIndex((t, k) => k < 4 && t.colon);
  let weight = 0;
  let addressLabel = false;
  if (labelEnd >= 0) {
    const label = all.slice(0, labelEnd + 1).map((t) => t.bare).join(' ');
    addressLabel = ADDRESS_LABEL.test(label);
    if ((!addressLabel && !PLACE_LABEL.test(label)) || labelEnd === all.length - 1) return { segment, ...NOT_ADDRESS };
    if (addressLabel) weight = BLOCK_WEIGHT;
  }
  const from = labelEnd + 1;
  const tokens = all.slice(from);
  let startToken = addressLabel ? 0 : -1;
  let strong = addressLabel;
  for (let i = 0; i < tokens.length; i++) {
    const evidence = evidenceAt(tokens, i);
    if (evidence === null) continue;
    const s = startFor(tokens, i, evidence);
    const w = weightOf(tokens, s, i, evidence);
    weight += w;
    if (!evidence.keyword?.weak || w >= 2) strong = true;
    if (startToken < 0 || s < startToken) startToken = s;
  }
  const placeLike = tokens.length <= MAX_PLACE_TOKENS && tokens.every((t, k) => isPlaceToken(t) || (k === tokens.length - 1 && PARTICLES.has(t.key)));
  const postcode = tokens.findIndex((_, k) => isPostcodeAt(tokens, k));
  // "makassar 90245": a town typed in lower case before its postcode.
  const townBefore = postcode >= 1 && postcode <= 3 && tokens.slice(0, postcode).every((t) => LOWER_WORD.test(t.bare) && !NOT_TOWN.has(t.key));
  if (postcode >= 0 && (placeLike || weight > 0 || townBefore)) {
    // "47300 Petaling Jaya" and "Singapore 560456" are addresses alone; "Bangkok 10250" or a bare number only beside one.
    const leading = postcode === 0 && tokens.length > 1;
    const singapore = tokens.length === 2 && /^singapore$/i.test(tokens[0].bare) && tokens[1].bare.length === 6;
    weight += weight > 0 ? 1 : leading || singapore ? 2 : 1;
    if (startToken < 0) startToken = 0;
    strong = true;
  }
  const labelled = labelEnd >= 0;
  if (weight === 0) return { segment, weight: placeLike ? 0 : -1, startToken: 0, strong: false, labelled };
  return { segment, weight, startToken: from + Math.max(0, startToken), strong, labelled };
}

/** End of the last word of a segment that belongs to the address: chat words and particles after it stay. */
function endOf(tokens: Token[]): number {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (PARTICLES.has(t.key)) continue;
    const afterKeyword = [tokens[k - 1], tokens[k - 2]].some((b) => b && keywordsOf(b)?.some((w) => w.need === 'name-after'));
    if (t.cap || t.num || t.thai || ADDRESS_KEYWORDS.has(t.key) || afterKeyword) {
      const dotKept = ABBREVIATION.has(t.key);
      return t.start + (dotKept ? t.bare.length : t.bare.replace(/\.+$/, '').length);
    }
  }
  return tokens[tokens.length - 1].end;
}

export interface AddressScan {
  candidates: RedactionCandidate[];
  /** The text ends inside an address: the same sender's next message may go on with it. */
  endsWithAddress: boolean;
}

const NO_ADDRESS: AddressScan = { candidates: [], endsWithAddress: false };


/** Every address in one message. `phones` are the phone hits already found in it: a phone line ends an address. */
export function findAddresses(text: string, phones: RedactionCandidate[] = []): AddressScan {
  if (text.length > 20000) return NO_ADDRESS;
  // A direction may open a message with no address word in it: "tapat ng sari-sari store …".
  if (!mayHoldAddress(text, phones)) return opensWithLandmark(text) ? { candidates: findDirections(text, []), endsWithAddress: false } : NO_ADDRESS;
  const weighed = segmentsOf(text).map((s) => weigh(s, phones));
  const out: RedactionCandidate[] = [];
  let endsWithAddress = false;
  let i = 0;
  while (i < weighed.length) {
    if (weighed[i].weight <= 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < weighed.length && weighed[j].weight >= 0 && !weighed[j].segment.breakBefore && !weighed[j].labelled) j++;
    // "45, Lorong Bercham Permai 7": a house number written before the street, after a comma;
    // "Regent Home 28, room 1208": a numbered building opening the line.
    const first = i > 0 && !weighed[i].labelled && (isHouseNumberBefore(text, weighed[i - 1].segment, weighed[i].segment) || isBuildingBefore(text, weighed[i - 1], weighed[i].segment)) ? i - 1 : i;
    const run = weighed.slice(first, j);
    if (run.some((w) => w.strong) && run.reduce((sum, w) => sum + w.weight, 0) >= BLOCK_WEIGHT) {
      push(out, run, first < i ? 0 : run[0].startToken);
      if (j === weighed.length) endsWithAddress = true;
    }
    i = j;
  }
  const directions = findDirections(text, out);
  if (directions.length) return { candidates: [...out, ...directions].sort((x, y) => x.start - y.start), endsWithAddress };
  return { candidates: out, endsWithAddress };
}

/**
 * The opening of a message that goes on with the address the same sender's previous message
 * ended with: a postcode, a district, a city ("16913", "Kiambu County. Black gate …").
 */
export function findAddressContinuation(text: string, phones: RedactionCandidate[] = []): RedactionCandidate[] {
  if (text.length > 2000) return [];
  const weighed = segmentsOf(text).map((s) => weigh(s, phones));
  let j = 0;
  while (j < weighed.length && weighed[j].weight >= 0 && (j === 0 || !weighed[j].segment.breakBefore)) j++;
  const run = weighed.slice(0, j);
  if (!run.some((w) => w.weight > 0 && w.strong)) return [];
  const out: RedactionCandidate[] = [];
  push(out, run, 0);
  return out;
}

function isBuildingBefore(text: string, before: Weighed, address: Segment): boolean {
  const tokens = before.segment.tokens;
  if (before.weight !== 0 || before.labelled || !tokens.some((t) => t.num) || !tokens[0].cap) return false;
  // The building's name is followed by a unit inside it ("room 1208", "#04-12").
  const unit = address.tokens[0];
  if (!SG_UNIT.test(unit.bare) && !keywordsOf(unit)?.some((k) => k.part === 'unit')) return false;
  const lineStart = text.lastIndexOf('\n', tokens[0].start - 1) + 1;
  return /^[\s"'“]*$/.test(text.slice(lineStart, tokens[0].start)) && !text.slice(tokens[0].end, address.tokens[0].start).includes('\n');
}

function isHouseNumberBefore(text: string, before: Segment, address: Segment): boolean {
  if (before.tokens.length !== 1 || !/^\d{1,5}[A-Za-z]?$/.test(before.tokens[0].bare)) return false;
  return !text.slice(before.tokens[0].end, address.tokens[0].start).includes('\n');
}

/**
 * The last segment's words up to where chat takes over from a name: "Tmn Melawati and Rajes
 * Kumar" ends at "Melawati". A lower-case word after a keyword that takes a name is still the name.
 */
function addressPart(tokens: Token[], from: number): Token[] {
  for (let k = Math.max(1, from + 1); k < tokens.length; k++) {
    const t = tokens[k];
    const before = tokens[k - 1];
    if (!before.cap || t.cap || t.num || t.thai || PARTICLES.has(t.key) || CONNECTORS.has(t.key) || ADDRESS_KEYWORDS.has(t.key)) continue;
    if (keywordsOf(before)?.some((w) => w.need === 'name-after')) continue;
    return tokens.slice(0, k);
  }
  return tokens;
}

function push(out: RedactionCandidate[], run: Weighed[], startToken: number): void {
  const firstTokens = run[0].segment.tokens;
  const start = firstTokens[Math.min(startToken, firstTokens.length - 1)].start;
  const end = endOf(addressPart(run[run.length - 1].segment.tokens, run.length === 1 ? startToken : 0));
  if (end > start) out.push({ start, end, type: 'ADDRESS', placeholder: '[ADDRESS]' });
}

/** The shop giving its own address ("mampir showroom kami di Jl. …", "mang qua shop: 88 Hẻm …"), which may stay. */
export function isShopsOwnAddress(text: string, start: number): boolean {
  return SHOP_ADDRESS_CUE.test(text.slice(Math.max(0, start - 80), start));
}
