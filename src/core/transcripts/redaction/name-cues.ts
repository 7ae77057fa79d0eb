/**
 * Names typed in the chat, found by what stands before them in our markets: a form of address
 * ("kak Fiqa", "chị Hà", "khun Bank", "คุณพลอย"), a shipping or payment label ("Nama: …",
 * "Người nhận: …", "a.n. …", "account name …"), or a self-introduction ("nama saya …", "tên em là
 * …", "ako si …"). Each hit is hidden where it stands (short Vietnamese given names too); names of
 * three letters or more are also learned, so their bare mentions elsewhere are hidden as well.
 */
import type { RedactionCandidate } from './redaction-candidate';
import { findStructuralNames } from './name-lines';

/** Forms of address, lower case; the name follows after one space. */
const HONORIFICS = [
  'pak', 'bu', 'ibu', 'bapak', 'kak', 'mas', 'mbak', 'abang', 'bang', 'cik', 'encik', 'puan', 'tuan', 'adik', 'dik', 'akak',
  'chị', 'anh', 'em', 'cô', 'chú', 'bác', 'ate', 'kuya', "ma'am", 'maam', 'sir', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'madam', 'aunty', 'auntie', 'uncle', 'oga', 'khun', 'nong', 'phi', 'mdm', 'mdm.', 'madame', 'miss',
  // Portuguese, German, Dutch; Vietnamese typed without diacritics; Tagalog's person markers (si, ni, kay) and Indonesian si.
  'dona', 'd.', 'sr.', 'sra.', 'senhor', 'senhora', 'herr', 'frau', 'mevrouw', 'meneer', 'co', 'chi', 'chu', 'bac', 'si', 'ni', 'kay', 'sina', 'nina', 'kina',
];
/** Labels of shipping and payment blocks, and self-introductions: what follows up to the line's end is a name. */
const FORM_LABELS = 'nama(?:\\s+(?:penerima|lengkap|akaun|akun))?|penerima|receiver|recipient|full\\s+name|name|pangalan|tên(?:\\s+người\\s+nhận)?|người\\s+nhận|chủ\\s+tài\\s+khoản|ten\\s+nguoi\\s+nhan|nguoi\\s+nhan|account\\s+name|acc(?:t|ount)?\\.?\\s+name|ชื่อ(?:ผู้รับ)?';
/** Someone else who will receive or collect: "my neighbour Pieter", "my younger sister Bisola", "suami saya Darto". */
const RELATIONS = [
  "(?:my|our|her|his)\\s+(?:(?:younger|elder|older|little|big|baby|best|other)\\s+)?(?:driver|neighbou?r|house\\s?help|husband|hubby|wife|sister|brother|son|daughter|mum|mom|mother|father|dad|friend|colleague|maid|helper|cousin|girlfriend|boyfriend|fianc[eé]e?|aunt|auntie|uncle|nephew|niece|assistant|secretary|partner|grandma|grandmother|grandpa|landlord|caretaker|gateman|nanny|sister-in-law|brother-in-law)",
  '(?:suami|isteri|istri|adik|kakak|abang|anak|mak|emak|ibu|ayah|bapak|kawan|teman|jiran|tetangga|sepupu|pembantu)\\s+(?:saya|aku|sy|ku|gue)',
  '(?:asawa|kapatid|anak|pinsan|kaibigan|kapitbahay|pamangkin)\\s+(?:ko|namin)',
].join('|');
const INTROS = "a\\.\\s?n\\.?|a\\/n|atas\\s+nama|(?:my\\s+|her\\s+|his\\s+)?name\\s+is|my\\s+name's|(?:just\\s+)?call\\s+me|panggil(?:\\s+(?:aku|saya|sy))?|happy\\s+(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?birthday(?:\\s+to)?|nama\\s+saya|nama\\s+aku|namanya|nama\\s+dia|nama\\s+beliau|tên\\s+(?:em|mình|tôi|chị|anh)\\s+là|ten\\s+(?:em|minh|toi)\\s+la|ako\\s+(?:po\\s+)?si|collect(?:ed)?\\s+by|pick(?:ed)?\\s+up\\s+by|received\\s+by|diterima\\s+oleh|diambil\\s+oleh";
/** A form's label needs its colon ("Name: …"); a self-introduction does not ("nama saya …"). */
const LABELLED = new RegExp(`(?:^|[\\n,;(]|\\s)(?:(?:${FORM_LABELS})\\s*[:：=]|(?:${INTROS}|${RELATIONS})\\s)\\s*`, 'giu');
/** A greeting or thanks to one capitalised word that ends there: "Thanks Tobi!", "Ok Fiqa, …". */
const GREETINGS = new Set(['thanks', 'thank you', 'thank u', 'thx', 'tq', 'terima kasih', 'makasih', 'hi', 'hello', 'hey', 'dear', 'ok', 'okay', 'noted', 'assalamualaikum', 'salamat', 'salamat po', 'cảm ơn', 'cam on', 'chào', 'chao']);
const GREETED_NAME = /^(\p{Lu}[\p{Ll}\p{M}]{2,})(?=\s*(?:[!,.?]|\p{Extended_Pictographic}|$))/u;
/** The words every label or introduction holds, in any case: texts without one skip that search. */
// Labels and introductions by a word they hold; relations ("my neighbour", "suami saya", "asawa ko") by their possessive.
const LABEL_STEMS = ['nama', 'name', 'penerima', 'receiver', 'recipient', 'pangalan', 'tên', 'ten', 'người', 'nguoi', 'chủ', 'acc', 'a.n', 'a/n', 'atas', 'call', 'panggil', 'birthday', 'ako', 'collect', 'pick', 'receiv', 'diterima', 'diambil', 'my', 'our', 'her', 'his', 'saya', 'aku', 'sy', 'ku', 'gue', 'ko', 'namin'];
/** The words every label or introduction holds, lower case, capitalised or in capitals (case-sensitive: V8 runs that faster). */
const LABEL_HINT = new RegExp([...LABEL_STEMS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).map((w) => w.replace(/[./]/g, '\\$&')), '\u0e0a\u0e37\u0e48\u0e2d'].join('|'));
const THAI_SCRIPT = /[\u0e00-\u0e7f]/;
// Where a capitalised word follows a space (a cheap superset of capitals; each hit is checked with \p{Lu}).
const CAPITAL_AFTER_SPACE = /[ \u00a0\n][A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff]/g;
const HONORIFICS_SET = new Set(HONORIFICS);

function isBreakCode(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 40 || code === 91 || code === 0x201c || code === 34;
}

interface WordsBefore {
  /** Up to four words before the position, nearest first, lower case. */
  words: string[];
  /** The nearest one as written. */
  raw: string;
  /** A comma stands between it and the position ("kak, GoPay …" is no form of address). */
  comma: boolean;
}

/** The words before a position; null where the nearest is too long to be a form of address or a greeting. */
function wordsBefore(text: string, space: number): WordsBefore | null {
  const words: string[] = [];
  let raw = '';
  let comma = false;
  let end = space;
  for (let k = 0; k < 4 && end > 0; k++) {
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0 || text.charCodeAt(end - 1) === 44)) {
      if (k === 0 && text.charCodeAt(end - 1) === 44) comma = true;
      end--;
    }
    let start = end;
    while (start > 0 && !isBreakCode(text.charCodeAt(start - 1)) && end - start <= 16) start--;
    if (start === end || (k === 0 && end - start > 16)) break;
    const word = text.slice(start, end).toLocaleLowerCase();
    if (k === 0) {
      // Most capitals follow an ordinary word: stop at once unless it may open a cue.
      if (!OPENS_CUE.has(word)) return null;
      raw = text.slice(start, end);
    }
    words.push(word);
    if (start > 0 && text.charCodeAt(start - 1) === 10) break;
    end = start;
  }
  return words.length ? { words, raw, comma } : null;
}

/** Nearest words before a name that can open a cue: forms of address, greetings and their fillers, "I'm". */
let openers: Set<string> | null = null;
const OPENS_CUE = {
  has(word: string): boolean {
    openers ??= new Set([...HONORIFICS, ...[...GREETINGS].flatMap((g) => g.split(' ')), ...GREETING_FILLERS, "i'm", 'i’m', 'im', 'am', 'is']);
    return openers.has(word);
  },
};

/** Words that may stand between a greeting and the name: "thank you so much Seun", "salamat po Lola". */
const GREETING_FILLERS = new Set(['so', 'much', 'very', 'po', 'ya', 'sis', 'kak', 'again', 'ah', 'ha', 'nhé', 'nha', 'ạ', 'a']);

function greetedBefore(words: string[]): boolean {
  let j = 0;
  while (j < words.length && j < 2 && GREETING_FILLERS.has(words[j])) j++;
  return GREETINGS.has(words[j] ?? '') || GREETINGS.has(`${words[j + 1] ?? ''} ${words[j] ?? ''}`);
}

/** "I'm Wanjiru by the way", "this is Rina": a self-introduction before a capitalised name. */
function introducedBefore(words: string[]): boolean {
  return words[0] === "i'm" || words[0] === 'i’m' || words[0] === 'im' || (words[0] === 'am' && words[1] === 'i') || (words[0] === 'is' && words[1] === 'this');
}
const INTRODUCED_NAME = /^(\p{Lu}[\p{Ll}\p{M}]{2,}(?:[ \u00a0]\p{Lu}[\p{Ll}\p{M}]{2,})?)(?=\s*(?:[!,.?]|\p{Extended_Pictographic}|$|by the way|here|from|na|po))/u;


/** Capitalised words that follow a form of address without being names (greetings, sentence starts, shop words). */
const COMMON = new Set(
  [
    'ok', 'okay', 'oke', 'hi', 'hello', 'thanks', 'thank', 'please', 'pls', 'yes', 'no', 'can', 'sorry', 'the', 'this', 'that', 'i', 'we', 'you',
    'boleh', 'bisa', 'mau', 'ada', 'saya', 'aku', 'terima', 'sudah', 'udah', 'ya', 'nak', 'dah', 'baik', 'harga', 'berapa', 'jadi', 'kalau', 'untuk',
    'minta', 'tolong', 'maaf', 'nanti', 'besok', 'sekarang', 'barang', 'paket', 'order', 'pesanan', 'stok', 'ready', 'size', 'warna', 'free',
    'po', 'pwede', 'sige', 'salamat', 'magkano', 'meron', 'wala', 'opo', 'dạ', 'vâng', 'cho', 'có', 'không', 'ơi', 'ạ', 'shop', 'admin', 'cod',
    'customer', 'courier', 'rider', 'team', 'all', 'sis', 'bro', 'dear', 'good', 'morning', 'afternoon', 'evening', 'night', 'selamat', 'pagi',
    'siang', 'sore', 'malam', 'assalamualaikum', 'salam', 'apa', 'kabar', 'ini', 'itu', 'gimana', 'macam', 'mana', 'how', 'what', 'when', 'where',
    'gcash', 'maya', 'dana', 'ovo', 'gopay', 'momo', 'zalopay', 'bank', 'transfer', 'total', 'rm', 'rp', 'php', 'id', 'no', 'hp', 'wa', 'whatsapp',
    'sir', "ma'am", 'maam', 'madam', 'kak', 'kakak', 'akak', 'mbak', 'mas', 'pak', 'bu', 'ibu', 'chị', 'anh', 'em', 'ate', 'kuya', 'miss', 'mr', 'mrs', 'ms',
    'uncle', 'aunty', 'auntie', 'oga', 'khun', 'boss', 'madame', 'mdm', 'encik', 'cik', 'puan', 'tuan', 'abang', 'bang', 'adik', 'dik',
    'olá', 'ola', 'hallo', 'halo', 'hai', 'hey', 'bonjour', 'birthday', 'congrats', 'congratulations', 'welcome', 'attn', 'regards', 'cheers', 'best',
    'lola', 'lolo', 'tita', 'tito', 'nanay', 'tatay', 'manang', 'manong', 'fine', 'here', 'done', 'ready', 'sure', 'back', 'home', 'busy', 'late', 'coming', 'interested', 'new', 'happy', 'glad', 'sorry',
    'kami', 'kita', 'dia', 'mereka', 'semua', 'juga', 'lagi', 'masih', 'belum', 'sama', 'dengan', 'dari', 'ke', 'di', 'dan', 'atau',
  ].map((w) => w.toLocaleLowerCase()),
);
/** Thai words that follow คุณ/น้อง/พี่ without being names. */
const THAI_COMMON = ['สาว', 'ชาย', 'ลูกค้า', 'ค่ะ', 'คะ', 'ครับ', 'นะ', 'ทุกคน', 'แม่', 'ส่ง', 'สามารถ', 'ช่วย', 'ต้อง', 'จะ', 'ได้', 'มี', 'ไม่', 'ที่', 'เบอร์', 'นามสกุล', 'จริง', 'ผู้รับ', 'บัญชี', 'เล่น', 'ร้าน', 'สินค้า'];
// "ขอบคุณ" is thank you, not a form of address. ป้า, ลุง, น้า: aunt, uncle, as neighbours are called; ชื่อเล่น: nickname.
const THAI_HONORIFIC = /(?<!ขอบ)(?:คุณ|น้อง|พี่|ป้า|ลุง|น้า|ชื่อเล่น|นางสาว|นาย|นาง|น\.ส\.)([\u0e01-\u0e2e\u0e30-\u0e4e]{2,14})/gu;
const THAI_NAME_END = /ค่ะ|คะ|ครับ|นะ|จ้า|จ้ะ|คุณ|น้อง|พี่|ขอบ|ข้าง|รับ|ได้|ให้|ที่|จะ|ไม่|มา|ไป|ส่ง|อยู่|บ้าน|เป็น|ด้วย|ชอบ|จ่าย|เงิน|กลับ|จาก|หลวม|จริง|ใช้|คง|โค้ด|เลย|แล้ว|ก็|ยัง|นี้|นั้น|ขี่|ไหม|เอง|ทำ|มี|ซื้อ|อยาก/u;
/** "ชื่อ ณัฐยา แก้วมณี ค่ะ": the Thai word for name, a space, then a given name and perhaps a family name. */
const THAI_NAME_LABEL = /ชื่อ[ \u00a0]+([\u0e01-\u0e2e\u0e30-\u0e4e]{2,20}(?:[ \u00a0][\u0e01-\u0e2e\u0e30-\u0e4e]{2,20})?)/gu;

const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’-]\\p{L}[\\p{Ll}\\p{M}]*)?\\.?";
const CAPS_WORD = '\\p{Lu}{2,}';
const NAME_AFTER_HONORIFIC = new RegExp(`^(?:${NAME_WORD})(?:[ \\u00a0](?:${NAME_WORD})){0,2}`, 'u');
/** After a label the name may be ALL CAPS or lower case as typed from a form; it ends at a digit, comma or line end. */
const NAME_AFTER_LABEL = /^[\p{L}\p{M}][\p{L}\p{M}.'’\/-]*(?:[ \u00a0]+[\p{L}\p{M}][\p{L}\p{M}.'’\/-]*){0,4}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const HINT = /[A-ZÀ-ỹ]|[\u0e00-\u0e7f]/u;
const CAPS = new RegExp(`^${CAPS_WORD}$`, 'u');

export interface NameCue {
  start: number;
  end: number;
  name: string;
  /** One word that is also an ordinary word ("kak Intan", "Miss Rose"): for the reviewer to decide, with why. */
  uncertain?: string;
}

/**
 * Words that are names and also ordinary words in our markets: gems, flowers, months, virtues,
 * colours, Vietnamese and Thai words. After a form of address they are probably a name, but a
 * product ("Bros Intan", "Rose Gold") reads the same, so the reviewer decides.
 */
const ORDINARY_WORD_NAMES = new Set([
  'intan', 'berlian', 'mutiara', 'permata', 'melati', 'mawar', 'bunga', 'indah', 'cahaya', 'embun', 'bintang', 'bulan', 'suci', 'murni', 'ayu', 'manis',
  'rose', 'jasmine', 'lily', 'daisy', 'iris', 'violet', 'ruby', 'pearl', 'jade', 'amber', 'crystal', 'coral', 'ivory', 'olive', 'hazel', 'ginger', 'honey',
  'may', 'june', 'april', 'august', 'hope', 'joy', 'grace', 'faith', 'charity', 'sunny', 'happy', 'precious', 'blessing', 'gift', 'goodness', 'mercy', 'patience', 'rich', 'bank',
]);
/** Every Vietnamese given name is also a word (Mai, Lan, Hoa): after chị, cô, anh … it is a name. */
const VIETNAMESE_FORMS = new Set(['chị', 'anh', 'em', 'cô', 'chú', 'bác', 'co', 'chi', 'chu', 'bac']);

/** "Dona Fernanda Carvalho. Está …": a dot after a whole word ends the name; after an initial ("T.") it does not. */
function untilSentenceEnd(words: string[]): string[] {
  const end = words.findIndex((w) => w.endsWith('.') && w.length > 2);
  return end < 0 ? words : words.slice(0, end + 1);
}

function trimCommonTail(words: string[]): string[] {
  const out = [...words];
  while (out.length && COMMON.has(out[out.length - 1].replace(/\.$/, '').toLocaleLowerCase())) out.pop();
  return out;
}

/** Adds a cue unless one starts there already: two cues can point at one name ("ako po si Jomar"); a sure one wins. */
function pushCue(out: NameCue[], start: number, name: string, uncertain?: string): void {
  const clean = name.replace(/[\s.,'’-]+$/u, '');
  if (clean.length < 2) return;
  const same = out.findIndex((c) => c.start === start);
  const cue: NameCue = { start, end: start + clean.length, name: clean, ...(uncertain ? { uncertain } : {}) };
  if (same < 0) out.push(cue);
  else if (out[same].uncertain && !uncertain) out[same] = cue;
}

/** Every name the text's cues point at, with where it stands. */
export function findNameCues(text: string): NameCue[] {
  if (text.length > 20000 || !HINT.test(text)) return [];
  const out: NameCue[] = [];
  // A form of address or a greeting stands right before a capitalised word: look only there.
  CAPITAL_AFTER_SPACE.lastIndex = 0;
  for (let m = CAPITAL_AFTER_SPACE.exec(text); m; m = CAPITAL_AFTER_SPACE.exec(text)) {
    const at = m.index + 1;
    const code = text.charCodeAt(at);
    if (code >= 128 && !STARTS_UPPER.test(text[at])) continue;
    const before = wordsBefore(text, m.index);
    if (before === null) continue;
    const honorific = !before.comma && HONORIFICS_SET.has(before.words[0]) ? before.words[0] : '';
    if (honorific) {
      const run = NAME_AFTER_HONORIFIC.exec(text.slice(at, at + 60));
      if (!run) continue;
      const words = trimCommonTail(untilSentenceEnd(run[0].split(/[ \u00a0]/)));
      if (words.length === 0 || COMMON.has(words[0].replace(/\.$/, '').toLocaleLowerCase())) continue;
      // A lone capital ("Sir A") or an all-caps shop word after a greeting says nothing.
      if (words.join('').replace(/\./g, '').length < 2 || (words.length === 1 && CAPS.test(words[0]) && words[0].length > 5)) continue;
      const ordinary = words.length === 1 && !VIETNAMESE_FORMS.has(honorific) && ORDINARY_WORD_NAMES.has(words[0].replace(/\.$/, '').toLocaleLowerCase());
      pushCue(out, at, words.join(' '), ordinary ? `“${words[0]}” after “${before.raw}” may be a name or an ordinary word` : undefined);
    } else if (greetedBefore(before.words)) {
      const greeted = GREETED_NAME.exec(text.slice(at, at + 40));
      if (greeted && !COMMON.has(greeted[1].toLocaleLowerCase())) pushCue(out, at, greeted[1]);
    } else if (introducedBefore(before.words)) {
      const introduced = INTRODUCED_NAME.exec(text.slice(at, at + 50));
      if (introduced && !introduced[1].split(/[ \u00a0]/).some((w) => COMMON.has(w.toLocaleLowerCase()))) pushCue(out, at, introduced[1]);
    }
  }
  LABELLED.lastIndex = 0;
  for (let m = LABEL_HINT.test(text) ? LABELLED.exec(text) : null; m; m = LABELLED.exec(text)) {
    const at = m.index + m[0].length;
    const line = text.slice(at, at + 80).split(/[\n,;()\d]/)[0];
    // A form's field holds only the name, in any case; a sentence goes on after it, so there only capitalised words count.
    const isField = /[:：=]\s*$/.test(m[0]);
    const run = (isField ? NAME_AFTER_LABEL : NAME_AFTER_HONORIFIC).exec(line);
    if (!run) continue;
    const words = trimCommonTail(run[0].trim().split(/[ \u00a0]+/));
    if (words.length === 0 || words.length > 5 || COMMON.has(words[0].toLocaleLowerCase())) continue;
    pushCue(out, at, words.join(' '));
  }
  for (const cue of findStructuralNames(text)) pushCue(out, cue.start, cue.name);
  if (!THAI_SCRIPT.test(text)) return out;
  THAI_NAME_LABEL.lastIndex = 0;
  for (let m = THAI_NAME_LABEL.exec(text); m; m = THAI_NAME_LABEL.exec(text)) {
    const words = m[1].split(/[ \u00a0]/).filter((w) => !THAI_COMMON.some((c) => w.startsWith(c)) && !THAI_NAME_END.test(w.slice(0, 4)));
    if (words.length && m[1].startsWith(words[0])) pushCue(out, m.index + m[0].length - m[1].length, words.join(' '));
  }
  THAI_HONORIFIC.lastIndex = 0;
  for (let m = THAI_HONORIFIC.exec(text); m; m = THAI_HONORIFIC.exec(text)) {
    const cut = m[1].search(THAI_NAME_END);
    const name = cut >= 0 ? m[1].slice(0, cut) : m[1];
    if (cut >= 0) THAI_HONORIFIC.lastIndex = m.index + m[0].length - m[1].length + cut;
    if (name.length < 2 || THAI_COMMON.some((w) => name.startsWith(w))) continue;
    pushCue(out, m.index + m[0].length - m[1].length, name);
  }
  return out;
}

/** A capitalised word that is a greeting, a form of address or a chat word, never a name beside one. */
export function isCommonWord(word: string): boolean {
  const w = word.toLocaleLowerCase();
  return COMMON.has(w) || HONORIFICS_SET.has(w) || GREETINGS.has(w);
}

/** The hits as candidates of their text. */
export function nameCueCandidates(cues: NameCue[]): RedactionCandidate[] {
  return cues.filter((c) => !c.uncertain).map((c) => ({ start: c.start, end: c.end, type: 'NAME' as const, placeholder: '[NAME]' }));
}
