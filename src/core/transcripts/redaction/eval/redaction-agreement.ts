/**
 * Measures redaction against the graded chats' keys, on the real import path (bytes → importer →
 * redactTranscript). A personal-data string counts as found when every letter and digit of every
 * occurrence is inside a redaction; it leaked when half or more of one occurrence is still
 * readable. Ordinary text wrongly hidden is counted in words (Intl word segments) that a
 * redaction touches outside every personal-data and optional string.
 */
import { importTranscript } from '../../import-transcript';
import { redactTranscript } from '../redact-transcript';
import type { GradedChat, PiiType } from './load-graded-chats';

export interface PiiOutcome {
  text: string;
  type: PiiType;
  found: boolean;
  leaked: boolean;
  /** Readable remains, for the tune part's report. */
  shown: string[];
}

export interface ChatOutcome {
  chat: GradedChat;
  error: string | null;
  pii: PiiOutcome[];
  keepHidden: string[];
  wronglyHidden: string[];
  words: number;
  optionalHidden: number;
  /** Uncertain words left for the reviewer, and how many of them were personal data. */
  suggestions: number;
  suggestionsPersonal: number;
  optionalTotal: number;
}

const ALNUM = /[\p{L}\p{N}]/u;

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Share of the letters and digits in [start, end) that are not covered. */
function uncovered(text: string, covered: Uint8Array, start: number, end: number): { share: number; remains: string } {
  let total = 0;
  let open = 0;
  let remains = '';
  for (let i = start; i < end; i++) {
    if (!ALNUM.test(text[i])) continue;
    total++;
    if (!covered[i]) {
      open++;
      remains += text[i];
    } else remains += '▮';
  }
  return { share: total ? open / total : 0, remains };
}

export function evaluateChat(chat: GradedChat): ChatOutcome {
  const outcome: ChatOutcome = { chat, error: null, pii: [], keepHidden: [], wronglyHidden: [], words: 0, optionalHidden: 0, optionalTotal: chat.key.optional.length, suggestions: 0, suggestionsPersonal: 0 };
  let imported;
  try {
    imported = importTranscript(chat.bytes, chat.key.file, { region: chat.region, brandName: chat.key.shop });
  } catch (error) {
    outcome.error = (error as Error).message;
    return outcome;
  }
  const { transcript, spans, suggestions } = redactTranscript(imported, { region: chat.region, shopName: chat.key.shop });
  const texts = imported.messages.map((m) => m.text);
  const coverage = imported.messages.map((m) => new Uint8Array(m.text.length));
  const indexOf = new Map(imported.messages.map((m, i) => [m.id, i]));
  for (const span of spans) {
    const i = indexOf.get(span.messageId);
    if (i !== undefined) coverage[i].fill(1, span.start, span.end);
  }
  const renamed = imported.participants.map((p, i) => ({ original: p.name, hidden: transcript.participants[i].name !== p.name }));

  // Where personal and optional strings sit: redactions there are wanted (or allowed).
  const allowed = texts.map((t) => new Uint8Array(t.length));
  for (const text of [...chat.key.pii.map((p) => p.text), ...chat.key.optional.map((o) => o.text)]) {
    texts.forEach((t, i) => occurrences(t, text).forEach((at) => allowed[i].fill(1, at, at + text.length)));
  }

  for (const entry of chat.key.pii) {
    let found = true;
    let leaked = false;
    const shown: string[] = [];
    const context = entry.within ?? entry.text;
    const offset = entry.within ? entry.within.indexOf(entry.text) : 0;
    texts.forEach((t, i) => {
      for (const at of occurrences(t, context)) {
        const start = at + offset;
        const { share, remains } = uncovered(t, coverage[i], start, start + entry.text.length);
        if (share > 0) {
          found = false;
          shown.push(remains);
        }
        if (share >= 0.5) leaked = true;
      }
    });
    for (const p of renamed) {
      if (!p.original.includes(entry.text) || p.hidden) continue;
      found = false;
      leaked = true;
      shown.push(`sender "${p.original}"`);
    }
    if (transcript.title.includes(entry.text) && !entry.within) {
      found = false;
      leaked = true;
      shown.push(`title "${transcript.title}"`);
    }
    outcome.pii.push({ text: entry.text, type: entry.type, found, leaked, shown });
  }

  outcome.suggestions = suggestions.length;
  for (const s of suggestions) {
    const i = indexOf.get(s.messageId);
    if (i !== undefined && allowed[i].subarray(s.start, s.end).some((b) => b === 1)) outcome.suggestionsPersonal++;
  }

  for (const entry of chat.key.keep) {
    texts.forEach((t, i) => {
      for (const at of occurrences(t, entry.text)) if (uncovered(t, coverage[i], at, at + entry.text.length).share < 1) outcome.keepHidden.push(entry.text);
    });
  }
  for (const entry of chat.key.optional) {
    if (texts.some((t, i) => occurrences(t, entry.text).some((at) => uncovered(t, coverage[i], at, at + entry.text.length).share === 0))) outcome.optionalHidden++;
  }

  const segmenter = new Intl.Segmenter(chat.key.market === 'TH' ? 'th' : chat.key.market === 'VN' ? 'vi' : 'en', { granularity: 'word' });
  texts.forEach((t, i) => {
    for (const word of segmenter.segment(t)) {
      if (!word.isWordLike) continue;
      outcome.words++;
      const end = word.index + word.segment.length;
      let hidden = false;
      let wanted = false;
      for (let c = word.index; c < end; c++) {
        if (coverage[i][c]) hidden = true;
        if (allowed[i][c]) wanted = true;
      }
      if (hidden && !wanted) outcome.wronglyHidden.push(word.segment);
    }
  });
  return outcome;
}

export interface RedactionFigures {
  chats: number;
  errors: number;
  pii: number;
  found: number;
  /** Full names (two words or more), phones, addresses, accounts, e-wallets, IDs and cards half or more readable. */
  seriousLeaks: number;
  byType: Record<string, { pii: number; found: number }>;
  byMarket: Record<string, { pii: number; found: number }>;
  words: number;
  wronglyHidden: number;
  keepHidden: number;
  keepTotal: number;
  optionalHidden: number;
  /** Uncertain words left for the reviewer, and how many of them were personal data. */
  suggestions: number;
  suggestionsPersonal: number;
  optionalTotal: number;
}

export const REDACTION_TARGETS = { recall: 0.99, seriousLeaks: 0, wronglyHiddenPer1000: 2 };

export const isSerious = (p: PiiOutcome) => p.type !== 'name' || /\s/.test(p.text.trim());

export function figuresOf(outcomes: ChatOutcome[]): RedactionFigures {
  const figures: RedactionFigures = { chats: outcomes.length, errors: 0, pii: 0, found: 0, seriousLeaks: 0, byType: {}, byMarket: {}, words: 0, wronglyHidden: 0, keepHidden: 0, keepTotal: 0, optionalHidden: 0, optionalTotal: 0, suggestions: 0, suggestionsPersonal: 0 };
  for (const o of outcomes) {
    if (o.error) figures.errors++;
    figures.words += o.words;
    figures.wronglyHidden += o.wronglyHidden.length;
    figures.keepHidden += o.keepHidden.length;
    figures.keepTotal += o.chat.key.keep.length;
    figures.optionalHidden += o.optionalHidden;
    figures.suggestions += o.suggestions;
    figures.suggestionsPersonal += o.suggestionsPersonal;
    figures.optionalTotal += o.optionalTotal;
    const pii = o.error ? o.chat.key.pii.map((p) => ({ ...p, found: false, leaked: true, shown: [] })) : o.pii;
    for (const p of pii) {
      figures.pii++;
      if (p.found) figures.found++;
      if (p.leaked && isSerious(p)) figures.seriousLeaks++;
      const t = (figures.byType[p.type] ??= { pii: 0, found: 0 });
      const m = (figures.byMarket[o.chat.key.market] ??= { pii: 0, found: 0 });
      t.pii++;
      m.pii++;
      if (p.found) {
        t.found++;
        m.found++;
      }
    }
  }
  return figures;
}

export const wronglyHiddenPer1000 = (f: RedactionFigures) => (f.words ? (f.wronglyHidden * 1000) / f.words : 0);

export function meetsRedactionTargets(f: RedactionFigures): boolean {
  return f.pii > 0 && f.found / f.pii >= REDACTION_TARGETS.recall && f.seriousLeaks <= REDACTION_TARGETS.seriousLeaks && wronglyHiddenPer1000(f) <= REDACTION_TARGETS.wronglyHiddenPer1000;
}
