/**
 * Malay and Indonesian word forms, by affix stripping. Without a dictionary a prefix such as
 * "peng-" before a vowel is ambiguous (pengiriman is peng+kirim+an, pengajar is peng+ajar), so this
 * returns every root the affixes allow; two words match when their root sets meet. No maintained
 * npm stemmer does better here: @orama/stemmers/indonesian takes ~1 ms a word and turns "kembali"
 * into "mbali", and nlp.js's StemmerId drops the restored consonant ("pengiriman" -> "irim").
 */

const MIN_ROOT = 3;
const VOWEL = /^[aeiou]/;
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
/** "-in" is the colloquial Indonesian "-kan" (maafin, kirimin). */
const SUFFIXES = ['kan', 'an', 'in', 'i'];
const PLAIN_PREFIXES = ['di', 'ke', 'se', 'ter', 'ber', 'per', 'be', 'te'];

function withoutEnding(word: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of endings) if (word.endsWith(e) && word.length - e.length >= MIN_ROOT) out.push(word.slice(0, -e.length));
  return out;
}

/** The roots "me-"/"pe-" prefixes leave, with the consonant they swallowed put back. */
function withoutNasalPrefix(word: string, head: 'me' | 'pe'): string[] {
  if (!word.startsWith(head)) return [];
  const rest = word.slice(2);
  const out: string[] = [];
  const add = (root: string): void => {
    if (root.length >= MIN_ROOT) out.push(root);
  };
  if (rest.startsWith('nge')) add(rest.slice(3));
  if (rest.startsWith('ng')) {
    const root = rest.slice(2);
    if (VOWEL.test(root)) add('k' + root);
    add(root);
  } else if (rest.startsWith('ny')) {
    add('s' + rest.slice(2));
  } else if (rest.startsWith('m')) {
    const root = rest.slice(1);
    if (VOWEL.test(root)) add('p' + root);
    add(root);
    add(rest);
  } else if (rest.startsWith('n')) {
    const root = rest.slice(1);
    if (VOWEL.test(root)) add('t' + root);
    add(root);
    add(rest);
  } else if (/^[lrwy]/.test(rest)) {
    add(rest);
  }
  return out;
}

function withoutPrefix(word: string): string[] {
  const out = [...withoutNasalPrefix(word, 'me'), ...withoutNasalPrefix(word, 'pe')];
  for (const p of PLAIN_PREFIXES) if (word.startsWith(p) && word.length - p.length >= MIN_ROOT) out.push(word.slice(p.length));
  if (word.startsWith('memper') || word.startsWith('diper')) out.push(word.slice(word.indexOf('per') + 3));
  return out;
}

export function malayIndonesianRoots(word: string): string[] {
  const roots = new Set<string>([word]);
  let frontier = [word, ...withoutEnding(word, PARTICLES)];
  frontier = [...frontier, ...frontier.flatMap((w) => withoutEnding(w, POSSESSIVES))];
  frontier = [...frontier, ...frontier.flatMap((w) => withoutEnding(w, SUFFIXES))];
  for (const w of frontier) roots.add(w);
  // Prefixes nest at most twice (di-per-, mem-per-, ke-ber-).
  for (let depth = 0; depth < 2; depth++) {
    frontier = frontier.flatMap(withoutPrefix);
    for (const w of frontier) roots.add(w);
    for (const w of frontier.flatMap((x) => withoutEnding(x, SUFFIXES))) roots.add(w);
  }
  return [...roots];
}
