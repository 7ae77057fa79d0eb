/** The tone checks as people read them: meant apologies, names used to address someone, shouting for emphasis. */
import { describe, expect, it } from 'vitest';
import { findCustomerName } from './customer-name';
import { findApologies, findExclamationStacks, findShouting } from './tone-checks';
import { foldText } from './text-folding';

const apologises = (reply: string, language: string) => findApologies(foldText(reply, language), language).length > 0;
const names = (reply: string, name: string, language: string) => findCustomerName(foldText(reply, language), name, language).length > 0;

describe('the apology check', () => {
  it('counts a meant apology in every training language', () => {
    for (const [reply, language] of [["So sorry for the wait, Ifeoma", 'en'], ['Mohon maaf kak', 'id'], ['Maaf ya sis', 'ms'], ['Dạ shop xin lỗi chị', 'vi'], ['Pasensya na po', 'tl'], ['ขอโทษค่ะคุณพลอย', 'th']] as const)
      expect(apologises(reply, language), reply).toBe(true);
  });

  it('does not count a negated apology, "pardon?", a quoted one or an eye-rolled one', () => {
    for (const [reply, language] of [
      ['No need to apologise, it happens!', 'en'],
      ['Kakak tidak perlu minta maaf ya', 'id'],
      ['Chị không cần xin lỗi đâu ạ', 'vi'],
      ['Sorry? Which order do you mean?', 'en'],
      ['The courier\'s note says "sorry, delayed".', 'en'],
      ["ทาง Flash แจ้งมาว่า 'ขออภัยในความไม่สะดวก' ค่ะ", 'th'],
      ["I'm sorry you feel that way.", 'en'],
    ] as const)
      expect(apologises(reply, language), reply).toBe(false);
  });
});

describe('the customer-name check', () => {
  it('finds the name used to address the customer, diacritics and case aside', () => {
    expect(names('Hi Ifeoma, your parcel is here', 'Ifeoma', 'en')).toBe(true);
    expect(names('Dạ chi Thao oi, shop gửi ạ', 'Thảo', 'vi')).toBe(true);
    expect(names('Chị Hà ơi, shop hoàn tiền ạ', 'Nguyễn Thị Thu Hà', 'vi')).toBe(true);
    expect(names('Good morning Ms Okafor', 'Ifeoma Okafor', 'en')).toBe(true);
    expect(names('ขอโทษค่ะคุณพลอย', 'Ploy', 'th')).toBe(true);
    expect(names('ได้ค่ะพลอย ค่าส่ง 40 บาท', 'Ploy', 'th')).toBe(true);
  });

  it('does not take an ordinary word spelled like the name for the name', () => {
    expect(names('You may come after 5pm', 'May', 'en')).toBe(false);
    expect(names('May I keep one for you?', 'May', 'en')).toBe(false);
    expect(names('Hi May, it is ₦18,500', 'May', 'en')).toBe(true);
    expect(names('Warnanya indah banget kak', 'Indah', 'id')).toBe(false);
    expect(names('Kak Indah, maaf ya', 'Indah', 'id')).toBe(true);
    expect(names('Shop giao mai ạ', 'Mai', 'vi')).toBe(false);
    expect(names('Hi dear, this is Hana from the shop', 'Hana', 'en')).toBe(false);
    expect(names('Nguyễn shop gửi ạ', 'Nguyễn Thị Thu Hà', 'vi')).toBe(false);
  });
});

describe('the shouting and "!!!" checks', () => {
  it('finds capitals written for emphasis, not acronyms, couriers, wallets or brands', () => {
    expect(findShouting('THE TAN PAIR IS SOLD OUT')).not.toEqual([]);
    expect(findShouting('We are a REGISTERED business, you pay NOTHING until it arrives')).not.toEqual([]);
    expect(findShouting('COD via J&T, or GCASH, SKU 1234 in size XL')).toEqual([]);
    expect(findShouting('Checked with FLASH EXPRESS: it comes SAT', ['FLASH'])).toEqual([]);
    expect(findShouting('It is SOLD already')).toEqual([]);
  });

  it('finds stacks of "!!"', () => {
    expect(findExclamationStacks('Thank you!! See you')).toHaveLength(1);
    expect(findExclamationStacks('Thank you! See you!')).toEqual([]);
  });
});
