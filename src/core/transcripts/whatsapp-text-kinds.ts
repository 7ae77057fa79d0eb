/**
 * Which WhatsApp message texts are media placeholders or platform notices, across locales.
 * Kept as data so a new locale is one more entry, not a new regex branch; the media placeholders
 * are shared with the screens, which show them as "not included in the export".
 */
import { WHATSAPP_ATTACHED, WHATSAPP_MEDIA_TEXTS } from '../../shared/domain/message-markers';

const MEDIA_TEXTS = WHATSAPP_MEDIA_TEXTS;
const ATTACHED = WHATSAPP_ATTACHED;

/** The end-to-end notice (iOS attributes it to the contact), in the languages of our markets. */
const ENCRYPTION_NOTICE = /(?:messages and calls are end-to-end encrypted|messages to this chat and calls are now secured with end-to-end encryption|pesan dan panggilan terenkripsi|mesej dan panggilan disulitkan|tin nhắn và cuộc gọi được mã hóa|ข้อความและการโทรได้รับการเข้ารหัส|los mensajes y las llamadas están cifrados|mensagens e ligações são protegidas)/iy;

/** Last characters a placeholder can end with (lower-cased): a message ending in another printable ASCII one is text. */
const MEDIA_LAST = new Set([...MEDIA_TEXTS].map((t) => t.charCodeAt(t.length - 1)).concat([0x3e, 0x29]));

export function isWhatsAppMediaText(text: string): boolean {
  if (text.length > 240) return false;
  const lastCode = text.charCodeAt(text.length - 1);
  if (lastCode > 0x20 && lastCode < 0x7f && !MEDIA_LAST.has(asciiLower(lastCode))) return false;
  // Fast path: placeholders are short, or bracketed, or end in "(file attached)"-style suffixes.
  const first = text.charCodeAt(0);
  if (text.length > 40 && first !== 0x3c && first !== 0x200e && text.charCodeAt(text.length - 1) !== 0x29 && text.charCodeAt(text.length - 1) !== 0x3e) return false;
  const t = text.replace(/\u200e/g, '').trim().toLowerCase();
  return MEDIA_TEXTS.has(t) || ATTACHED.test(t);
}

function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** First two letters of the notices above, lower-cased, as one number: other texts (nearly all) skip the regex. */
const NOTICE_STARTS = new Set(['me', 'pe', 'ti', 'ข้', 'lo'].map((s) => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1)));

export function isWhatsAppSystemNotice(text: string): boolean {
  const start = text.charCodeAt(0) === 0x200e ? 1 : 0;
  if (!NOTICE_STARTS.has(asciiLower(text.charCodeAt(start)) * 0x10000 + asciiLower(text.charCodeAt(start + 1)))) return false;
  ENCRYPTION_NOTICE.lastIndex = start;
  return ENCRYPTION_NOTICE.test(text);
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
