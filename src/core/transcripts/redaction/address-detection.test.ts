/**
 * Addresses in each market's own forms, one span per address whether on one line or several,
 * and the ordinary text around them that must stay.
 */
import { describe, expect, it } from 'vitest';
import { findAddressContinuation, findAddresses } from './address-detection';

function hidden(text: string): string[] {
  return findAddresses(text).candidates.map((c) => text.slice(c.start, c.end));
}

describe('addresses', () => {
  it.each([
    ['MY', 'No. 8, Jalan Kenari 2/5,\nTaman Bukit Indah,\n81200 Johor Bahru, Johor', 'No. 8, Jalan Kenari 2/5,\nTaman Bukit Indah,\n81200 Johor Bahru, Johor'],
    ['MY', 'Lot 22 Lorong Seri Kembangan 4, Persiaran Mutiara', 'Lot 22 Lorong Seri Kembangan 4, Persiaran Mutiara'],
    ['ID', 'Alamat: Perumahan Griya Asri Blok C2 No. 9, RT 03/RW 11, Kel. Sukajadi, Kec. Sukarame, Kota Bandar Lampung 35131', 'Perumahan Griya Asri Blok C2 No. 9, RT 03/RW 11, Kel. Sukajadi, Kec. Sukarame, Kota Bandar Lampung 35131'],
    ['ID', 'kirim ke Gg. Melati 4 No. 3 Desa Cikarang Kab. Bekasi ya kak', 'Gg. Melati 4 No. 3 Desa Cikarang Kab. Bekasi'],
    ['PH', 'Blk 4 Lot 19 Phase 3, Camella Homes Subd., Brgy. Molino, Bacoor City, Cavite 4102', 'Blk 4 Lot 19 Phase 3, Camella Homes Subd., Brgy. Molino, Bacoor City, Cavite 4102'],
    ['PH', 'Purok 5, Sitio Malinawon, Brgy. Lahug, Cebu City', 'Purok 5, Sitio Malinawon, Brgy. Lahug, Cebu City'],
    ['TH', '55/7 หมู่ 3 ซอยสุขใจ ถนนเพชรเกษม\nตำบลหนองค้างพลู อำเภอหนองแขม\nจังหวัดกรุงเทพฯ 10160', '55/7 หมู่ 3 ซอยสุขใจ ถนนเพชรเกษม\nตำบลหนองค้างพลู อำเภอหนองแขม\nจังหวัดกรุงเทพฯ 10160'],
    ['TH', '12/8 Soi Ari 4, Thanon Phahonyothin, Khwaeng Samsen Nai, Khet Phaya Thai, Bangkok 10400', '12/8 Soi Ari 4, Thanon Phahonyothin, Khwaeng Samsen Nai, Khet Phaya Thai, Bangkok 10400'],
    ['VN', 'Địa chỉ: Số 5 ngách 12/34 ngõ 102 Trường Chinh, Phường Phương Mai, Quận Đống Đa, TP. Hà Nội', 'Số 5 ngách 12/34 ngõ 102 Trường Chinh, Phường Phương Mai, Quận Đống Đa, TP. Hà Nội'],
    ['VN', 'dia chi: so 7 hem 45 Le Lai, phuong Ben Thanh, quan 1, tp Ho Chi Minh', 'so 7 hem 45 Le Lai, phuong Ben Thanh, quan 1, tp Ho Chi Minh'],
    ['NG', 'Delivery to 14B Bode Thomas Street, Surulere, Lagos', '14B Bode Thomas Street, Surulere, Lagos'],
    ['NG', 'Flat 4, Block B, Peace Court Estate\noff Admiralty Way, Lekki Phase 1\nEti-Osa LGA, Lagos State', 'Flat 4, Block B, Peace Court Estate\noff Admiralty Way, Lekki Phase 1\nEti-Osa LGA, Lagos State'],
    ['KE', 'Hse No. 9, Kiambu Road, Runda Estate, Nairobi County', 'Hse No. 9, Kiambu Road, Runda Estate, Nairobi County'],
    ['SG', 'Blk 123 Tampines St 11\n#05-678\nSingapore 521123', 'Blk 123 Tampines St 11\n#05-678\nSingapore 521123'],
    ['DE', 'Lindenstraße 14, 10969 Berlin', 'Lindenstraße 14, 10969 Berlin'],
    ['NL', 'Prinsengracht 263-1\n1016 GV Amsterdam', 'Prinsengracht 263-1\n1016 GV Amsterdam'],
    ['PT', 'Rua do Almada 101, 2.º Dto.\n4050-037 Porto', 'Rua do Almada 101, 2.º Dto.\n4050-037 Porto'],
    ['DE', 'Katrin\nAachener Str. 51\n50674 Köln', 'Aachener Str. 51\n50674 Köln'],
    ['NG', 'Address:\nPlot 9, Aminu Kano Crescent, Wuse 2\nAbuja, FCT', 'Plot 9, Aminu Kano Crescent, Wuse 2\nAbuja, FCT'],
    ['KE', 'Kilimani Heights Apartments, Block A, House 3', 'Kilimani Heights Apartments, Block A, House 3'],
    ['MY', '12, Lorong Damai 3, Taman Damai, 05200 Alor Setar, Kedah. lepas 6pm ada orang', '12, Lorong Damai 3, Taman Damai, 05200 Alor Setar, Kedah'],
    ['SG', 'Blk 201 Tampines Ave 8, #04-12, Singapore 520201. Open Tue-Sun 10-6pm', 'Blk 201 Tampines Ave 8, #04-12, Singapore 520201'],
  ])('in %s hide "%s" as one address', (_market, text, address) => {
    expect(hidden(text)).toEqual([address]);
  });

  it('leave the chat words around an address', () => {
    expect(hidden('Hantar ke 12 Jalan Mawar, Taman Melati ya kak')).toEqual(['12 Jalan Mawar, Taman Melati']);
    expect(hidden('Gửi về 25 Đường Lê Lợi, Quận 1 nhé')).toEqual(['25 Đường Lê Lợi, Quận 1']);
    expect(hidden('Kiambu Road, Runda Estate. Black gate opposite the school')).toEqual(['Kiambu Road, Runda Estate']);
  });

  it('stop at a phone, ID or label line after the address', () => {
    expect(hidden('Jl. Kenanga No. 5, Kota Malang 65141\nHP 0812 3456 7890\nNIK 3507123456780001')).toEqual(['Jl. Kenanga No. 5, Kota Malang 65141']);
    expect(hidden('Nama: Budi\nAlamat: Jl. Kenanga No. 5\nTel: 0812 3456 7890')).toEqual(['Jl. Kenanga No. 5']);
  });

  it('go on with the next message of the same sender when it opens with the rest of the address', () => {
    expect(findAddresses('Kec. Cibinong Kab. Bogor').endsWithAddress).toBe(true);
    const next = '16914';
    expect(findAddressContinuation(next).map((c) => next.slice(c.start, c.end))).toEqual(['16914']);
    const county = 'Nakuru County. Call when you reach the gate';
    expect(findAddressContinuation(county).map((c) => county.slice(c.start, c.end))).toEqual(['Nakuru County']);
    expect(findAddressContinuation('Thanks, see you')).toEqual([]);
  });

  it.each([
    'I bought a lot of 5 last week',
    'paket sedang dalam perjalanan ya kak, jalan macet',
    'no 17 Gamis Alesha warna Mocca size L, no 23 Bros Intan Kristal gold',
    'acc no 1640 2233 8871',
    'Order No. 55021 shipped via J&T',
    'Yes via GIG Logistics, 2-3 days',
    'so 2 pcs ok?',
    'Close the order please, I will pay tomorrow',
    'Total 16900 ya kak',
    'หมู่นี้ยุ่งมากค่ะ',
    'Can deliver to Quezon City?',
    'Open Mon-Sat 10am-7pm',
  ])('leave "%s" alone', (text) => {
    expect(hidden(text)).toEqual([]);
  });
});
