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

/** Everything except names, which need the whole transcript first. */
function findNonNameCandidates(text: string, phoneHits: RedactionCandidate[], orderPatterns: RegExp[] | undefined): RedactionCandidate[] {
  const out: RedactionCandidate[] = [...phoneHits];
  if (text.includes('@')) out.push(...findEmails(text));
  if (text.includes('http') || text.includes('www.') || text.includes('wa.me')) out.push(...findPersonalUrls(text));
  if (DIGIT.test(text)) {
    out.push(...findCardNumbers(text), ...findLabelledAccounts(text), ...findAddresses(text));
    if (orderPatterns?.length) out.push(...findOrderNumbers(text, orderPatterns));
  }
  return out;
}

/** Phones for every message, in the shop's region and in regions seen in international numbers. */
function detectPhones(texts: string[], region: string | undefined): RedactionCandidate[][] {
  const hits: RedactionCandidate[][] = texts.map(() => []);
  const seenCountries = new Set<string>();
  const candidates: number[] = [];
  const primary = isCountryCode(region) ? region : undefined;
  texts.forEach((text, i) => {
    if (!mayHoldPhone(text)) return;
    candidates.push(i);
    const found = findPhones(text, primary);
    hits[i] = found.candidates.concat(findLocalPhoneShapes(text));
    for (const c of found.countries) seenCountries.add(c);
  });
  for (const country of seenCountries) {
    if (country === primary || !isCountryCode(country)) continue;
    for (const i of candidates) hits[i] = hits[i].concat(findPhones(texts[i], country).candidates);
  }
  return hits;
}

function mergeNameSpans(found: RedactionCandidate[], others: RedactionCandidate[]): RedactionCandidate[] {
  return found.length ? others.concat(found) : others;
}

export function redactTranscript<T extends RedactableTranscript>(transcript: T, options: RedactionOptions = {}): RedactionOutcome<T> {
  const texts = transcript.messages.map((m) => m.text);
  const phones = detectPhones([...texts, transcript.title], options.region);
  const nonName = texts.map((text, i) => findNonNameCandidates(text, phones[i], options.orderPatterns));

  const learned = new Set<string>(options.extraNames ?? []);
  texts.forEach((text, i) => {
    const phoneStarts = phones[i].map((p) => p.start);
    if (phoneStarts.length || text.includes(' bin') || /\p{Lu}/u.test(text)) for (const n of learnNamesFromText(text, phoneStarts)) learned.add(n);
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

  const titleCandidates = resolveOverlaps([...matcher.find(transcript.title), ...phones[texts.length], ...findEmails(transcript.title)]);
  const title = renderRedactions(transcript.title, 'title', titleCandidates, () => 'title').text;
  const participants = transcript.participants.map((p) => (p.side === 'staff' && !options.redactStaffNames ? p : { ...p, name: p.pseudonym }));
  return { transcript: { ...transcript, title, participants, messages }, spans, counts: countsOf(spans) };
}
