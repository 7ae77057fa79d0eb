/**
 * Names found by where they stand in pasted text rather than by a word before them: a numbered group
 * order ("3. Ngozi Eze - deliver to her office"), a name alone on its line above a phone or an ID, a
 * bank receipt's sender line ("Sumber Dana" then the name; "(KIPRONO KIPTOO)" after the number it was
 * sent to; "ND: PHAM THI HOA CK …"; "name appears as …"), "tên Phạm Thị Hoa", and Vietnamese full
 * names by their shape: a family name, a middle name, a given name, with or without diacritics or
 * in capitals.
 */
import { isCommonWord, type NameCue } from './name-cues';

const WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+|\\p{Lu}{2,}";
const NAME = `(?:${WORD})(?:[ \\u00a0](?:${WORD}|[Aa]\\/[LPlp]|bin|binti|bt|bte)){1,4}`;

/** "3. Ngozi Eze - deliver", "2) Tolu Bakare – pickup": a numbered list of people. */
// The rest of the line holds no number: "1. Hati Pari - 2 box" is a product, not a person.
const LIST_LINE = new RegExp(`^[ \\t]*\\d{1,2}[.)][ \\t]+(${NAME})[ \\t]*(?:[-–—:][^\\d\\n]*)?$`, 'gmu');
/** A line that is only a name, the line after holding a phone, an ID or an account. */
const NAME_LINE = new RegExp(`^[ \\t]*(${NAME})[ \\t]*\\n[ \\t]*(?:(?:\\+?\\d[ \\-]?){9,}|ID\\b|NIK\\b|IC\\b|[A-Z]{2,6}\\s\\d{4,})`, 'gmu');
/** Receipt labels that stand on their own line above the sender's or receiver's name. */
const RECEIPT_LABEL = new RegExp(`^[ \\t]*(?:Sumber Dana|Nama Pengirim|Pengirim|Nama Penerima|Penerima|Rekening Tujuan|Beneficiary(?: Name)?|Sender(?: Name)?|Recipient(?: Name)?|From Account|Account Name|Người chuyển|Người nhận|Chủ tài khoản)[ \\t]*\\n[ \\t]*(${NAME})`, 'gmu');
/** "sent to 0722481905 (KIPRONO KIPTOO)": a name in capitals in brackets after a number. */
const BRACKETED = /(?:\d[ \-]?){9,}\s*\((\p{Lu}{2,}(?:[ \u00a0]\p{Lu}{2,}){1,3})\)/gu;
/** "Name appear as RAJESWARAN A/L MUNIANDY", "ND: PHAM THI HOA CK COC", "tên Phạm Thị Hoa". */
const SAID_AS = new RegExp(`(?:name\\s+appears?\\s+as|appears?\\s+as|ND:|Noi dung:|Nội dung:|\\btên)[ \\t]+(${NAME})`, 'gu');
const RECEIPT_TAIL = /[ \u00a0](?:CK|CHUYEN|chuyen|chuyển|CHUYEN KHOAN|TRANSFER|COC|TT|THANH|GD)\b.*$/u;

const VN_FAMILY = 'Nguyễn|Nguyen|Trần|Tran|Lê|Le|Phạm|Pham|Hoàng|Hoang|Huỳnh|Huynh|Phan|Vũ|Vu|Võ|Vo|Đặng|Dang|Bùi|Bui|Đỗ|Do|Hồ|Ho|Ngô|Ngo|Dương|Duong|Lý|Ly|Trương|Truong|Đinh|Dinh|Mai|Lâm|Lam|Tạ|Ta|Cao|Hà|Ha|Lưu|Luu|Châu|Chau';
const VN_MIDDLE = 'Thị|Thi|Văn|Van|Ngọc|Ngoc|Hữu|Huu|Đức|Duc|Minh|Thanh|Quốc|Quoc|Xuân|Xuan|Kim|Bảo|Bao|Gia|Anh|Thu|Hoài|Hoai|Phương|Phuong|Công|Cong|Đình|Dinh|Quang|Mỹ|Thùy|Thuy|Hồng|Hong';
const VN_MIDDLE_WORD = new RegExp(`(?:^|[ \\u00a0])(?:${VN_MIDDLE}|${VN_MIDDLE.toUpperCase()})[ \\u00a0]`, 'u');
const VN_SYLLABLE = "\\p{Lu}[\\p{Ll}\\p{M}]*";
/** Family, middle, then one or two given syllables; or the same in capitals ("DO VAN HUNG"). */
const VN_NAME = new RegExp(`(?<![\\p{L}\\d])(?:(?:${VN_FAMILY})[ \\u00a0](?:${VN_MIDDLE})(?:[ \\u00a0]${VN_SYLLABLE}){1,2}|(?:${VN_FAMILY.toUpperCase()})[ \\u00a0](?:${VN_MIDDLE.toUpperCase()})(?:[ \\u00a0]\\p{Lu}{1,7}){1,2})(?![\\p{L}])`, 'gu');
/** A street is named after people too: "đường Nguyễn Thị Thập" is an address, found there. */
const STREET_BEFORE = /(?:đường|duong|phố|pho|street|st\.?|số|so|hẻm|hem|ngõ|ngo)[ \u00a0]*$/iu;

/** Words that end a name run in a list line: what follows the name there ("pickup", "deliver"). */
const NOT_NAME = new Set(['pickup', 'Pickup', 'deliver', 'Deliver', 'Delivery', 'Office', 'Size', 'Qty', 'Total', 'Paid', 'COD', 'Ibadan', 'Lagos', 'Abuja']);

/** Words of a business, a form or a receipt, not of a person's name. */
const NOT_PERSON = /^(?:your|my|the|our|total|order|amount|account|bank|ref|no|tel|phone|home|decor|enterprise|store|shop|cv|pt|sdn|bhd|ltd|llc|inc|toko|grosir|trading|boutique|collection|collections|kedai|butik|cake|cakes|bakery|kitchen|studio|official|ventures|global|services|nig|resources|fashion|mart|online)$/i;

function push(out: NameCue[], text: string, start: number, name: string): void {
  const words = name.split(/[ \u00a0]+/);
  if (words.some((w) => NOT_PERSON.test(w))) return;
  while (words.length > 1 && NOT_NAME.has(words[words.length - 1])) words.pop();
  const clean = words.join(' ').replace(/[\s.,'’-]+$/u, '');
  if (clean.length < 3 || out.some((c) => c.start === start)) return;
  out.push({ start, end: start + clean.length, name: text.slice(start, start + clean.length) });
}

function collect(out: NameCue[], text: string, pattern: RegExp): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const name = (m[1] ?? m[0]).replace(RECEIPT_TAIL, '');
    push(out, text, m.index + m[0].indexOf(m[1] ?? m[0]), name);
  }
}

/** A cheap gate: structural names need a new line, a bracket, a receipt word or a Vietnamese family name. */
const GATE = /\n|\(|ND:|N[oộ]i dung|appear|tên|[ \u00a0]\p{Lu}/u;

export function findStructuralNames(text: string): NameCue[] {
  if (text.length > 20000 || !GATE.test(text)) return [];
  const out: NameCue[] = [];
  if (text.includes('\n') || /^\s*\d{1,2}[.)]/.test(text)) {
    collect(out, text, LIST_LINE);
    collect(out, text, NAME_LINE);
    collect(out, text, RECEIPT_LABEL);
  }
  if (text.includes('(')) collect(out, text, BRACKETED);
  collect(out, text, SAID_AS);
  if (!VN_MIDDLE_WORD.test(text)) return out;
  VN_NAME.lastIndex = 0;
  for (let m = VN_NAME.exec(text); m; m = VN_NAME.exec(text)) if (!STREET_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) push(out, text, m.index, m[0]);
  return out;
}

const VN_FULL = new RegExp(`^(?:${VN_FAMILY}|${VN_FAMILY.toUpperCase()})[ \\u00a0]`, 'u');

/**
 * The part of a found full name a chat calls the person by later: the first word ("Ngozi" of "Ngozi
 * Eze"), or a Vietnamese name's last ("Hoa" of "Phạm Thị Hoa"). Short or ordinary words are left,
 * since they would be hidden wherever they appear.
 */
export function givenNamesOf(name: string): string[] {
  const words = name.split(/[ \u00a0]+/);
  if (words.length < 2) return [];
  const part = VN_FULL.test(name) ? words[words.length - 1] : words[0];
  return part.length >= 4 && /^\p{Lu}/u.test(part) && !isCommonWord(part) && !NOT_PERSON.test(part) ? [part] : [];
}
