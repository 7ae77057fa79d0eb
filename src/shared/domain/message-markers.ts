/**
 * Messages that stand for something the export does not hold: media left out of the export
 * ("<Media omitted>", "image omitted", "[Photo]") and messages deleted or unsent before the export
 * ("This message was deleted", "You unsent a message"). Screens show them as what they are, not as
 * chat text or a caption. The WhatsApp placeholder list is shared with the importer, which marks
 * those messages as media.
 */
import type { MessageKind } from './transcript';

/** Whole-text placeholders WhatsApp writes instead of media (lower-cased, LRM stripped). */
export const WHATSAPP_MEDIA_TEXTS: ReadonlySet<string> = new Set([
  '<media omitted>', 'image omitted', 'video omitted', 'audio omitted', 'sticker omitted', 'gif omitted',
  'document omitted', 'contact card omitted', 'location omitted',
  '<media tidak disertakan>', 'gambar tidak disertakan', 'video tidak disertakan', 'stiker tidak disertakan',
  '<media dikecualikan>', 'imej dikecualikan', '<media disembunyikan>',
  '<bỏ qua tệp phương tiện>', 'đã bỏ qua hình ảnh', '<ไม่รวมสื่อ>', 'ไม่รวมรูปภาพ',
  '<multimedia omitido>', '<medien ausgeschlossen>', '<médias omis>', '<mídia oculta>', '<arquivo de mídia oculto>',
  'null', // Android writes "null" for view-once media
]);

/** iOS's "<attached: …>" and Android's "… (file attached)" when exported with media. */
export const WHATSAPP_ATTACHED = /^<attached: [^<>\n]{1,200}>$|^[^\n]{1,200} \((?:file attached|fail dilampirkan|file terlampir)\)$/i;

/** What the other importers write for media without a caption: "[Photo]", "[Sticker 😀]", "<image>". */
const BRACKETED = /^\[[^[\]\n]{1,30}\]$|^<[^<>\n]{1,40}>$/;

/** Deleted and unsent messages as WhatsApp, Messenger, Instagram and LINE write them, in our markets' languages (lower-cased, no final full stop). */
const DELETED_TEXTS = new Set([
  'this message was deleted', 'you deleted this message', 'this message was unsent', 'you unsent a message',
  'pesan ini telah dihapus', 'anda menghapus pesan ini', 'pesan ini dihapus',
  'mesej ini telah dipadam', 'anda telah memadam mesej ini', 'anda memadam mesej ini',
  'tin nhắn này đã bị xóa', 'bạn đã xóa tin nhắn này', 'tin nhắn đã bị thu hồi', 'bạn đã thu hồi một tin nhắn',
  'ข้อความนี้ถูกลบแล้ว', 'คุณลบข้อความนี้แล้ว', 'ยกเลิกข้อความแล้ว',
  'binura ang mensaheng ito', 'nabura ang mensaheng ito',
  'se eliminó este mensaje', 'eliminaste este mensaje', 'mensagem apagada', 'você apagou esta mensagem',
  'diese nachricht wurde gelöscht', 'du hast diese nachricht gelöscht',
]);
/** "Dewi unsent a message", "[NAME:Customer] unsent a message" (Messenger, Instagram, LINE). */
const UNSENT_BY = /^.{1,80} (?:unsent a message|removed a message)$/;

export type MessageMarker = 'media-omitted' | 'deleted';

function normalized(text: string): string {
  return text.replace(/[\u200e\u200f]/g, '').trim().toLowerCase().replace(/\.$/, '');
}

/** True when the text of a media message is only the platform's placeholder, not a caption someone wrote. */
export function isMediaPlaceholder(text: string): boolean {
  const t = text.replace(/[\u200e\u200f]/g, '').trim();
  if (t === '') return true;
  return WHATSAPP_MEDIA_TEXTS.has(t.toLowerCase()) || WHATSAPP_ATTACHED.test(t) || BRACKETED.test(t);
}

/** What a message stands for when it is not chat text; null for ordinary text (and platform notices). */
export function markerOf(message: { kind: MessageKind; text: string }): MessageMarker | null {
  if (message.kind === 'system') return null;
  if (message.kind === 'media') return 'media-omitted';
  if (message.text.length > 120) return null;
  const t = normalized(message.text);
  return DELETED_TEXTS.has(t) || UNSENT_BY.test(t) ? 'deleted' : null;
}

/** A media message with words someone wrote to go with it (shown under the marker). */
export function hasCaption(message: { kind: MessageKind; text: string }): boolean {
  return message.kind === 'media' && !isMediaPlaceholder(message.text);
}
