/** Directions to a customer's house, hidden where they open a message or follow an address. */
import { describe, expect, it } from 'vitest';
import { findAddresses } from './address-detection';

function hidden(text: string): string[] {
  return findAddresses(text).candidates.map((c) => text.slice(c.start, c.end));
}

describe('directions to a house', () => {
  it.each([
    ['ID', 'dekat masjid Nurul Iman, rumah cat kuning ya kak', 'dekat masjid Nurul Iman, rumah cat kuning'],
    ['KE', 'opposite the church, house with black gate', 'opposite the church, house with black gate'],
    ['PH', 'malapit sa palengke, yung bahay na may puting gate po', 'malapit sa palengke, yung bahay na may puting gate'],
    ['TH', 'ตรงข้ามวัดสุทธิ บ้านประตูสีแดง', 'ตรงข้ามวัดสุทธิ บ้านประตูสีแดง'],
    ['VN', 'đối diện chợ Bến Thành, nhà cổng xanh', 'đối diện chợ Bến Thành, nhà cổng xanh'],
  ])('in %s hide a message that opens with one: "%s"', (_market, text, direction) => {
    expect(hidden(text)).toEqual([direction]);
  });

  it('hide one on the line after an address, to the end of its sentence', () => {
    expect(hidden('Jl. Melati No. 4, Kota Blitar\nbelakang SD Negeri 2. nanti telp dulu')).toEqual(['Jl. Melati No. 4, Kota Blitar', 'belakang SD Negeri 2']);
  });

  it('leave words of place that are not directions to a house', () => {
    expect(hidden('near future we restock, stay tuned')).toEqual([]);
    expect(hidden('dekat kedai ada stok?')).toEqual([]);
    expect(hidden('btw is your shop near the station?')).toEqual([]);
    expect(hidden('sebelah mana kak?')).toEqual([]);
  });
});
