/** The prompt's facts the editor offers as ready-made elements. */
import { describe, expect, it } from 'vitest';
import { expectedFactsOf } from './expected-facts';
import { promptFacts } from './prompt-facts';

describe('promptFacts', () => {
  it('offers the hours, days, prices and policies a prompt states, days joined to their hours', () => {
    const prompt = 'Open Monday to Saturday 9am–7pm, Sunday 12–5pm. COD through J&T for RM5 extra: RM164 in total. Returns within 7 days, refund 100%.';
    expect(promptFacts(prompt, 'en').map((f) => f.text)).toEqual(['Monday to Saturday 9am–7pm', 'Sunday 12–5pm', 'RM5', 'RM164', '7 days', '100%']);
  });

  it('offers only facts the scorer can match by value again', () => {
    for (const [prompt, language] of [
      ['Giao lại ngày mai, thứ Năm, từ 14h–17h. Size 39 dài 24,5 cm.', 'vi'],
      ['จะนำส่งใหม่พรุ่งนี้ วันเสาร์ ช่วง 9:00-12:00 ยอดเก็บเงินปลายทาง ฿590', 'th'],
      ['Batch berikutnya datang tanggal 28, harga Rp150.000.', 'id'],
    ] as const)
      for (const f of promptFacts(prompt, language)) expect(expectedFactsOf(f.text, language), f.text).not.toBeNull();
  });
});
