/** A reply that leaves the customer's own question unanswered does not pass; a missed extra only costs points. */
import { describe, expect, it } from 'vitest';
import { freeTextStepSchema, type RubricElement } from '../../shared/domain/scenario';
import { questionsAnswering } from './customer-questions';
import { scoreFreeTextReply } from './score-free-text-reply';

const element = (id: string, label: string, phrases: string[][]) => ({ id, label, standardId: 's', weight: 1, phrases }) as RubricElement;

describe('the questions a reply must answer', () => {
  const elements = [
    element('price', 'State the price', [['RM45', '45 ringgit']]),
    element('colours', 'Say which colours are in stock', [['black', 'navy', 'maroon']]),
    element('delivery', 'Say when it arrives', [['tomorrow', 'Friday']]),
    element('thanks', 'Thank her for asking', [['thank you', 'thanks']]),
  ];

  it('ties each question to the element that answers it, by its words and by the kind of fact it asks for', () => {
    const asked = questionsAnswering(elements, ['Hi! How much is the tote bag?', 'Got navy colour? And when will it reach KL'], 'en');
    expect(asked).toEqual([['price'], ['colours'], ['delivery']]);
  });

  it('asks nothing when the customer only tells', () => {
    expect(questionsAnswering(elements, ['Received it today, love the navy one.'], 'en')).toEqual([]);
  });

  it('reads questions in other languages, with or without a question mark', () => {
    const id = [element('ongkir', 'Sebut ongkirnya', [['ongkir 15rb', 'Rp15.000']]), element('estimasi', 'Sebut estimasi sampai', [['2-3 hari', 'lusa']])];
    expect(questionsAnswering(id, ['Kak ongkir ke Bekasi berapa', 'kapan sampainya kak?'], 'id')).toEqual([['ongkir'], ['estimasi']]);
    const th = [element('fee', 'State the fee', [['ค่าส่ง 50 บาท']]), element('days', 'Say how many days', [['2-3 วัน']])];
    expect(questionsAnswering(th, ['ค่าส่งเท่าไหร่คะ กี่วันถึงคะ'], 'th')).toEqual([['fee'], ['days']]);
  });

  it('fails a reply that skips a question even when its score is over the pass mark, and says which', () => {
    const step = freeTextStepSchema.parse({ type: 'free-text', modelAnswer: 'x', rubric: { elements }, next: 'end' });
    const context = { language: 'en', passMark: 0.7, customerMessages: ['Hi! How much is the tote bag? Got navy colour? When will it reach KL?'] };
    const skipsPrice = scoreFreeTextReply('Thank you! Navy is in stock and it reaches you tomorrow.', step, context);
    expect(skipsPrice.score).toBeGreaterThanOrEqual(0.7);
    expect(skipsPrice.passed).toBe(false);
    expect(skipsPrice.criticalErrors).toEqual(['It leaves the customer\'s question unanswered: "State the price".']);
    const skipsThanks = scoreFreeTextReply('It is RM45, navy is in stock and it reaches you tomorrow.', step, context);
    expect(skipsThanks.passed).toBe(true);
  });
});
