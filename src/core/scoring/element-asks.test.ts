/** An element that says what to do is not done by offering to do it; one that says to ask, is. */
import { describe, expect, it } from 'vitest';
import { freeTextStepSchema } from '../../shared/domain/scenario';
import { isAskingElement } from './element-asks';
import { scoreFreeTextReply } from './score-free-text-reply';

function stepWith(label: string, phrases: string[][]) {
  return freeTextStepSchema.parse({
    type: 'free-text',
    modelAnswer: 'x',
    rubric: { elements: [{ id: 'el', label, standardId: 's', phrases }] },
    next: 'end',
  });
}

const hit = (reply: string, label: string, phrases: string[][], language = 'en') =>
  scoreFreeTextReply(reply, stepWith(label, phrases), { language }).elements[0].status === 'hit';

describe('elements done by asking', () => {
  it('reads the label as an instruction in the languages owners write', () => {
    expect(isAskingElement({ label: 'Confirm the address before sending', phrases: [] })).toBe(true);
    expect(isAskingElement({ label: 'Offer to keep one for her', phrases: [] })).toBe(true);
    expect(isAskingElement({ label: 'Tanyakan ukuran kakinya', phrases: [] })).toBe(true);
    expect(isAskingElement({ label: 'Hỏi size chân của chị', phrases: [] })).toBe(true);
    expect(isAskingElement({ label: 'Confirm COD is possible', phrases: [] })).toBe(false);
    expect(isAskingElement({ label: 'Refund the express fee', phrases: [] })).toBe(false);
    expect(isAskingElement({ label: 'Get her size', phrases: [], concepts: [] })).toBe(true);
    expect(isAskingElement({ label: 'Details', phrases: [], concepts: ['ask-details'] })).toBe(true);
  });

  it('does not count a question offering what the element says to do', () => {
    const refund = [['refund the express fee']];
    expect(hit('Our rider collects it tomorrow. Would you like us to refund the express fee?', 'Refund the express fee', refund)).toBe(false);
    expect(hit('Our rider collects it tomorrow. We will refund the express fee.', 'Refund the express fee', refund)).toBe(true);
    const offered = scoreFreeTextReply('Would you like us to refund the express fee?', stepWith('Refund the express fee', refund), { language: 'en' });
    expect(offered.lines.map((l) => l.text).join('\n')).toContain('said as done, not asked as a question');
    expect(hit('Apakah ongkir returnya bisa kami tanggung?', 'Say the shop pays return shipping', [['ongkir kami tanggung']], 'id')).toBe(false);
  });

  it('counts a question where the element asks, offers or confirms', () => {
    expect(hit('Our rider comes tomorrow. Can you confirm your delivery address?', 'Confirm the address', [['confirm your address']])).toBe(true);
    expect(hit('Shall I keep one for you?', 'Offer to keep one for her', [['keep one for you']])).toBe(true);
  });

  it('keeps a statement ending in a tag such as "ok?" or ", ya?"', () => {
    expect(hit('We will refund the express fee today, ok?', 'Refund the express fee', [['refund the express fee']])).toBe(true);
    expect(hit('Ongkir retur kami tanggung, ya?', 'Say the shop pays return shipping', [['ongkir kami tanggung']], 'id')).toBe(true);
  });

  it('reads a Thai question by its particle, and a Thai space as the end of a sentence', () => {
    const chase = [['ตามให้']];
    expect(hit('ขอโทษค่ะ ไรเดอร์โทรไม่ติด ให้ร้านช่วยตามให้ไหมคะ', 'Say we will keep chasing it', chase, 'th')).toBe(false);
    expect(hit('ขอโทษค่ะ ร้านจะตามให้จนถึงมือค่ะ ต้องการเลขพัสดุไหมคะ?', 'Say we will keep chasing it', chase, 'th')).toBe(true);
  });

  it('ends a sentence at an emoji before a capital, so a question after it does not swallow the statement', () => {
    const glad = [['glad']];
    expect(hit('Glad the L is perfect 😄 Could you tell us how the exchange went?', 'Say you are glad it fits', glad)).toBe(true);
  });
});
