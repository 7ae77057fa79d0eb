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
import { findAddressContinuation, findAddresses } from './address-detection';
import { buildPlaceMatcher, placeNamesIn } from './place-names';
import { findIbans, findNationalIds } from './id-detection';
import { buildNameMatcher, learnNamesFromText, learnPatronymicNames, type NameToRedact } from './name-detection';
import { renderRedactions, resolveOverlaps } from './redaction-spans';
import { findNameCues, nameCueCandidates, type NameCue } from './name-cues';
import { givenNamesOf } from './name-lines';
import { joinNameParts } from './name-joining';
import { keepShopsOwn } from './shops-own-text';

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
      else if (cue.name.length >= 3) {
        learned.add(cue.name);
        // "Ngozi Eze" is "Ngozi" later in the chat; a Vietnamese name is called by its last word.
        for (const part of givenNamesOf(cue.name)) learned.add(part);
      }
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
