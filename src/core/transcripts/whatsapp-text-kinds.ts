/**
 * Which WhatsApp message texts are media placeholders or platform notices, across locales.
 * Kept as data so a new locale is one more entry, not a new regex branch.
 */

/** Whole-text placeholders WhatsApp writes instead of media (lower-cased, LRM stripped). */
const MEDIA_TEXTS = new Set([
  '<media omitted>', 'image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'gif omitted',
  'document omitted', 'contact card omitted', 'location omitted',
  '<media tidak disertakan>', 'gambar tidak disertakan', 'video tidak disertakan', 'stiker tidak disertakan',
  '<media dikecualikan>', 'imej dikecualikan', '<media disembunyikan>',
  '<bỏ qua tệp phương tiện>', 'đã bỏ qua hình ảnh', '<ไม่รวมสื่อ>', 'ไม่รวมรูปภาพ',
  '<multimedia omitido>', '<medien ausgeschlossen>', '<médias omis>', '<mídia oculta>', '<arquivo de mídia oculto>',
  'null', // Android writes "null" for view-once media
]);

const ATTACHED = /^<attached: [^<>\n]{1,200}>$|^[^\n]{1,200} \((?:file attached|fail dilampirkan|file terlampir)\)$/i;

/** The end-to-end notice (iOS attributes it to the contact), in the languages of our markets. */
const ENCRYPTION_NOTICE = /^(?:messages and calls are end-to-end encrypted|messages to this chat and calls are now secured with end-to-end encryption|pesan dan panggilan terenkripsi|mesej dan panggilan disulitkan|tin nhắn và cuộc gọi được mã hóa|ข้อความและการโทรได้รับการเข้ารหัส|los mensajes y las llamadas están cifrados|mensagens e ligações são protegidas)/i;

/** Last characters a placeholder can end with (lower-cased): a message ending in another printable ASCII one is text. */
const MEDIA_LAST = new Set([...MEDIA_TEXTS].map((t) => t.charCodeAt(t.length - 1)).concat([0x3e, 0x29]));

export function isWhatsAppMediaText(text: string): boolean {
  if (text.length > 240) return false;
  const lastCode = text.charCodeAt(text.length - 1);
  if (lastCode > 0x20 && lastCode < 0x7f && !MEDIA_LAST.has(lastCode >= 65 && lastCode <= 90 ? lastCode + 32 : lastCode)) return false;
  // Fast path: placeholders are short, or bracketed, or end in "(file attached)"-style suffixes.
  const first = text.charCodeAt(0);
  if (text.length > 40 && first !== 0x3c && first !== 0x200e && text.charCodeAt(text.length - 1) !== 0x29 && text.charCodeAt(text.length - 1) !== 0x3e) return false;
  const t = text.replace(/\u200e/g, '').trim().toLowerCase();
  return MEDIA_TEXTS.has(t) || ATTACHED.test(t);
}

/** First letters of the notices above (either case): other texts skip the regex. */
const NOTICE_FIRST = new Set([0x6d, 0x70, 0x74, 0x6c, 0x4d, 0x50, 0x54, 0x4c, 0x0e02]);

export function isWhatsAppSystemNotice(text: string): boolean {
  const first = text.charCodeAt(0) === 0x200e ? text.charCodeAt(1) : text.charCodeAt(0);
  if (!NOTICE_FIRST.has(first)) return false;
  return ENCRYPTION_NOTICE.test(text.replace(/^\u200e/, ''));
}

const AM = new Set(['am', 'a.m.', 'a. m.', 'a.m', 'sa', 'pagi', 'ptg pagi', 'ก่อนเที่ยง', '午前', '上午', '오전', 'vorm.', 'π.μ.', 'ص', 'fm']);
const PM = new Set(['pm', 'p.m.', 'p. m.', 'p.m', 'ch', 'petang', 'ptg', 'tengah hari', 'tgh hari', 'malam', 'siang', 'sore', 'หลังเที่ยง', '午後', '下午', '오후', 'nachm.', 'μ.μ.', 'م', 'em']);

/** 'am' | 'pm' for a localized marker, null when it is not one we know. */
export function meridiemOf(marker: string): 'am' | 'pm' | null {
  const m = marker.trim().toLowerCase();
  if (AM.has(m)) return 'am';
  if (PM.has(m)) return 'pm';
  return null;
}
