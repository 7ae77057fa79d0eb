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
import { ADDRESS_KEYWORDS, ADDRESS_LABEL, COMPOUND_STREET, CONNECTORS, NOT_ADDRESS_BEFORE_NUMBER, PARTICLES, SHOP_ADDRESS_CUE, THAI_PREFIXES, type AddressKeyword, type AddressPart } from './address-words';

interface Token {
  start: number;
  end: number;
  /** Without surrounding punctuation; a trailing dot is kept ("Jl.", "Esq."). */
  bare: string;
  /** Lower case, without a trailing dot: the keyword form. */
  key: string;
  num: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written in Thai script, which has no capitals. */
  thai: boolean;
  /** A colon follows it: "Alamat:", "Tel:". */
  colon: boolean;
}

interface Segment {
  tokens: Token[];
  /** A sentence ends before this segment: blocks do not run across it. */
  breakBefore: boolean;
}

interface Weighed {
  segment: Segment;
  /** Holds more than weak words ("no 17", "so 12"): a block needs one such segment. */
  strong: boolean;
  /** -1: not part of an address; 0: a place name that may join one; more: address evidence. */
  weight: number;
  /** Index of the token the address starts at, for a segment that starts a block. */
  startToken: number;
}

const WEIGHT: Record<AddressPart, number> = { street: 2, unit: 2, fine: 2, coarse: 1 };
const BLOCK_WEIGHT = 2;
const MAX_PLACE_TOKENS = 7;
const STARTS_UPPER = /^\p{Lu}/u;
const THAI = /[\u0e00-\u0e7f]/;
const POSTCODE = /^(?:\d{4,6}|\d{4}-\d{3})$/;
const NL_POSTCODE_LETTERS = /^[A-Z]{2}$/;
const SG_UNIT = /^#\d{1,3}-\d{1,5}$/;
const SINGLE_LETTER = /^[A-Z]\d?$/;
/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATION = new Set(['jl', 'jln', 'no', 'st', 'rd', 'ave', 'kel', 'kec', 'kab', 'brgy', 'subd', 'tp', 'dr', 'mr', 'mrs', 'ms', 'mdm', 'hse', 'blk', 'tmn', 'lrg', 'gg', 'apt', 'q', 'p', 'kg', 'komp', 'perum', 'prov', 'esq', 'mt', 'ph', 'bldg', 'ln', 'blvd', 'av', 'str']);

function tokensOf(text: string, line: string, offset: number): Token[] {
  const out: Token[] = [];
  // By hand over char codes: this runs on every message that may hold an address.
  const thaiLine = THAI.test(line);
  let i = 0;
  while (i < line.length) {
    while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
    let from = i;
    while (i < line.length && !isSpaceCode(line.charCodeAt(i))) i++;
    let to = i;
    while (from < to && LEADING.has(line[from])) from++;
    while (to > from && TRAILING.has(line[to - 1])) to--;
    if (to === from) continue;
    const bare = line.slice(from, to);
    let key = bare.toLowerCase();
    while (key.endsWith('.')) key = key.slice(0, -1);
    const first = bare.charCodeAt(0);
    const start = offset + from;
    const end = offset + to;
    out.push({ start, end, bare, key, num: isDigitCode(first) || (first === 35 && isDigitCode(bare.charCodeAt(1))), cap: isUpperAt(bare, first), thai: thaiLine && THAI.test(bare), colon: text[end] === ':' });
  }
  return out;
}

const LEADING = new Set(['(', '"', "'", '[', '“', '‘']);
const TRAILING = new Set([',', ';', ':', '!', '?', ')', '"', "'", ']', '”', '’']);

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x200e || code === 0x200f || code === 0x3000;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isUpperAt(word: string, code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return STARTS_UPPER.test(word);
}

function endsSentence(text: string, t: Token, next: Token | undefined): boolean {
  const after = text[t.end];
  if (after === '!' || after === '?') return true;
  // Chat rarely capitalises after a full stop: "…, Kedah. lepas 7pm ada orang".
  if (!t.bare.endsWith('.') || next === undefined || ABBREVIATION.has(t.key) || /^\p{Lu}\.$/u.test(t.bare)) return false;
  // "Singapore 380115. Open Tue-Sun": a number ends a sentence before a capital only ("No. 5.2" does not).
  return !t.num || next.cap;
}

/** Cuts a message into segments at line ends, commas, semicolons and sentence ends. */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const tokens = tokensOf(text, line, offset);
    let current: Token[] = [];
    let breakBefore = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // An aside in brackets ("(Mon-Sat 10am-7pm)") is never part of the address before it.
      if (text[t.start - 1] === '(' && current.length) {
        segments.push({ tokens: current, breakBefore });
        current = [];
        breakBefore = true;
      }
      current.push(t);
      const between = text.slice(t.end, tokens[i + 1]?.start ?? t.end + 1);
      const sentence = endsSentence(text, t, tokens[i + 1]) || between.includes(')');
      if (sentence || between.includes(',') || between.includes(';')) {
        segments.push({ tokens: current, breakBefore });
        current = [];
        breakBefore = sentence;
      }
    }
    if (current.length) segments.push({ tokens: current, breakBefore });
    offset += line.length + 1;
  }
  return segments;
}

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
  if (k?.weak) return 1;
  // "Baringo Road" alone may be a song or a landmark; with its house number, or "off …", it is a street.
  if (evidence.part === 'street' && k?.need === 'name-before') return 1 + (tokens[start].num || tokens[at + 1]?.num ? 1 : 0) + (tokens[start].key === 'off' ? 1 : 0);
  return WEIGHT[evidence.part];
}

function isPlaceToken(t: Token): boolean {
  return t.cap || t.num || CONNECTORS.has(t.key) || ADDRESS_KEYWORDS.has(t.key);
}

function isPostcodeAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!POSTCODE.test(t.bare) && !(/^\d{4}$/.test(t.bare) && NL_POSTCODE_LETTERS.test(tokens[k + 1]?.bare ?? ''))) return false;
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
  // "Alamat: …" makes its value an address; any other label ("Tel:", "Nama:") makes it something else.
  const labelEnd = all.findIndex((t, k) => k < 4 && t.colon);
  let weight = 0;
  if (labelEnd >= 0) {
    const label = all.slice(0, labelEnd + 1).map((t) => t.bare).join(' ');
    if (!ADDRESS_LABEL.test(label) || labelEnd === all.length - 1) return { segment, ...NOT_ADDRESS };
    weight = BLOCK_WEIGHT;
  }
  const from = labelEnd + 1;
  const tokens = all.slice(from);
  let startToken = labelEnd >= 0 ? 0 : -1;
  let strong = labelEnd >= 0;
  for (let i = 0; i < tokens.length; i++) {
    const evidence = evidenceAt(tokens, i);
    if (evidence === null) continue;
    const s = startFor(tokens, i, evidence);
    weight += weightOf(tokens, s, i, evidence);
    if (!evidence.keyword?.weak) strong = true;
    if (startToken < 0 || s < startToken) startToken = s;
  }
  const placeLike = tokens.length <= MAX_PLACE_TOKENS && tokens.every((t, k) => isPlaceToken(t) || (k === tokens.length - 1 && PARTICLES.has(t.key)));
  const postcode = tokens.findIndex((_, k) => isPostcodeAt(tokens, k));
  if (postcode >= 0 && (placeLike || weight > 0)) {
    // "47300 Petaling Jaya" and "Singapore 560456" are addresses alone; "Bangkok 10250" or a bare number only beside one.
    const leading = postcode === 0 && tokens.length > 1;
    const singapore = tokens.length === 2 && /^singapore$/i.test(tokens[0].bare) && tokens[1].bare.length === 6;
    weight += weight > 0 ? 1 : leading || singapore ? 2 : 1;
    if (startToken < 0) startToken = 0;
    strong = true;
  }
  if (weight === 0) return { segment, weight: placeLike ? 0 : -1, startToken: 0, strong: false };
  return { segment, weight, startToken: from + Math.max(0, startToken), strong };
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
function mayHoldAddress(text: string, phones: RedactionCandidate[]): boolean {
  if (!ANY_DIGIT.test(text)) return GATE_WITHOUT_DIGITS.test(text);
  if (GATE_WITH_DIGITS.test(text)) return true;
  POSTCODE_LONG.lastIndex = 0;
  for (let m = POSTCODE_LONG.exec(text); m; m = POSTCODE_LONG.exec(text)) {
    const at = m.index;
    if (!phones.some((p) => p.start <= at && at < p.end)) return true;
  }
  return false;
}

/** Every address in one message. `phones` are the phone hits already found in it: a phone line ends an address. */
export function findAddresses(text: string, phones: RedactionCandidate[] = []): AddressScan {
  if (text.length > 20000 || !mayHoldAddress(text, phones)) return NO_ADDRESS;
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
    while (j < weighed.length && weighed[j].weight >= 0 && !weighed[j].segment.breakBefore) j++;
    // "45, Lorong Bercham Permai 7": a house number written before the street, after a comma.
    const first = i > 0 && isHouseNumberBefore(text, weighed[i - 1].segment, weighed[i].segment) ? i - 1 : i;
    const run = weighed.slice(first, j);
    if (run.some((w) => w.strong) && run.reduce((sum, w) => sum + w.weight, 0) >= BLOCK_WEIGHT) {
      push(out, run, first < i ? 0 : run[0].startToken);
      if (j === weighed.length) endsWithAddress = true;
    }
    i = j;
  }
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

function isHouseNumberBefore(text: string, before: Segment, address: Segment): boolean {
  if (before.tokens.length !== 1 || !/^\d{1,5}[A-Za-z]?$/.test(before.tokens[0].bare)) return false;
  return !text.slice(before.tokens[0].end, address.tokens[0].start).includes('\n');
}

function push(out: RedactionCandidate[], run: Weighed[], startToken: number): void {
  const firstTokens = run[0].segment.tokens;
  const start = firstTokens[Math.min(startToken, firstTokens.length - 1)].start;
  const end = endOf(run[run.length - 1].segment.tokens);
  if (end > start) out.push({ start, end, type: 'ADDRESS', placeholder: '[ADDRESS]' });
}

/** The shop giving its own address ("mampir showroom kami di Jl. …", "mang qua shop: 88 Hẻm …"), which may stay. */
export function isShopsOwnAddress(text: string, start: number): boolean {
  return SHOP_ADDRESS_CUE.test(text.slice(Math.max(0, start - 80), start));
}

// A named neighbourhood inside an address: "Perumahan Griya Asri", "Taman Mawar Indah", "Sunshine Homes Estate".
const PLACE_AFTER = /(?<![\p{L}])(?:Perumahan|Perum\.?|Komplek|Komp\.?|Taman|Tmn\.?|Desa|Kampung|Kg\.?|Kelurahan|Kel\.|Brgy\.?|Barangay|Sitio|Purok|Villa|Residensi|Residence)[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}'-]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'-]+){1,3})/gu;
const PLACE_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'-]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'-]+){1,3})[ \u00a0]+(?:Estate|Subd\.?|Subdivision|Village|Residences|Gardens|Heights)(?![\p{L}])/gu;

/**
 * Names of the neighbourhoods in an address, two words or more: a customer who gave
 * "Perumahan Griya Asri, Blok C3" says "sampai Griya Asri" later, and that is as telling.
 */
export function placeNamesIn(address: string): string[] {
  const out: string[] = [];
  for (const re of [PLACE_AFTER, PLACE_BEFORE]) {
    for (const m of address.matchAll(re)) {
      // "Griya Asri Blok C3": the name ends where the next address word starts.
      const words = m[1].split(/[ \u00a0]/);
      const end = words.findIndex((w) => ADDRESS_KEYWORDS.has(w.toLowerCase().replace(/\.$/, '')));
      const name = end < 0 ? words : words.slice(0, end);
      if (name.length >= 2) out.push(name.join(' '));
    }
  }
  return out;
}
