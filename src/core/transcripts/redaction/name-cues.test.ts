/** Names typed after forms of address, labels and self-introductions, in each market's words. */
import { describe, expect, it } from 'vitest';
import { findNameCues } from './name-cues';

const names = (text: string) => findNameCues(text).map((c) => c.name);

describe('names found by their cues', () => {
  it.each([
    ['Terima kasih kak Nadia, barang dah pos', ['Nadia']],
    ['Baik pak Joko, ditunggu ya', ['Joko']],
    ['Dạ chị Hà ơi, em gửi rồi nha', ['Hà']],
    ['Salamat po ate Marites', ['Marites']],
    ['Noted madam Chioma, rider is on the way', ['Chioma']],
    ['ขอบคุณค่ะคุณพลอย', ['พลอย']],
    ['Nama: SITI NURHALIZA binti Osman\nNo HP: 0123', ['SITI NURHALIZA binti Osman']],
    ['Người nhận: Trần Văn Khoa, 0903 111 222', ['Trần Văn Khoa']],
    ['transfer ke BCA a.n. Dewi Lestari ya', ['Dewi Lestari']],
    ['Hi, my name is Grace Wanjiku and I ordered two cushions', ['Grace Wanjiku']],
    ['Ako po si Jomar, yung nag-order kahapon', ['Jomar']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Kak, boleh COD?',
    'Dạ anh ơi, Hà Nội giao 2 ngày ạ',
    'Sir Please check the size chart',
    'The job name must match the receipt',
    'Rose Gold and Dusty Pink are back in stock',
  ])('finds no name in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
