/**
 * Directions to a customer's house, the way couriers are told them: "depan balai desa, warung cat
 * biru", "tapat ng sari-sari store, yung may asul na gate", "opposite the mosque, green gate". A
 * line is one when it opens with a word of place (in front of, near, opposite) and names a landmark
 * soon after. It tells where someone lives as well as the address does, so it is hidden when it
 * opens a message or follows an address; a landmark said in passing mid-message stays.
 */
import type { RedactionCandidate } from './redaction-candidate';

/** Words of place a direction opens with, per market; sticky, tried only where a line starts. */
const OPENING = new RegExp(
  '[ \\t"“]*(?:(?:landmark|patokan|tanda|mốc)[ \\t]*:[ \\t]*)?' +
    '(?:(?:depan|dpn|dekat|dkt|deket|belakang|blkg|samping|sebelah|sblh|seberang|sebrang|hadapan|' +
    'opposite|opp\\.?|near|next to|beside|behind|across(?: from)?|in front of|' +
    'tapat|harap|malapit|katabi|likod|' +
    'gần|đối diện|cạnh)(?=[\\s,])' +
    // Thai writes the landmark joined to the word of place: "ตรงข้ามวัด…".
    '|(?:ตรงข้าม|ใกล้|ข้าง|หลัง))',
  'iy',
);

/**
 * Things a direction is given by: places of worship, schools, stalls, stations, gates. Not "shop"
 * or "kedai": "dekat kedai ada stok?" is Malay for "at the shop", and the shop is usually the seller's.
 */
const LANDMARK = new RegExp(
  '(?:^|[^\\p{L}])(?:masjid|musholla|mushola|musala|surau|balai|sekolah|sd|smp|sma|gereja|pasar|warung|' +
    'alfamart|indomaret|spbu|puskesmas|lapangan|gapura|jembatan|kantor|' +
    'school|church|mosque|temple|market|station|junction|roundabout|hospital|clinic|park|gate|bus stop|' +
    'simbahan|paaralan|tindahan|sari-sari|palengke|kapilya|' +
    'chùa|trường|chợ|nhà thờ|cây xăng|bệnh viện|công viên|cổng|7-eleven|7-11)(?![\\p{L}])' +
    // Thai has no spaces between words, so no word edges either.
    '|วัด|โรงเรียน|ตลาด|เซเว่น|ปั๊ม',
  'iu',
);

/** How far after the opening word the landmark must be named. */
const LANDMARK_WITHIN = 48;
const TRAILING = /[\s.,;:!?)"”]+$/;
const END_WORDS = /(?:[ \t]+(?:ya|yah|kak|ka|sis|po|lah|ok|pls|please|nhé|nha|ạ|krub|kha|ครับ|ค่ะ|นะ))+[\s.!]*$/iu;

/** Whether a direction opens the text at `at` (a line start). */
export function opensWithLandmark(text: string, at = 0): boolean {
  OPENING.lastIndex = at;
  if (!OPENING.test(text)) return false;
  const from = OPENING.lastIndex;
  const lineEnd = text.indexOf('\n', from);
  return LANDMARK.test(text.slice(from, Math.min(from + LANDMARK_WITHIN, lineEnd < 0 ? text.length : lineEnd)));
}

/** The direction that opens the line at `at`, to the end of its sentence, without the chat words after it. */
function directionAt(text: string, at: number): RedactionCandidate | null {
  if (!opensWithLandmark(text, at)) return null;
  const lineEnd = text.indexOf('\n', at);
  let line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
  const sentence = /[.!?](?:\s|$)/.exec(line);
  if (sentence) line = line.slice(0, sentence.index);
  line = line.replace(END_WORDS, '').replace(TRAILING, '');
  const lead = /^[\s"“]*/.exec(line)![0].length;
  if (line.length - lead < 4) return null;
  return { start: at + lead, end: at + line.length, type: 'ADDRESS', placeholder: '[ADDRESS]' };
}

/**
 * Directions in a message: the one it opens with, and one right after each address found in it
 * (on the next line, or after the address on its own line).
 */
export function findDirections(text: string, addresses: RedactionCandidate[]): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  const first = directionAt(text, 0);
  if (first) out.push(first);
  for (const a of addresses) {
    const gap = /^[ \t]*[.,;]?[ \t]*\n?/.exec(text.slice(a.end))![0].length;
    const at = a.end + gap;
    if (at >= text.length || (first && at <= first.end)) continue;
    const next = directionAt(text, at);
    if (next) out.push(next);
  }
  return out;
}
