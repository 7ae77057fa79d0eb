/** Names found by where they stand in pasted text: group orders, name lines, receipts, Vietnamese full names. */
import { describe, expect, it } from 'vitest';
import { findStructuralNames, givenNamesOf } from './name-lines';

const names = (text: string) => findStructuralNames(text).map((c) => c.name);

describe('structural names', () => {
  it('reads a numbered group order, but not a numbered product list', () => {
    expect(names('Order for the team:\n1. Amaka Obi - pickup with me\n2. Chidi Nwosu – deliver to his shop')).toEqual(['Amaka Obi', 'Chidi Nwosu']);
    expect(names('1. Red Velvet - 2 box\n2. Pandan Gula Melaka - RM45')).toEqual([]);
  });

  it('reads a name alone on its line above a phone or an ID, and a receipt’s sender line', () => {
    expect(names('Send to:\nWanjiku Mwangi\n0733 219 884\nThika Road')).toEqual(['Wanjiku Mwangi']);
    expect(names('Transfer Berhasil\nSumber Dana\nSITI RAHAYU\nBCA 1234567890')).toContain('SITI RAHAYU');
    expect(names('Grand Total\n120 000')).toEqual([]);
    expect(names('BAKERY HOUSE ENTERPRISE\n0123456789')).toEqual([]);
  });

  it('reads a name in capitals in brackets after a phone number, and receipts’ "name appears as" and "ND:"', () => {
    expect(names('Ksh 200 sent to 0711 234 567 (OTIENO ODHIAMBO) ✅')).toEqual(['OTIENO ODHIAMBO']);
    expect(names('Order 12345 (PAID)')).toEqual([]);
    expect(names('Paid RM60, name appears as KUMARAN A/L SUBRAMANIAM')).toEqual(['KUMARAN A/L SUBRAMANIAM']);
    expect(names('TK 0011 -500,000VND. ND: TRAN THI MAI CK COC DON')).toContain('TRAN THI MAI');
  });

  it('reads a Vietnamese full name by its shape, with or without diacritics, but not a street named after a person', () => {
    expect(names('vợ anh chuyển nhé, tên Phạm Thị Hoa')).toContain('Phạm Thị Hoa');
    expect(names('gửi cho Le Phuong Thao nha')).toEqual(['Le Phuong Thao']);
    expect(names('giao tới số 12 đường Nguyễn Thị Thập, Q7')).toEqual([]);
  });

  it('learns the part a chat calls the person by', () => {
    expect(givenNamesOf('Ngozi Eze')).toEqual(['Ngozi']);
    expect(givenNamesOf('Phạm Thị Hoa')).toEqual([]);
    expect(givenNamesOf('Nguyễn Văn Đức')).toEqual([]);
    expect(givenNamesOf('Le Phuong Thao')).toEqual(['Thao']);
  });
});
