/** What the shop may keep in its own chats: its name, and its own address said as the shop's. */
import type { RedactionCandidate } from './redaction-candidate';
import { isShopsOwnAddress } from './address-detection';

/** The shop's name, and the address the shop gives as its own, are not personal data. */
export function keepShopsOwn(text: string, accepted: RedactionCandidate[], fromStaff: boolean, shopName: string | undefined): RedactionCandidate[] {
  const lower = shopName && shopName.length >= 3 ? text.toLowerCase() : '';
  // The whole name, and any two of its words in a row ("Batik Larasati" of "Batik Larasati Pekalongan").
  const words = shopName?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const forms = [words.join(' '), ...words.slice(1).map((w, k) => `${words[k]} ${w}`)].filter((f) => f.length >= 3);
  const insideShopName = (c: RedactionCandidate): boolean => {
    if (!lower) return false;
    for (const form of forms) for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) if (at <= c.start && c.end <= at + form.length) return true;
    return false;
  };
  const kept = accepted.filter((c) => !insideShopName(c) && !(fromStaff && c.type === 'ADDRESS' && isShopsOwnAddress(text, c.start)));
  return kept.length === accepted.length ? accepted : kept;
}
