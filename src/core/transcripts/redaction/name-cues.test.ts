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

describe('names of people who receive or collect, and people greeted', () => {
  it.each([
    ['If I am out my neighbour Pieter will take it', ['Pieter']],
    ['my younger sister Bisola will collect', ['Bisola']],
    ['Penerima suami saya Darto ya kak', ['Darto']],
    ['Pakihatid po kay Althea, asawa ko Ramil ang kukuha', ['Althea', 'Ramil']],
    ['Thanks Tobi! Tag us when you wear am', ['Tobi']],
    ['Ok fine, panggil Fiqa je sis', ['Fiqa']],
    ['Her name is Kanokwan Intharasuk', ['Kanokwan Intharasuk']],
    ['quem recebe é a Dona Fernanda Carvalho. Está em casa', ['Fernanda Carvalho']],
    ['ชื่อ ธนวัฒน์ ศรีสวัสดิ์ ครับ', ['ธนวัฒน์ ศรีสวัสดิ์']],
    ['ฝากไว้กับป้าสมศรีข้างบ้าน', ['สมศรี']],
    ['gui cho co Lan o tang 1', ['Lan']],
    ["Deal. I'm Grace by the way, Imani is my daughter", ['Grace']],
    ['Thank you so much Seun 🥰 God bless', ['Seun']],
    ['yang terima adikku ya kak, namanya Ruth', ['Ruth']],
    ['โอนจาก SCB ชื่อบัญชี นางสมหญิง ใจดี', ['สมหญิง']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Hi krub, how much?', 'Ok fine.', 'Thanks Admin!', 'Hello, the size M please', 'Bisa kak, GoPay ke 0811 ya', "I'm Fine, thanks", 'ให้พี่สาวรับแทนได้ไหมครับ'])('finds no name in "%s"', (text) => {
    expect(names(text)).toEqual([]);
  });
});
