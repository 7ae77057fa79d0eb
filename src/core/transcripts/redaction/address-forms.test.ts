/**
 * Address forms beyond the keyword-and-capital core: names typed in lower case after a keyword that
 * is never an ordinary word, place labels, storeys, numbered buildings, towns joined by a connector.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses } from './address-detection';

function hidden(text: string): string[] {
  return findAddresses(text).candidates.map((c) => text.slice(c.start, c.end));
}

describe('address forms', () => {
  it.each([
    ['AT/DE', 'Kirchweg 4, 60311 Frankfurt am Main', 'Kirchweg 4, 60311 Frankfurt am Main'],
    ['ID', 'kec sukasari, bandung 40154', 'kec sukasari, bandung 40154'],
    ['ID', 'Kost Bunda Ratna, Gg. Mawar No. 3A', 'Kost Bunda Ratna, Gg. Mawar No. 3A'],
    ['ID', 'Dsn. Sumberejo RT 03 RW 01, Desa Wonokerto', 'Dsn. Sumberejo RT 03 RW 01, Desa Wonokerto'],
    ['MY', 'alamat kakak: Lot 55 Kg Batu Hampar, Jalan Sungai 13200 Kepala Batas', 'Lot 55 Kg Batu Hampar, Jalan Sungai 13200 Kepala Batas'],
    ['NG', 'my office: 2nd floor, Mulliner Towers, 39 Alfred Rewane Road, Ikoyi', '2nd floor, Mulliner Towers, 39 Alfred Rewane Road, Ikoyi'],
    ['TH', 'Lumpini Place 9, room 705\n12 Soi Ari 3, Bangkok 10400', 'Lumpini Place 9, room 705\n12 Soi Ari 3, Bangkok 10400'],
    ['VN', '23 hem 11 ly thuong kiet, p phu tho, q11', '23 hem 11 ly thuong kiet, p phu tho, q11'],
    ['VN', 'Cửa hàng: Số 14 Lê Lợi, P. Vĩnh Ninh, TP Huế', 'Số 14 Lê Lợi, P. Vĩnh Ninh, TP Huế'],
  ])('in %s hide "%s"', (_market, text, address) => {
    expect(hidden(text)).toEqual([address]);
  });

  it('start a new address at each place label', () => {
    expect(hidden('Home: House 12, Road 5, Sunrise Estate\nWork: Plot 22 Adeola Odeku Street, Victoria Island')).toEqual([
      'House 12, Road 5, Sunrise Estate',
      'Plot 22 Adeola Odeku Street, Victoria Island',
    ]);
  });

  it('end an address where chat words follow its name', () => {
    expect(hidden('Hantar ke Tmn Sentosa and call me bila sampai')).toEqual(['Tmn Sentosa']);
  });

  it('leave what only looks like part of an address', () => {
    expect(hidden('Home delivery: 2-3 days')).toEqual([]);
    expect(hidden('The 2nd floor of the mall has the sale')).toEqual([]);
    expect(hidden('ongkir 15000 ya kak')).toEqual([]);
    expect(hidden('mau jl murah aja')).toEqual([]);
  });
});
