/**
 * English word forms: the Porter stemmer (the `stemmer` package), with its "-y" and "-ise" endings
 * folded once more so "delivery" meets "deliver" and "apologies" meets "apologise".
 */
import { stemmer } from 'stemmer';

export function englishStem(word: string): string {
  const stem = stemmer(word);
  if (stem.length > 4 && stem.endsWith('i')) return stemmer(stem.slice(0, -1));
  if (stem.length > 5 && (stem.endsWith('is') || stem.endsWith('iz'))) return stem.slice(0, -2);
  return stem;
}
