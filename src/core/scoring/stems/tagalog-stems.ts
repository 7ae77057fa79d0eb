/**
 * Tagalog word forms, by stripping prefixes (mag-, nag-, pag-, ma-, ipa-, maka- …), the infixes
 * -um- and -in-, the repeated first syllable of the future (bibili, magbabayad) and the suffixes
 * -an/-in (and -han/-hin). Like the Malay one it returns every root the affixes allow; nlp.js's
 * StemmerTl, the only packaged one, gives "padala" -> "dala" but "ipinadala" unchanged.
 */

const MIN_ROOT = 3;
const PREFIXES = [
  'makipag', 'nakipag', 'pakiki', 'makapag', 'nakapag', 'ipinag', 'ipag', 'ipa', 'ipina', 'pinaka',
  'maka', 'naka', 'paki', 'mag', 'nag', 'pag', 'nap', 'ma', 'na', 'pa', 'ka', 'i', 'taga', 'tag',
];
const SUFFIXES = ['han', 'hin', 'nan', 'an', 'in'];
const CONSONANT = /^[bcdfghjklmnpqrstvwxyz]/;

function variants(word: string): string[] {
  const out: string[] = [];
  const add = (w: string): void => {
    if (w.length >= MIN_ROOT) out.push(w);
  };
  for (const p of PREFIXES) if (word.startsWith(p)) add(word.slice(p.length));
  // -um- / -in- after the first consonant (bumili, binili), or as a prefix before a vowel (umalis, inalis).
  if (CONSONANT.test(word) && (word.startsWith('um', 1) || word.startsWith('in', 1))) add(word[0] + word.slice(3));
  if (/^(um|in)[aeiou]/.test(word)) add(word.slice(2));
  // A repeated first syllable: CV (bibili -> bili) or V (aalis -> alis).
  if (word.length >= 5 && word.slice(0, 2) === word.slice(2, 4)) add(word.slice(2));
  if (/^[aeiou]/.test(word) && word[0] === word[1]) add(word.slice(1));
  for (const s of SUFFIXES) {
    if (!word.endsWith(s)) continue;
    const root = word.slice(0, -s.length);
    add(root);
    // A root's final d becomes r before a suffix (bayad -> bayaran).
    if (root.endsWith('r')) add(root.slice(0, -1) + 'd');
  }
  return out;
}

export function tagalogRoots(word: string): string[] {
  const roots = new Set<string>([word]);
  let frontier = [word];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    frontier = frontier.flatMap(variants).filter((w) => !roots.has(w));
    for (const w of frontier) roots.add(w);
  }
  return [...roots];
}
