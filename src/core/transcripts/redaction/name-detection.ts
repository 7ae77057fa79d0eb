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
const NOT_NAMES = new Set(['tel', 'phone', 'hp', 'no', 'call', 'wa', 'whatsapp', 'sđt', 'mobile', 'contact', 'hotline', 'number', 'line', 'ok', 'okay', 'hi', 'hello', 'thanks', 'thank', 'order', 'tracking', 'waybill', 'total', 'rm', 'rp', 'php', 'baht', 'cod', 'shop', 'admin', 'staff', 'customer', 'courier', 'rider', 'or', 'and', 'my', 'his', 'her', 'viber', 'telegram', 'zalo', 'gcash', 'maya', 'sis', 'bro', 'kak', 'po', 'ya', 'lah', 'ka', 'krub', 'the', 'please', 'pls', 'send', 'to', 'at', 'on', 'access', 'refund', 'attn', 'home', 'office', 'work', 'house', 'ate', 'kuya', 'lola', 'lolo', 'tita', 'tito', 'manang', 'manong', 'mdm', 'transfer', 'till', 'paybill', 'ref', 'id', 'nik', 'nin', 'ic']);

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}]+(?:[\'-]\\p{Lu}?[\\p{Ll}\\p{M}]+)?';
const NAME_RUN = `${NAME_WORD}(?:[ \\u00a0]${NAME_WORD}){0,3}`;
const PATRONYMIC = new RegExp(`${NAME_RUN}[ \\u00a0](?:bin|binti|bte|binte|a\\/l|a\\/p|s\\/o|d\\/o)[ \\u00a0]${NAME_RUN}`, 'gu');
const KIN_WORDS = ['husband', 'wife', 'sister', 'brother', 'mother', 'mom', 'mum', 'father', 'dad', 'son', 'daughter', 'cousin', 'friend', 'neighbour', 'neighbor', 'suami', 'isteri', 'istri', 'kakak', 'adik', 'abang', 'ibu', 'bapak', 'anak', 'tita', 'tito', 'ate', 'kuya', 'si', 'ni', 'kay', 'chồng', 'vợ', 'anh', 'chị', 'em', 'khun', 'kak', 'pak', 'bu', 'mbak', 'mas', 'cik', 'encik', 'puan', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'madam', "ma'am", 'sir'];
const KIN_SET = new Set(KIN_WORDS);

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0xa0 || code === 0x09;
}
const CAPITAL_AFTER_SPACE = /[ \u00a0](?=[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff])/g;
const NAME_RUN_AT = new RegExp(NAME_RUN, 'uy');
// Cheap non-unicode pre-checks, so the unicode-aware regexes run only on the few texts that may match.
const PATRONYMIC_HINT = / (?:bin|binti|bte|binte|a\/l|a\/p|s\/o|d\/o) [A-Z]/;
const BEFORE_PHONE_TAIL = new RegExp(`(?<![\\p{L}-])(${NAME_RUN})[,:]?[ \\u00a0]*(?:\\(|on[ \\u00a0]|at[ \\u00a0])?$`, 'u');

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

/** "Nurul Izzati binti Ahmad": a name by its own shape, wherever it appears. */
export function learnPatronymicNames(text: string): string[] {
  if (text.length > 20000 || !PATRONYMIC_HINT.test(text)) return [];
  return Array.from(text.matchAll(PATRONYMIC), (m) => m[0]);
}

/** Names of people who are not participants, from kinship words and names written before phone numbers. */
export function learnNamesFromText(text: string, phoneStarts: number[]): string[] {
  const out: string[] = [];
  if (text.length > 20000) return out;
  // Look only where a capitalised word follows a space, and check the word before it: much
  // cheaper than scanning for sixty kinship words at every position.
  CAPITAL_AFTER_SPACE.lastIndex = 0;
  for (let m = CAPITAL_AFTER_SPACE.exec(text); m; m = CAPITAL_AFTER_SPACE.exec(text)) {
    const space = m.index;
    let wordStart = space;
    while (wordStart > 0 && space - wordStart <= 8 && !isSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === space || space - wordStart > 8 || !KIN_SET.has(text.slice(wordStart, space).toLowerCase())) continue;
    NAME_RUN_AT.lastIndex = space + 1;
    const run = NAME_RUN_AT.exec(text);
    const name = run ? trimNotNames(run[0]) : '';
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

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NO_HITS: RedactionCandidate[] = [];

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\S)/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * One combined regex per transcript, without the unicode flag (several times faster over 200k
 * messages): case variants are spelled out, word boundaries are checked by hand. Longer names win.
 */
export function buildNameMatcher(names: NameToRedact[]): NameMatcher {
  const variants = names.flatMap(variantsOf);
  // One label per folded name; a participant's label beats a learned name's empty one.
  const labels = new Map<string, string>();
  const patterns = new Set<string>();
  for (const v of variants) {
    const literal = v.pattern.replace(/\\(.)/g, '$1');
    const key = foldName(literal);
    if (!labels.get(key)) labels.set(key, v.label);
    const forms = v.caseSensitive ? [literal] : [literal, literal.toUpperCase(), literal.toLowerCase(), titleCase(literal.toLowerCase())];
    for (const form of forms) patterns.add(escapeRegex(form));
  }
  const placeholder = (label: string | undefined) => (label ? `[NAME:${label}]` : '[NAME]');
  if (patterns.size === 0) return { find: () => [] };
  const regex = new RegExp([...patterns].sort((a, b) => b.length - a.length).join('|'), 'g');
  return {
    find(text) {
      let out: RedactionCandidate[] | null = null; // most texts name nobody: allocate on the first hit
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if ((start > 0 && WORD_CHAR.test(text[start - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) {
          regex.lastIndex = start + 1;
          continue;
        }
        (out ??= []).push({ start, end, type: 'NAME', placeholder: placeholder(labels.get(foldName(m[0]))) });
      }
      return out ?? NO_HITS;
    },
  };
}
