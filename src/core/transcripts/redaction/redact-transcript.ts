/**
 * Redaction of a whole normalized transcript, run before anything is written: a pure function
 * returning the redacted transcript, every span (with the original text, for in-memory undo only)
 * and counts per type. Customers' display names are replaced by their pseudonyms.
 */
import type { RedactionSpan, RedactionSummary, RedactionType, TranscriptMessage, TranscriptParticipant } from '../../../shared/domain/transcript';
import { REDACTION_TYPES } from '../../../shared/domain/transcript';
import type { RedactionCandidate } from './redaction-candidate';
import { findLocalPhoneShapes, findPhones, isCountryCode, mayHoldPhone } from './phone-detection';
import { findCardNumbers, findEmails, findLabelledAccounts, findOrderNumbers, findPersonalUrls } from './pattern-detectors';
import { findAddresses } from './address-detection';
import { buildNameMatcher, learnNamesFromText, type NameToRedact } from './name-detection';
import { renderRedactions, resolveOverlaps } from './redaction-spans';

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
}

export interface RedactionOutcome<T extends RedactableTranscript = RedactableTranscript> {
  transcript: T;
  spans: RedactionSpan[];
  counts: RedactionSummary[];
}

const DIGIT = /\d/;

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

/** Everything except names, which need the whole transcript first. Allocates only on a hit. */
function findNonNameCandidates(text: string, phoneHits: RedactionCandidate[], orderPatterns: RegExp[] | undefined): RedactionCandidate[] {
  let out = phoneHits;
  if (text.includes('@')) out = withMore(out, findEmails(text));
  if (text.includes('http') || text.includes('www.') || text.includes('wa.me')) out = withMore(out, findPersonalUrls(text));
  if (DIGIT.test(text)) {
    if (LONG_DIGITS.test(text)) out = withMore(withMore(out, findCardNumbers(text)), findLabelledAccounts(text));
    out = withMore(out, findAddresses(text));
    if (orderPatterns?.length) out = withMore(out, findOrderNumbers(text, orderPatterns));
  }
  return out;
}

function withMore(list: RedactionCandidate[], more: RedactionCandidate[]): RedactionCandidate[] {
  return more.length === 0 ? list : list.length === 0 ? more : list.concat(more);
}

/** Phones per message index (absent = none), in the shop's region and in regions seen in international numbers. */
function detectPhones(texts: string[], region: string | undefined): Map<number, RedactionCandidate[]> {
  const hits = new Map<number, RedactionCandidate[]>();
  const seenCountries = new Set<string>();
  const candidates: number[] = [];
  const primary = isCountryCode(region) ? region : undefined;
  texts.forEach((text, i) => {
    if (!mayHoldPhone(text)) return;
    candidates.push(i);
    const found = findPhones(text, primary);
    const shapes = findLocalPhoneShapes(text);
    const all = shapes.length ? found.candidates.concat(shapes) : found.candidates;
    if (all.length) hits.set(i, all);
    for (const c of found.countries) seenCountries.add(c);
  });
  for (const country of seenCountries) {
    if (country === primary || !isCountryCode(country)) continue;
    for (const i of candidates) {
      const more = findPhones(texts[i], country).candidates;
      if (more.length) hits.set(i, (hits.get(i) ?? NONE).concat(more));
    }
  }
  return hits;
}

function mergeNameSpans(found: RedactionCandidate[], others: RedactionCandidate[]): RedactionCandidate[] {
  if (found.length === 0) return others;
  return others.length ? others.concat(found) : found;
}

export function redactTranscript<T extends RedactableTranscript>(transcript: T, options: RedactionOptions = {}): RedactionOutcome<T> {
  const texts = transcript.messages.map((m) => m.text);
  texts.push(transcript.title);
  const phones = detectPhones(texts, options.region);
  texts.pop();
  const nonName = texts.map((text, i) => findNonNameCandidates(text, phones.get(i) ?? NONE, options.orderPatterns));

  const learned = new Set<string>(options.extraNames ?? []);
  texts.forEach((text, i) => {
    const phoneStarts = (phones.get(i) ?? NONE).map((p) => p.start);
    for (const n of learnNamesFromText(text, phoneStarts)) learned.add(n);
  });
  const staffFolded = transcript.participants.filter((p) => p.side === 'staff').map((p) => p.name.toLowerCase());
  const names = participantNames(transcript.participants, options);
  for (const n of learned) if (!staffFolded.includes(n.toLowerCase())) names.push({ name: n, label: '' });
  const matcher = buildNameMatcher(names);

  const spans: RedactionSpan[] = [];
  const messages = transcript.messages.map((message, i) => {
    const accepted = resolveOverlaps(mergeNameSpans(matcher.find(message.text), nonName[i]));
    if (accepted.length === 0) return message;
    const rendered = renderRedactions(message.text, message.id, accepted, (k) => `${message.id}-r${k + 1}`);
    spans.push(...rendered.spans);
    return { ...message, text: rendered.text };
  });

  const titleCandidates = resolveOverlaps([...matcher.find(transcript.title), ...(phones.get(texts.length) ?? NONE), ...findEmails(transcript.title)]);
  const title = renderRedactions(transcript.title, 'title', titleCandidates, () => 'title').text;
  const participants = transcript.participants.map((p) => (p.side === 'staff' && !options.redactStaffNames ? p : { ...p, name: p.pseudonym }));
  return { transcript: { ...transcript, title, participants, messages }, spans, counts: countsOf(spans) };
}
