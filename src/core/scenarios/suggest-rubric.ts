/**
 * A first rubric for a step made from a real chat, drafted from what the staff member actually
 * said: each fact the real reply stated (a price, a day, a time, how long) becomes a fact element,
 * each service move it made (owning the problem, a promise with a time, an alternative, asking for
 * details …) a concept element, an apology and the customer's name become tone checks, and blaming
 * the customer a must-avoid item. The owner accepts or edits each; nothing here is final.
 *
 * Facts and concepts match by value and meaning, not by the real reply's words, so another good
 * reply worded differently still meets them.
 */
import type { MustAvoidItem, RubricElement, ToneChecks } from '../../shared/domain/scenario';
import type { RubricSuggestion } from '../../shared/domain/rubric-suggestion';
import { conceptLabel, findConcept } from '../scoring/concepts/concepts';
import { factsAgree } from '../scoring/facts/facts-agree';
import { findCustomerName } from '../scoring/customer-name';
import type { Fact } from '../scoring/facts/fact-types';
import { readReply } from '../scoring/score-free-text-reply';
import { containsThai } from '../scoring/text-folding';
import { findApologies } from '../scoring/tone-checks';
import { questionsAnswering, wordsAnsweringUnaskedQuestions } from '../scoring/customer-questions';

export interface RubricSuggestionInput {
  /** What the staff member really wrote (redacted). */
  realReply: string;
  /** What the customer wrote just before it. */
  customerMessages: readonly string[];
  language: string;
  /** The customer's pseudonym, written into the model answer where the chat has a name placeholder. */
  customerName?: string;
  /** The standards the rubric may score against; the best fitting is chosen per element. */
  standardIds: readonly string[];
}

export type { RubricSuggestion };

/** Service moves worth an element of their own, in the order a reply usually makes them. */
const MOVES = ['ownership', 'empathy', 'refund', 'exchange', 'shop-pays-shipping', 'alternative', 'recommend', 'promise-update', 'move-private', 'ask-details', 'invite-feedback'] as const;

/** The standard each kind of element scores best against, most fitting first. */
const STANDARD_FOR: Record<string, readonly string[]> = {
  fact: ['answer-fully-first-time', 'details-easy-to-find'],
  ownership: ['apologise-own-fix', 'own-the-delivery'],
  empathy: ['human-tone', 'apologise-own-fix'],
  refund: ['clear-returns-refunds', 'apologise-own-fix'],
  exchange: ['clear-returns-refunds', 'apologise-own-fix'],
  'shop-pays-shipping': ['clear-returns-refunds', 'apologise-own-fix'],
  alternative: ['keep-feed-honest', 'tailor-to-journey'],
  recommend: ['tailor-to-journey', 'answer-fully-first-time'],
  'promise-update': ['own-the-delivery', 'apologise-own-fix'],
  'move-private': ['public-reply-private-details', 'protect-customer-privacy'],
  'ask-details': ['answer-fully-first-time', 'tailor-to-journey'],
  check: ['apologise-own-fix', 'answer-fully-first-time'],
  'customer-choice': ['tailor-to-journey'],
  'invite-feedback': ['ask-for-feedback'],
  blame: ['human-tone', 'apologise-own-fix'],
  tone: ['human-tone'],
};

const FACT_LABEL: Partial<Record<Fact['kind'], string>> = {
  money: 'Give the amount',
  time: 'Give the time',
  'time-range': 'Give the times',
  weekday: 'Give the day',
  'relative-day': 'Give the day',
  date: 'Give the date',
  duration: 'Say how long',
  percent: 'Give the figure',
  quantity: 'Give the quantity',
};

function standardFor(kind: string, available: readonly string[]): string {
  return (STANDARD_FOR[kind] ?? []).find((id) => available.includes(id)) ?? available[0] ?? 'answer-fully-first-time';
}

/** The chat's name placeholders ("[NAME]", "[NAME:Customer]") become the persona's pseudonym. */
function withPseudonym(text: string, name: string | undefined): string {
  return name ? text.replace(/\[NAME(?::[^\]]*)?\]/g, name) : text;
}

/** The sentences of the reply that state facts: what the staff member knew, for the step's prompt. */
function promptFrom(reply: string, facts: readonly Fact[]): string {
  const sentences = reply.split(/(?<=[.!?\n])\s+/).map((s) => s.trim()).filter(Boolean);
  const known = sentences.filter((s) => facts.some((f) => s.includes(reply.slice(f.start, f.end))));
  if (known.length === 0) return 'What you know: (write the facts the staff member had at hand when they replied).';
  return `What you know (from the real chat): ${known.join(' ')}`;
}

type Reading = ReturnType<typeof readReply>;

const DAY_KINDS = new Set<Fact['kind']>(['weekday', 'relative-day', 'date']);
const TIME_KINDS = new Set<Fact['kind']>(['time', 'time-range']);

function kindGroup(kind: Fact['kind']): 'money' | 'day' | 'time' | 'other' {
  return kind === 'money' ? 'money' : DAY_KINDS.has(kind) ? 'day' : TIME_KINDS.has(kind) ? 'time' : 'other';
}

/**
 * The facts a customer needs, one element per sentence and kind: the amount a sentence comes to
 * (the largest: "₱450 + ₱520 … total ₱1,065" asks for the total), the day and the time of a promise,
 * and anything that answers the customer's own question. A day that only tells the story ("since
 * Saturday") or a number in an address is left out: a good reply need not repeat it.
 */
function factGroups(text: string, reading: Reading, input: RubricSuggestionInput): { facts: Fact[] }[] {
  const sentenceOf = (f: Fact) => (reading.folded.words.find((w) => w.end > f.start) ?? reading.folded.words.at(-1))?.sentence ?? -1;
  // A sentence promises when it commits ("we'll", "kami akan") or names a day to come ("We post tomorrow").
  const promises = new Set([
    ...findConcept(reading.folded, 'commitment', input.language, reading.facts, { sincereOnly: true }).map((m) => sentenceOf({ kind: 'number', value: 0, start: m.start, end: m.end })),
    ...reading.facts.filter((f) => f.kind === 'relative-day' && f.offset >= 1).map(sentenceOf),
  ]);
  // What the customer said herself ("tgl 30") is hers to know, not the reply's to state.
  const theirs = input.customerMessages.flatMap((m) => readReply(m, input.language).facts);
  const candidates = reading.facts.filter(
    (f) => ((FACT_LABEL[f.kind] && /\d/.test(text.slice(f.start, f.end))) || DAY_KINDS.has(f.kind)) && !theirs.some((t) => factsAgree(t, f) || factsAgree(f, t)),
  );
  // Each fact is tried against her questions with the words of its sentence ("ค่าส่ง … 40 บาท" answers
  // "ค่าส่งเท่าไหร่", the dress's 590 บาท in another sentence does not).
  const sentenceText = (f: Fact) => reading.folded.words.filter((w) => w.sentence === sentenceOf(f)).map((w) => text.slice(w.start, w.end)).join(' ');
  const probe = candidates.map((f, i) => ({ id: `f${i}`, label: text.slice(f.start, f.end), standardId: 'x', weight: 1, require: 'any' as const, phrases: [[text.slice(f.start, f.end), sentenceText(f)]] }));
  const asked = new Set(questionsAnswering(probe, input.customerMessages, input.language).flat());
  // Thai ends a sentence at a space, so a promise's day and time may stand a few "sentences" on.
  const reach = containsThai(text) ? 3 : 0;
  const promised = (sentence: number) => [...promises].some((p) => sentence >= p && sentence <= p + reach);
  // Of the amounts only the one it comes to (the largest) unless she asked for another ("ค่าส่งเท่าไหร่").
  const amount = (f: Fact) => (f.kind === 'money' ? f.amount : -1);
  const largest = candidates.reduce<Fact | undefined>((a, f) => (f.kind === 'money' && (!a || amount(f) > amount(a)) ? f : a), undefined);
  const askedSentences = new Set(candidates.filter((_, i) => asked.has(`f${i}`)).map(sentenceOf));
  const groups = new Map<string, Fact[]>();
  candidates.forEach((f) => {
    const kind = kindGroup(f.kind);
    const sentence = sentenceOf(f);
    // A fact beside the answer to her question belongs to the answer ("Sunday 12–5pm", not only "Sunday").
    // A duration is a policy or a promise ("7-day returns", "1–2 วัน"): the customer needs it.
    const needed = askedSentences.has(sentence) || f === largest || f.kind === 'duration' || ((kind === 'day' || kind === 'time') && promised(sentence));
    if (!needed) return;
    // The day and the time of one promise are one answer: "tomorrow morning" meets "tomorrow before 10am".
    const key = `${sentence}:${kind === 'day' || kind === 'time' ? 'when' : kind === 'other' ? f.kind : kind}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  });
  const out: { facts: Fact[] }[] = [];
  for (const facts of groups.values()) out.push({ facts: facts[0].kind === 'money' ? [facts.reduce((a, b) => (amount(b) > amount(a) ? b : a))] : facts });
  return out;
}

const SHORT_WORDS = /^(that|this|with|your|have|will|from|they|them|what|when|just|also|very|much|here|there|thank|thanks|please|sorry|okay|yes)$/i;

/**
 * A reply with no fact and no service move in it ("Noted, see you soon!") still gets one element
 * the owner can edit: its thanks, or its own longest words as alternatives.
 */
function fallbackElement(text: string, reading: Reading, input: RubricSuggestionInput): { element: Omit<RubricElement, 'weight' | 'require'>; reason: string } {
  if (findConcept(reading.folded, 'thanks', input.language, reading.facts, { sincereOnly: true }).length > 0) {
    return { element: { id: 'thanks', label: conceptLabel('thanks'), standardId: standardFor('tone', input.standardIds), phrases: [], concepts: ['thanks'] }, reason: 'The real reply thanked the customer.' };
  }
  const words = [...new Set(text.replace(/\[[A-Z]+(?::[^\]]*)?\]/g, ' ').match(/[\p{L}\p{M}]{4,}/gu) ?? [])].filter((w) => !SHORT_WORDS.test(w));
  const chosen = words.sort((a, b) => b.length - a.length).slice(0, 4);
  const phrases = chosen.length > 0 ? [chosen] : [[text.slice(0, 40) || 'ok']];
  const gist = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return { element: { id: 'answer', label: `Cover what the real reply said`, standardId: standardFor('fact', input.standardIds), phrases }, reason: `The real reply said "${gist}"; edit the words to what matters.` };
}

export function suggestRubric(input: RubricSuggestionInput): RubricSuggestion {
  const modelAnswer = withPseudonym(input.realReply.trim(), input.customerName);
  const reading = readReply(modelAnswer, input.language);
  const elements: RubricElement[] = [];
  const reasons: Record<string, string> = {};
  const add = (element: Omit<RubricElement, 'weight' | 'require'> & { weight?: number }, reason: string) => {
    elements.push({ weight: 1, require: 'any', ...element });
    reasons[element.id] = reason;
  };

  for (const group of factGroups(modelAnswer, reading, input)) {
    const texts = group.facts.map((f) => modelAnswer.slice(f.start, f.end));
    const when = group.facts.some((f) => kindGroup(f.kind) === 'day') && group.facts.some((f) => kindGroup(f.kind) === 'time');
    const label = when ? 'Say when' : FACT_LABEL[group.facts[0].kind];
    // A phrase group of facts per kind: one group met is enough, and a day (or time) stated in place
    // of the promised one is a wrong fact.
    const groups = ['day', 'time', 'money', 'other'].map((k) => group.facts.filter((f) => kindGroup(f.kind) === k).map((f) => modelAnswer.slice(f.start, f.end))).filter((g) => g.length > 0);
    add(
      { id: `fact-${elements.length + 1}`, label: `${label}: ${texts.join(', ')}`, standardId: standardFor('fact', input.standardIds), phrases: groups },
      `The real reply stated ${texts.map((t) => `"${t}"`).join(' and ')}.`,
    );
  }

  // Moves made in one sentence are one thing done ("ongkirnya kami transfer balik" is a refund and the
  // shop paying the shipping): one element, met by either.
  const bySentence = new Map<number, { moves: string[]; words: string[] }>();
  for (const move of MOVES) {
    const found = findConcept(reading.folded, move, input.language, reading.facts, { sincereOnly: true });
    if (found.length === 0) continue;
    const sentence = (reading.folded.words.find((w) => w.end > found[0].start) ?? reading.folded.words.at(-1))?.sentence ?? -1;
    const group = bySentence.get(sentence) ?? { moves: [], words: [] };
    group.moves.push(move);
    group.words.push(...found.map((m) => m.text));
    bySentence.set(sentence, group);
  }
  for (const { moves, words } of bySentence.values()) {
    add(
      { id: moves.join('-or-'), label: moves.map((m, i) => (i === 0 ? conceptLabel(m) : conceptLabel(m).toLowerCase())).join(' or '), standardId: standardFor(moves[0], input.standardIds), phrases: [], concepts: moves },
      `The real reply did this: "${[...new Set(words)].join('", "')}".`,
    );
  }

  if (elements.length === 0) {
    const fallback = fallbackElement(modelAnswer, reading, input);
    add(fallback.element, fallback.reason);
  }

  // A question of the customer's that no fact or move answers gets the reply's own words that answer it.
  for (const words of wordsAnsweringUnaskedQuestions(elements, input.customerMessages, modelAnswer, input.language)) {
    add({ id: `answer-${elements.length + 1}`, label: `Answer the customer's question: ${words.join(', ')}`, standardId: standardFor('fact', input.standardIds), phrases: [words] }, `The customer asked about it, and the real reply answered with "${words.join('", "')}".`);
  }

  // What the customer asked weighs double: a reply that leaves it out fails anyway.
  for (const ids of questionsAnswering(elements, input.customerMessages, input.language)) for (const el of elements) if (ids.includes(el.id)) el.weight = 2;

  // An apology is asked for where something went wrong: where the real reply owned a problem.
  const apologised = findApologies(reading.folded, input.language).length > 0 && elements.some((e) => e.id === 'ownership');
  const named = input.customerName ? findCustomerName(reading.folded, input.customerName, input.language).length > 0 : false;
  const tone: ToneChecks = { standardId: standardFor('tone', input.standardIds), weight: 1, apologyRequired: apologised, useCustomerName: named, noShouting: true, noExclamationStacks: true };
  const mustAvoid: MustAvoidItem[] = [
    { id: 'blame-customer', label: 'Blaming or lecturing the customer', standardId: standardFor('blame', input.standardIds), phrases: [], concepts: ['blame-customer'], autoFail: false, penalty: 2 },
  ];
  return { prompt: promptFrom(modelAnswer, reading.facts), modelAnswer, rubric: { elements, mustAvoid, tone }, reasons };
}
