/** Neighbourhood names inside a found address, learned so their later mentions are hidden too. */
import type { RedactionCandidate } from './redaction-candidate';
import { ADDRESS_KEYWORDS } from './address-words';

const NONE: RedactionCandidate[] = [];

// A named neighbourhood inside an address: "Perumahan Griya Asri", "Taman Mawar Indah", "Sunshine Homes Estate".
const PLACE_AFTER = /(?<![\p{L}])(?:Perumahan|Perum\.?|Komplek|Komp\.?|Taman|Tmn\.?|Desa|Kampung|Kg\.?|Kelurahan|Kel\.|Brgy\.?|Barangay|Sitio|Purok|Villa|Residensi|Residence)[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}'-]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'-]+){1,3})/gu;
const PLACE_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}'-]+(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}'-]+){1,3})[ \u00a0]+(?:Estate|Subd\.?|Subdivision|Village|Residences|Gardens|Heights)(?![\p{L}])/gu;

/**
 * Names of the neighbourhoods in an address, two words or more: a customer who gave
 * "Perumahan Griya Asri, Blok C3" says "sampai Griya Asri" later, and that is as telling.
 */
export function placeNamesIn(address: string): string[] {
  const out: string[] = [];
  for (const re of [PLACE_AFTER, PLACE_BEFORE]) {
    for (const m of address.matchAll(re)) {
      // "Griya Asri Blok C3": the name ends where the next address word starts.
      const words = m[1].split(/[ \u00a0]/);
      const end = words.findIndex((w) => ADDRESS_KEYWORDS.has(w.toLowerCase().replace(/\.$/, '')));
      const name = end < 0 ? words : words.slice(0, end);
      if (name.length >= 2) out.push(name.join(' '));
    }
  }
  return out;
}

/** Bare mentions of learned neighbourhood names, as written or in capitals, as addresses. */
export function buildPlaceMatcher(places: Set<string>): (text: string) => RedactionCandidate[] {
  if (places.size === 0) return () => NONE;
  const forms = [...places].flatMap((p) => [p, p.toUpperCase()]).sort((a, b) => b.length - a.length);
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    regex.lastIndex = 0;
    if (!regex.test(text)) return NONE;
    regex.lastIndex = 0; // matchAll starts where test left off
    return Array.from(text.matchAll(regex), (m): RedactionCandidate => ({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', placeholder: '[ADDRESS]' }));
  };
}
