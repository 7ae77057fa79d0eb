/**
 * One name is one span: the hidden parts of a name are joined over what stands between them, and
 * the initials, given names and family names written beside a known name are hidden with it.
 */
import type { RedactionCandidate } from './redaction-candidate';
import { isCommonWord } from './name-cues';

/** Between two hidden parts of one name: an initial, a middle name, a connector ("Inês M. Carvalho", "Wanjiru Njeri Kamau"). */
const INSIDE_NAME = /^[ \u00a0]+(?:(?:\p{Lu}\.?|\p{Lu}[\p{Ll}\p{M}]+|de|da|do|dos|van|der|von|bin|binti)[ \u00a0]+)?$/u;
/** Before a hidden name: an initial and perhaps a connector ("S. de Vries"). */
const INITIAL_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}\.[ \u00a0]+(?:(?:de|da|do|dos|van|der|von)[ \u00a0]+)?$/u;
/** Before a hidden name: a given name written with the family name we know ("Tunde Adebayo", "Li Ting"). */
const GIVEN_NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}]+)[ \u00a0]$/u;
/** After a hidden name, ending the line or sentence: the family name written with it ("Wanjiru Kamau"). */
const FAMILY_NAME_AFTER = /^[ \u00a0](\p{Lu}[\p{Ll}\p{M}]{2,})(?=[ \u00a0]*(?:[,.!?]|\n|$))/u;
/** After a hidden name: a partner named with it ("Wei Ling & Jun Hao"). */
const PARTNER_AFTER = /^[ \u00a0]*(?:&|and|dan|at)[ \u00a0]+\p{Lu}[\p{Ll}\p{M}]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}])/u;

/** One name is one span: hidden parts are joined over what stands between them, and initials beside them are hidden too. */
export function joinNameParts(text: string, accepted: RedactionCandidate[]): RedactionCandidate[] {
  if (!accepted.some((c) => c.type === 'NAME')) return accepted;
  const out: RedactionCandidate[] = [];
  for (const c of accepted) {
    const last = out[out.length - 1];
    if (c.type === 'NAME' && last?.type === 'NAME' && INSIDE_NAME.test(text.slice(last.end, c.start))) {
      out[out.length - 1] = { ...last, end: c.end };
      continue;
    }
    out.push(c.type === 'NAME' ? { ...c } : c);
  }
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c.type !== 'NAME') continue;
    const floor = out[k - 1]?.end ?? 0;
    const before = INITIAL_BEFORE.exec(text.slice(Math.max(floor, c.start - 12), c.start));
    if (before) c.start -= before[0].length;
    // Only where the name ends there: "show Tunde Adebayo", not "Linen Thu Sage".
    const given = FAMILY_NAME_AFTER.test(text.slice(c.end)) || /^[ \u00a0]*(?:[,.!?]|\n|$)/.test(text.slice(c.end, c.end + 3)) ? GIVEN_NAME_BEFORE.exec(text.slice(Math.max(floor, c.start - 20), c.start)) : null;
    if (given && !isCommonWord(given[1])) c.start -= given[0].length;
    const family = FAMILY_NAME_AFTER.exec(text.slice(c.end, Math.min(out[k + 1]?.start ?? text.length, c.end + 30)));
    if (family && !isCommonWord(family[1])) c.end += family[0].length;
    const ceiling = out[k + 1]?.start ?? text.length;
    const after = PARTNER_AFTER.exec(text.slice(c.end, Math.min(ceiling, c.end + 40)));
    if (after) c.end += after[0].length;
  }
  return out;
}
