import { describe, expect, it } from 'vitest';
import { hasCaption, markerOf } from './message-markers';

describe('message markers', () => {
  it('mark media the export left out, in every layout and language', () => {
    for (const text of ['<Media omitted>', '\u200eimage omitted', '<Media tidak disertakan>', 'đã bỏ qua hình ảnh', '[Photo]', '<attached: 00000012-PHOTO-2024-06-05.jpg>']) {
      expect(markerOf({ kind: 'media', text }), text).toBe('media-omitted');
      expect(hasCaption({ kind: 'media', text }), text).toBe(false);
    }
  });

  it('keep a caption someone wrote with a photo as text to show', () => {
    expect(markerOf({ kind: 'media', text: 'Yang ini kak, warna navy' })).toBe('media-omitted');
    expect(hasCaption({ kind: 'media', text: 'Yang ini kak, warna navy' })).toBe(true);
  });

  it('mark deleted and unsent messages, with or without a full stop or a direction mark', () => {
    for (const text of ['This message was deleted', '\u200eYou deleted this message.', 'Pesan ini telah dihapus', 'Tin nhắn này đã bị xóa', 'This message was unsent.', '[NAME:Customer] unsent a message.', 'สมชาย ใจดี unsent a message.']) {
      expect(markerOf({ kind: 'text', text }), text).toBe('deleted');
    }
  });

  it('leave ordinary text, platform notices and a customer quoting the words in a sentence alone', () => {
    expect(markerOf({ kind: 'text', text: 'Kak, this message was deleted by accident, I wanted the navy one' })).toBeNull();
    expect(markerOf({ kind: 'text', text: 'Halo kak' })).toBeNull();
    expect(markerOf({ kind: 'system', text: 'This message was deleted' })).toBeNull();
  });
});
