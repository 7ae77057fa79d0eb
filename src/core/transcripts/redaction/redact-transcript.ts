/**
 * Redaction of a whole normalized transcript, run before anything is written: a pure function
 * returning the redacted transcript, every span (with the original text, for in-memory undo only)
 * and counts per type. Customers' display names are replaced by their pseudonyms.
 */
import type { RedactionSpan, RedactionSummary, RedactionType, TranscriptMessage, TranscriptParticipant } from '../../../shared/domain/transcript';
import { REDACTION_TYPES } from '../../../shared/domain/transcript';
import type { RedactionCandidate } from './redaction-candidate';
import { findLocalPhoneShapes, findPhones, isCountryCode, mayHoldPhone } from './phone-detection';
import type { CountryCode } from 'libphonenumber-js';
import { findCardNumbers, findEmails, findLabelledAccounts, findOrderNumbers, findPersonalUrls } from './pattern-detectors';
import { findAddressContinuation, findAddresses, isShopsOwnAddress, placeNamesIn } from './address-detection';
import { findIbans, findNationalIds } from './id-detection';
import { buildNameMatcher, learnNamesFromText, learnPatronymicNames, type NameToRedact } from './name-detection';
import { renderRedactions, resolveOverlaps } from './redaction-spans';
import { findNameCues, isCommonWord, nameCueCandidates, type NameCue } from './name-cues';

export interface RedactableTranscript {
  title: string;
  participants: TranscriptParticipant[];
  messages: TranscriptMessage[];
}

export interface RedactionOptions {
  /** Shop's region (ISO 3166 alpha-2) for local phone formats. */
  region?: string;
  /** Order/tracking patterns; none by default (order numbers are useful in training). */
  orderPatterns?: RegExp[];
  /** Extra names to redact (e.g. known customers of the workspace). */
  extraNames?: string[];
  /** Also redact staff names (kept by default: the shop trains on its own replies). */
  redactStaffNames?: boolean;
  /** The shop's own name: nothing inside it is personal ("Sneaker Hẻm 88" is not an address). */
  shopName?: string;
}

/**
 * A word the detector is unsure of (a capitalised word after an honorific that is also a common
 * word: "kak Intan", "Miss Rose"): left visible and shown to the reviewer, who hides or keeps it.
 * Offsets index the ORIGINAL message text, like a span's start/end; memory only.
 */
export interface RedactionSuggestion {
  id: string;
  messageId: string;
  start: number;
  end: number;
  type: RedactionType;
  /** Why it is uncertain, in words for the reviewer. */
  reason: string;
}

export interface RedactionOutcome<T extends RedactableTranscript = RedactableTranscript> {
  transcript: T;
  spans: RedactionSpan[];
  counts: RedactionSummary[];
  /** Uncertain candidates left visible for the reviewer; empty when none. */
  suggestions: RedactionSuggestion[];
}

const DIGIT = /\d/;
/** Digits, '@' or a link: the only texts where non-name personal data can be. */
const INTERESTING = /[\d@]|http|www\.|wa\.me/;

export function countsOf(spans: RedactionSpan[]): RedactionSummary[] {
  const counts = new Map<RedactionType, number>();
  for (const s of spans) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return REDACTION_TYPES.filter((t) => counts.has(t)).map((type) => ({ type, count: counts.get(type)! }));
}

/** Names of every participant who is not staff, labelled with their pseudonym. */
function participantNames(participants: TranscriptParticipant[], options: RedactionOptions): NameToRedact[] {
  return participants.filter((p) => options.redactStaffNames || p.side !== 'staff').map((p) => ({ name: p.name, label: p.pseudonym }));
}

const NONE: RedactionCandidate[] = [];
/** Six or more digits in one run: cards, accounts and local phone shapes all need one. */
const LONG_DIGITS = /\d[\d -]{4,}\d/;

function withMore(list: RedactionCandidate[], more: RedactionCandidate[]): RedactionCandidate[] {
  return more.length === 0 ? list : list.length === 0 ? more : list.concat(more);
}

/** Everything except names and addresses, which need the whole transcript first. Allocates only on a hit. */
function findNonNameCandidates(text: string, hasDigit: boolean, phoneHits: RedactionCandidate[], orderPatterns: RegExp[] | undefined): RedactionCandidate[] {
  let out = phoneHits;
  if (text.includes('@')) out = withMore(out, findEmails(text));
  if (text.includes('http') || text.includes('www.') || text.includes('wa.me')) out = withMore(out, findPersonalUrls(text));
  if (hasDigit) {
    if (LONG_DIGITS.test(text)) out = withMore(withMore(withMore(withMore(out, findCardNumbers(text)), findLabelledAccounts(text)), findNationalIds(text)), findIbans(text));
    if (orderPatterns?.length) out = withMore(out, findOrderNumbers(text, orderPatterns));
  }
  return out;
}

/** Phone hits for one text in the primary region (local shapes included). */
function phonesIn(text: string, region: CountryCode | undefined, countries: Set<string>): RedactionCandidate[] {
  if (!mayHoldPhone(text)) return NONE;
  const shapes = findLocalPhoneShapes(text);
  const found = findPhones(text, region, shapes);
  for (const c of found.countries) countries.add(c);
  return withMore(found.candidates, shapes);
}

/** What one text holds apart from names; a pure function of the text, so repeated texts share it. */
interface TextAnalysis {
  hasDigit: boolean;
  /** It ends inside an address, which the same sender's next message may go on with. */
  endsWithAddress: boolean;
  phones: RedactionCandidate[];
  candidates: RedactionCandidate[];
  /** Names this text teaches when a customer wrote it; computed on first need. */
  learnable: string[] | null;
  /** Names pointed at by a form of address, a label or a self-introduction (sure and uncertain). */
  cues: NameCue[];
  /** The sure cues as candidates. */
  cueHits: RedactionCandidate[];
  /** The candidates kept after names are added and overlaps resolved; computed on first need. */
  accepted: RedactionCandidate[] | null;
  /** One object for every text in which nothing was found: nothing is cached on it. */
  shared: boolean;
}

function analysis(hasDigit: boolean, endsWithAddress: boolean, phones: RedactionCandidate[], candidates: RedactionCandidate[], cues: NameCue[]): TextAnalysis {
  return { hasDigit, endsWithAddress, phones, candidates, cues, cueHits: cues.length ? nameCueCandidates(cues) : NONE, learnable: null, accepted: null, shared: false };
}

const NO_CUES: NameCue[] = [];
const NOTHING_FOUND: TextAnalysis = { hasDigit: false, endsWithAddress: false, phones: NONE, candidates: NONE, cues: NO_CUES, cueHits: NONE, learnable: null, accepted: null, shared: true };
const NOTHING_FOUND_WITH_DIGITS: TextAnalysis = { ...NOTHING_FOUND, hasDigit: true };

/** Chats repeat short texts (templates, "ok", "thank you"): analyse each distinct one once. */
const MEMO_MAX_TEXT = 400;
const MEMO_MAX_ENTRIES = 100000;
/** A chat whose texts hardly repeat gains nothing from the memo and pays for every entry: after this many lookups with fewer than a tenth found, it is dropped. */
const MEMO_TRIAL = 8192;

/** Remembers analyses of distinct short texts while that pays. */
class AnalysisMemo {
  private map: Map<string, TextAnalysis> | null = new Map();
  private lookups = 0;
  private hits = 0;

  /** False once the memo is dropped: then results are not kept per text. */
  get active(): boolean {
    return this.map !== null;
  }

  get(text: string): TextAnalysis | undefined {
    if (this.map === null || text.length > MEMO_MAX_TEXT) return undefined;
    const found = this.map.get(text);
    if (found !== undefined) this.hits++;
    if (++this.lookups === MEMO_TRIAL && this.hits * 10 < this.lookups) this.map = null;
    return found;
  }

  set(text: string, a: TextAnalysis): void {
    if (this.map !== null && text.length <= MEMO_MAX_TEXT && this.map.size < MEMO_MAX_ENTRIES) this.map.set(text, a);
  }
}

function learnableOf(text: string, a: TextAnalysis): string[] {
  if (a.shared) return learnPatronymicNames(text);
  if (a.learnable) return a.learnable;
  const patronymic = learnPatronymicNames(text);
  const learnable = a.candidates.length ? patronymic.concat(learnNamesFromText(text, a.phones.map((p) => p.start))) : patronymic;
  a.learnable = learnable;
  return learnable;
}

/** Between two hidden parts of one name: an initial, a middle name, a connector ("Inês M. Carvalho", "Wanjiru Njeri Kamau"). */
const INSIDE_NAME = /^[ \u00a0]+(?:(?:\p{Lu}\.?|\p{Lu}[\p{Ll}\p{M}]+|de|da|do|dos|van|der|von|bin|binti)[ \u00a0]+)?$/u;
/** Before a hidden name: an initial and perhaps a connector ("S. de Vries"). */
const INITIAL_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}\.[ \u00a0]+(?:(?:de|da|do|dos|van|der|von)[ \u00a0]+)?$/u;
/** Before a hidden name: a given name written with the family name we know ("Tunde Adebayo", "Li Ting"). */
const GIVEN_NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}]+)[ \u00a0]$/u;
/** After a hidden name, ending the line or sentence: the family name written with it ("Wanjiru Kamau"). */
const FAMILY_NAME_AFTER = /^[ \u00a0](\p{Lu}[\p{Ll}\p{M}]{2,})(?=[ \u00a0]*(?:[,.!?]|\n|$))/u;
/** After a hidden name: a partner named with it ("Wei Ling & Jun Hao"). */
const PARTNER_AFTER = /^[ \u00a0]*(?:&|and|dan|at)[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}])/u;

/** One name is one span: hidden parts are joined over what stands between them, and initials beside them are hidden too. */
function joinNameParts(text: string, accepted: RedactionCandidate[]): RedactionCandidate[] {
  if (!accepted.some((c) => c.type === 'NAME')) return accepted;
  const out: RedactionCandidate[] = [];
  for (const c of accepted) {
    const last = out[out.length - 1];
    if (c.type === 'NAME' && last?.type === 'NAME' && INSIDE_NAME.test(text.slice(last.end, c.start))) {
      out[out.length - 1] = { ...last, end: c.end };
      continue;
    }
    out.push(c.type === 'NAME' ? { ...c } : c);
  }
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c.type !== 'NAME') continue;
    const floor = out[k - 1]?.end ?? 0;
    const before = INITIAL_BEFORE.exec(text.slice(Math.max(floor, c.start - 12), c.start));
    if (before) c.start -= before[0].length;
    // Only where the name ends there: "show Tunde Adebayo", not "Linen Thu Sage".
    const given = FAMILY_NAME_AFTER.test(text.slice(c.end)) || /^[ \u00a0]*(?:[,.!?]|\n|$)/.test(text.slice(c.end, c.end + 3)) ? GIVEN_NAME_BEFORE.exec(text.slice(Math.max(floor, c.start - 20), c.start)) : null;
    if (given && !isCommonWord(given[1])) c.start -= given[0].length;
    const family = FAMILY_NAME_AFTER.exec(text.slice(c.end, Math.min(out[k + 1]?.start ?? text.length, c.end + 30)));
    if (family && !isCommonWord(family[1])) c.end += family[0].length;
    const ceiling = out[k + 1]?.start ?? text.length;
    const after = PARTNER_AFTER.exec(text.slice(c.end, Math.min(ceiling, c.end + 40)));
    if (after) c.end += after[0].length;
  }
  return out;
}

/** Bare mentions of learned neighbourhood names, as written or in capitals, as addresses. */
function buildPlaceMatcher(places: Set<string>): (text: string) => RedactionCandidate[] {
  if (places.size === 0) return () => NONE;
  const forms = [...places].flatMap((p) => [p, p.toUpperCase()]).sort((a, b) => b.length - a.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    regex.lastIndex = 0;
    if (!regex.test(text)) return NONE;
    regex.lastIndex = 0; // matchAll starts where test left off
    return Array.from(text.matchAll(regex), (m): RedactionCandidate => ({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', placeholder: '[ADDRESS]' }));
  };
}

/** Uncertain names that nothing hid after all, each once per message, for the reviewer. */
function suggestionsOf(uncertain: { index: number; cue: NameCue }[] | null, messages: TranscriptMessage[], spans: RedactionSpan[]): RedactionSuggestion[] {
  if (uncertain === null) return [];
  const out: RedactionSuggestion[] = [];
  for (const { index, cue } of uncertain) {
    const messageId = messages[index].id;
    if (spans.some((s) => s.messageId === messageId && s.start < cue.end && cue.start < s.end)) continue;
    out.push({ id: `${messageId}-s${out.length + 1}`, messageId, start: cue.start, end: cue.end, type: 'NAME', reason: cue.uncertain! });
  }
  return out;
}

/** The shop's name, and the address the shop gives as its own, are not personal data. */
function keepShopsOwn(text: string, accepted: RedactionCandidate[], fromStaff: boolean, shopName: string | undefined): RedactionCandidate[] {
  const lower = shopName && shopName.length >= 3 ? text.toLowerCase() : '';
  // The whole name, and any two of its words in a row ("Batik Larasati" of "Batik Larasati Pekalongan").
  const words = shopName?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const forms = [words.join(' '), ...words.slice(1).map((w, k) => `${words[k]} ${w}`)].filter((f) => f.length >= 3);
  const insideShopName = (c: RedactionCandidate): boolean => {
    if (!lower) return false;
    for (const form of forms) for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) if (at <= c.start && c.end <= at + form.length) return true;
    return false;
  };
  const kept = accepted.filter((c) => !insideShopName(c) && !(fromStaff && c.type === 'ADDRESS' && isShopsOwnAddress(text, c.start)));
  return kept.length === accepted.length ? accepted : kept;
}

/**
 * One sparse pass: most messages hold no digits, '@' or links, and only staff-free texts can
 * teach new names, so the per-message work is a few cheap checks; candidates are kept only on a hit.
 * Results are memoised per distinct short text, so a chat's repeated lines cost one map lookup.
 */
export function redactTranscript<T extends RedactableTranscript>(transcript: T, options: RedactionOptions = {}): RedactionOutcome<T> {
  const primary = isCountryCode(options.region) ? options.region : undefined;
  const countries = new Set<string>();
  const messages = transcript.messages;
  const analyses: TextAnalysis[] = new Array(messages.length);
  const withDigits: number[] = [];
  const learned = new Set<string>(options.extraNames ?? []);
  const staffIds = new Set(transcript.participants.filter((p) => p.side === 'staff').map((p) => p.id));
  const memo = new AnalysisMemo();
  // The rest of an address the same sender's previous message ended with.
  const continued = new Map<number, RedactionCandidate[]>();
  let uncertain: { index: number; cue: NameCue }[] | null = null;
  // Neighbourhoods named in customers' addresses, hidden wherever they are mentioned again.
  const places = new Set<string>();
  for (let i = 0; i < messages.length; i++) {
    const text = messages[i].text;
    let a = memo.get(text);
    if (a === undefined) {
      // One scan decides whether anything but names can be here (most chat lines: no).
      const interesting = INTERESTING.test(text);
      const hasDigit = interesting && DIGIT.test(text);
      const phones = hasDigit ? phonesIn(text, primary, countries) : NONE;
      const addresses = findAddresses(text, phones);
      const candidates = withMore(interesting ? findNonNameCandidates(text, hasDigit, phones, options.orderPatterns) : NONE, addresses.candidates);
      const cues = findNameCues(text);
      // Without the memo, a text in which nothing was found needs no object of its own.
      if (candidates.length === 0 && cues.length === 0 && !memo.active) a = hasDigit ? NOTHING_FOUND_WITH_DIGITS : NOTHING_FOUND;
      else {
        a = analysis(hasDigit, addresses.endsWithAddress, phones, candidates, cues);
        memo.set(text, a);
      }
    }
    // Names pointed at by a form of address, a label or a self-introduction, in anyone's message.
    for (const cue of a.cues) {
      if (cue.uncertain) (uncertain ??= []).push({ index: i, cue });
      else if (cue.name.length >= 3) learned.add(cue.name);
    }
    // An address typed over several messages: "Kec. Cibinong Kab. Bogor", then "16913".
    const previous = messages[i - 1];
    if (i > 0 && analyses[i - 1].endsWithAddress && previous.sender === messages[i].sender) {
      const more = findAddressContinuation(text, a.phones);
      if (more.length) continued.set(i, more);
    }
    if (a.hasDigit) withDigits.push(i);
    analyses[i] = a;
    // Third parties' names come with their contact details ("my husband Hafiz +60 ...", "X binti Y,
    // Jalan ..."): learn names only from non-staff messages that carry other personal data.
    if (!staffIds.has(messages[i].sender ?? '')) {
      for (const n of learnableOf(text, a)) learned.add(n);
      for (const c of a.candidates) if (c.type === 'ADDRESS') for (const p of placeNamesIn(text.slice(c.start, c.end))) places.add(p);
    }
  }
  // Phones of other regions seen in the transcript: rare, kept per message.
  let extra: Map<number, RedactionCandidate[]> | null = null;
  for (const country of countries) {
    if (country === primary || !isCountryCode(country)) continue;
    for (const i of withDigits) {
      const more = findPhones(messages[i].text, country).candidates;
      if (more.length) (extra ??= new Map()).set(i, withMore(extra.get(i) ?? NONE, more));
    }
  }
  const staffNames = transcript.participants.filter((p) => p.side === 'staff').map((p) => p.name.toLowerCase());
  const names = participantNames(transcript.participants, options);
  for (const n of learned) if (!staffNames.includes(n.toLowerCase())) names.push({ name: n, label: '' });
  const matcher = buildNameMatcher(names);
  const placeMatcher = buildPlaceMatcher(places);

  const spans: RedactionSpan[] = [];
  const redacted: TranscriptMessage[] = new Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    const text = message.text;
    const a = analyses[i];
    const continuation = continued.get(i);
    const phonesMore = extra?.get(i);
    const more = continuation && phonesMore ? withMore(continuation, phonesMore) : (continuation ?? phonesMore);
    // Accepted candidates are a pure function of the text once names are known: shared by repeats.
    let accepted = more ? null : a.accepted;
    if (accepted === null) {
      const nameHits = withMore(matcher.find(text), placeMatcher(text));
      const others = more ? withMore(a.candidates, more) : a.candidates;
      // Cue hits come last: where a known name covers the same words, its labelled placeholder wins the tie.
      const all = withMore(withMore(others, nameHits), a.cueHits);
      accepted = all.length === 0 ? NONE : joinNameParts(text, resolveOverlaps(all));
      if (!more && !a.shared) a.accepted = accepted;
    }
    if (accepted.length && (staffIds.has(message.sender ?? '') || options.shopName)) accepted = keepShopsOwn(text, accepted, staffIds.has(message.sender ?? ''), options.shopName);
    if (accepted.length === 0) {
      redacted[i] = message;
      continue;
    }
    const rendered = renderRedactions(text, message.id, accepted, (k) => `${message.id}-r${k + 1}`);
    for (const span of rendered.spans) spans.push(span);
    redacted[i] = { ...message, text: rendered.text };
  }

  const suggestions = suggestionsOf(uncertain, messages, spans);
  const titleCountries = new Set<string>();
  const titleCandidates = resolveOverlaps([...matcher.find(transcript.title), ...phonesIn(transcript.title, primary, titleCountries), ...findEmails(transcript.title)]);
  const title = renderRedactions(transcript.title, 'title', titleCandidates, () => 'title').text;
  const participants = transcript.participants.map((p) => (p.side === 'staff' && !options.redactStaffNames ? p : { ...p, name: p.pseudonym }));
  return { transcript: { ...transcript, title, participants, messages: redacted }, spans, counts: countsOf(spans), suggestions };
}
