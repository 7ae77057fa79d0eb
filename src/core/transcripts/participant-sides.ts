/**
 * Staff or customer for each participant, guessed from the workspace's brand and staff names
 * (the user confirms later), and the pseudonyms shown in training.
 * Pseudonyms: customers become "Customer", "Customer 2", ...; unknown people "Participant 1", ...;
 * staff keep their display name, because a shop trains on its own staff's replies.
 */
import type { ParticipantSide } from '../../shared/domain/transcript';

export interface SideHints {
  brandName?: string;
  staffNames?: string[];
}

/** Lower-case, accents removed, punctuation to spaces: "Mộc Lan Shop" -> "moc lan shop". */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SHOP_WORDS = /\b(?:shop|store|official|boutique|butik|kedai|toko|olshop|streetwear|skincare|collection|online|mall|outlet|enterprise|trading|sdn bhd|ltd|hub|admin|cs|customer care|customer service)\b/;
const PHONE_NAME = /^\+?[\d\s().-]{7,}$/;

function matchesHint(folded: string, hint: string): boolean {
  const h = foldName(hint);
  if (h.length < 3 || folded.length < 3) return false;
  return folded === h || (` ${folded} `).includes(` ${h} `) || (` ${h} `).includes(` ${folded} `);
}

export function guessSide(name: string, hints: SideHints): ParticipantSide | null {
  const folded = foldName(name);
  if (hints.brandName && matchesHint(folded, hints.brandName)) return 'staff';
  if (hints.staffNames?.some((s) => matchesHint(folded, s))) return 'staff';
  if (PHONE_NAME.test(name.trim())) return 'customer';
  if (SHOP_WORDS.test(folded)) return 'staff';
  return null;
}

/** Sides for all names: once someone is known to be staff, the others are customers. */
export function guessSides(names: string[], hints: SideHints): ParticipantSide[] {
  const guesses = names.map((n) => guessSide(n, hints));
  const anyStaff = guesses.includes('staff');
  return guesses.map((g) => g ?? (anyStaff ? 'customer' : 'unknown'));
}

export function pseudonymsFor(names: string[], sides: ParticipantSide[]): string[] {
  let customers = 0;
  let unknown = 0;
  return names.map((name, i) => {
    if (sides[i] === 'staff') return name;
    if (sides[i] === 'customer') return ++customers === 1 ? 'Customer' : `Customer ${customers}`;
    return `Participant ${++unknown}`;
  });
}
