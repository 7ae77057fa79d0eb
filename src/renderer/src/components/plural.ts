/**
 * "1 redaction", "5 redactions": a count with its noun in the right form, chosen by the language's
 * plural rules (Intl.PluralRules) rather than `n === 1`, so translated wording can follow later.
 */
const rules = new Intl.PluralRules('en-US');

/** `plural(1, 'redaction')` → "1 redaction"; `other` defaults to one + "s". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${pluralWord(count, one, other)}`;
}

/** Only the word, for sentences that place the number themselves or leave it out. */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}
