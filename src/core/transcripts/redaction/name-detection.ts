/**
 * Names to redact: every non-staff participant's full name and name parts (accent- and
 * case-insensitive), short nicknames ("Pim" for Pimchanok), and names learned from context in the
 * transcript itself: "X bin/binti Y", a name right before a phone number, a name after a kinship
 * word or honorific ("my husband Hafiz", "si Marites Dizon", "khun Pim").
 */
import type { RedactionCandidate } from './redaction-candidate';
import { foldName } from '../participant-sides';
import { ACCOUNT_LABELS } from './pattern-detectors';

export interface NameToRedact {
  name: string;
  /** Shown inside the placeholder, e.g. "Customer" -> [NAME:Customer]; empty for [NAME]. */
  label: string;
}

const PARTICLES = new Set(['bin', 'binti', 'bte', 'binte', 'a/l', 'a/p', 's/o', 'd/o', 'van', 'von', 'de', 'da', 'del', 'dos', 'la', 'le', 'al', 'el', 'thi', 'thị', 'văn', 'mr', 'mrs', 'ms', 'dr', 'and', 'the']);
/** Capitalised words that precede numbers or follow honorifics without being names. */
const NOT_NAMES = new Set(['tel', 'phone', 'hp', 'no', 'call', 'wa', 'whatsapp', 'sđt', 'mobile', 'contact', 'hotline', 'number', 'line', 'ok', 'okay', 'hi', 'hello', 'thanks', 'thank', 'order', 'tracking', 'waybill', 'total', 'rm', 'rp', 'php', 'baht', 'cod', 'shop', 'admin', 'staff', 'customer', 'courier', 'rider', 'or', 'and', 'my', 'his', 'her', 'viber', 'telegram', 'zalo', 'gcash', 'maya', 'sis', 'bro', 'kak', 'po', 'ya', 'lah', 'ka', 'krub', 'the', 'please', 'pls', 'send', 'to', 'at', 'on']);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]+(?:[\'-]\\p{Lu}?[\\p{Ll}\\p{M}]+)?';
const NAME_RUN = `${NAME_WORD}(?:[ \\u00a0]${NAME_WORD}){0,3}`;
const PATRONYMIC = new RegExp(`${NAME_RUN}[ \\u00a0](?:bin|binti|bte|binte|a\\/l|a\\/p|s\\/o|d\\/o)[ \\u00a0]${NAME_RUN}`, 'gu');
const KIN_WORDS = ['husband', 'wife', 'sister', 'brother', 'mother', 'mom', 'mum', 'father', 'dad', 'son', 'daughter', 'cousin', 'friend', 'neighbour', 'neighbor', 'suami', 'isteri', 'istri', 'kakak', 'adik', 'abang', 'ibu', 'bapak', 'anak', 'tita', 'tito', 'ate', 'kuya', 'si', 'ni', 'kay', 'chồng', 'vợ', 'anh', 'chị', 'em', 'khun', 'kak', 'pak', 'bu', 'mbak', 'mas', 'cik', 'encik', 'puan', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'madam', "ma'am", 'sir'];
// Kinship words in either case, but the name itself must be capitalised (no 'i' flag).
const KIN_ALTERNATION = KIN_WORDS.map((w) => `[${w[0].toUpperCase()}${w[0]}]${escapeRegex(w.slice(1))}`).join('|');
const AFTER_KIN = new RegExp(`(?<![\\p{L}])(?:${KIN_ALTERNATION})[ \\u00a0]+(${NAME_RUN})`, 'gu');
const BEFORE_PHONE_TAIL = new RegExp(`(${NAME_RUN})[,:]?[ \\u00a0]*(?:\\(|on[ \\u00a0]|at[ \\u00a0])?$`, 'u');

const LABELS = new Set(ACCOUNT_LABELS);

function usable(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 0 && !LABELS.has(name.toLowerCase()) && !words.every((w) => NOT_NAMES.has(w.toLowerCase()) || LABELS.has(w.toLowerCase()));
}

function trimNotNames(run: string): string {
  const words = run.split(/[ \u00a0]+/);
  while (words.length && NOT_NAMES.has(words[0].toLowerCase())) words.shift();
  while (words.length && NOT_NAMES.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

/** Names the transcript reveals about people who are not participants. */
export function learnNamesFromText(text: string, phoneStarts: number[]): string[] {
  const out: string[] = [];
  if (text.length > 20000) return out;
  for (const m of text.matchAll(PATRONYMIC)) out.push(m[0]);
  for (const m of text.matchAll(AFTER_KIN)) {
    const name = trimNotNames(m[1]);
    if (name && usable(name)) out.push(name);
  }
  for (const start of phoneStarts) {
    const before = text.slice(Math.max(0, start - 60), start);
    const m = BEFORE_PHONE_TAIL.exec(before);
    if (m) {
      const name = trimNotNames(m[1]);
      if (name && usable(name)) out.push(name);
    }
  }
  return out;
}

interface Variant {
  pattern: string;
  label: string;
  caseSensitive: boolean;
}

function variantsOf(entry: NameToRedact): Variant[] {
  const out: Variant[] = [];
  const full = entry.name.trim();
  if (!/\p{L}/u.test(full)) return out; // a phone number as a name is left to phone detection
  const add = (s: string, caseSensitive = false) => {
    if (s.length >= 2) out.push({ pattern: escapeRegex(s), label: entry.label, caseSensitive });
  };
  const multiWord = /\s/.test(full);
  if (multiWord) add(full); // single words are matched as written, below
  const folded = full.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  if (multiWord && folded !== full) add(folded);
  // Name parts are matched as written (capitalised or ALL CAPS): many are also common words ("mai", "dewi").
  for (const token of full.split(/[\s,]+/)) {
    const clean = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (clean.length < 3 || PARTICLES.has(clean.toLowerCase()) || NOT_NAMES.has(clean.toLowerCase())) continue;
    const capitalised = clean[0].toUpperCase() + clean.slice(1);
    const plain = capitalised.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    for (const form of new Set([capitalised, clean.toUpperCase(), plain, plain.toUpperCase()])) add(form, true);
    if (clean.length >= 6) {
      add(capitalised.slice(0, 3), true); // nicknames are first syllables: "Pim" for Pimchanok
      add(capitalised.slice(0, 4), true);
    }
  }
  return out;
}

export interface NameMatcher {
  find(text: string): RedactionCandidate[];
}

/** One combined regex per transcript (fast over 200k messages); longer names win. */
export function buildNameMatcher(names: NameToRedact[]): NameMatcher {
  const variants = names.flatMap(variantsOf);
  // One label per folded name; a participant's label beats a learned name's empty one.
  const labels = new Map<string, string>();
  for (const v of variants) {
    const key = foldName(v.pattern.replace(/\\/g, ''));
    if (!labels.get(key)) labels.set(key, v.label);
  }
  const build = (patterns: string[], flags: string): RegExp | null =>
    patterns.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...new Set(patterns)].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}_])`, flags) : null;
  const insensitive = build(variants.filter((v) => !v.caseSensitive).map((v) => v.pattern), 'giu');
  const sensitive = build(variants.filter((v) => v.caseSensitive).map((v) => v.pattern), 'gu');
  const placeholder = (label: string | undefined) => (label ? `[NAME:${label}]` : '[NAME]');
  return {
    find(text) {
      const out: RedactionCandidate[] = [];
      if (insensitive) for (const m of text.matchAll(insensitive)) out.push({ start: m.index, end: m.index + m[0].length, type: 'NAME', placeholder: placeholder(labels.get(foldName(m[0]))) });
      if (sensitive) for (const m of text.matchAll(sensitive)) out.push({ start: m.index, end: m.index + m[0].length, type: 'NAME', placeholder: placeholder(labels.get(foldName(m[0]))) });
      return out;
    },
  };
}
