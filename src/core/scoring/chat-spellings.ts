/**
 * The chat spellings scoring tolerates, and the words that negate a phrase, per language.
 *
 * Both the reply and the rubric phrases go through the same folding, so an author writes
 * "please" or "terima kasih" once and "pls", "plz", "makasih" or "tq" still match. Words are
 * compared after case and diacritic folding ("không" is "khong"). English folds apply in every
 * language because shop chats mix English in (Taglish, Manglish, "thx kak").
 */

export type LanguageGroup = 'en' | 'id-ms' | 'vi' | 'tl' | 'th';

/** One word becomes one or more words. */
export type WordFolds = Readonly<Record<string, readonly string[]>>;

const w = (s: string): string[] => s.split(' ');

function table(entries: Record<string, string>): WordFolds {
  const out: Record<string, string[]> = {};
  for (const [to, fromList] of Object.entries(entries)) for (const from of fromList.split(' ')) out[from] = w(to);
  return out;
}

const ENGLISH = table({
  please: 'pls plz plzz plss plis pleasee pleaseee pleas',
  thanks: 'thx thnx tnx thks tks ty tq tqvm tysm thanx thankyou thankss',
  you: 'u yu',
  your: 'ur yr',
  are: 'r',
  sorry: 'sry sory sori soz sowwy srry sorri',
  message: 'msg',
  messages: 'msgs',
  because: 'bcoz bcos bcuz becoz coz cuz cos bc',
  tomorrow: 'tmr tmrw tmw tmrow tomoro',
  about: 'abt',
  people: 'ppl',
  before: 'b4',
  ok: 'k okk okie okey okay',
  "i'm": 'im',
  "don't": 'dont',
  "can't": 'cant',
  "won't": 'wont',
  "didn't": 'didnt',
  "isn't": 'isnt',
  "doesn't": 'doesnt',
  apologise: 'apologize',
  apologised: 'apologized',
});

const INDONESIAN_MALAY = table({
  thanks: 'makasih makasi mksh mks trims trimakasih trmksh tengkyu tq',
  yang: 'yg',
  dengan: 'dgn dg',
  untuk: 'utk',
  sudah: 'sdh udh udah dah dh',
  belum: 'blm blum',
  tidak: 'gak ga gk nggak ngga enggak engga ndak tdk tak tk',
  karena: 'krn karna',
  kak: 'kk ka kakak',
  tapi: 'tp',
  saja: 'aja',
  juga: 'jg',
  lagi: 'lg',
  bisa: 'bs',
  maaf: 'maap mf',
  berapa: 'brp',
  saya: 'sy',
  boleh: 'blh',
  dalam: 'dlm',
  macam: 'mcm',
  nak: 'nk',
  sebab: 'sbb',
});

const VIETNAMESE = table({
  khong: 'k ko hok hong kh',
  thanks: 'camon',
  'xin loi': 'xl',
  duoc: 'dc dk',
  gi: 'j',
  voi: 'vs',
  'san pham': 'sp',
});

const TAGALOG = table({
  thanks: 'salamat slamat',
  pasensya: 'pasensiya pasencya pasencia',
  hindi: 'hnd hnde hndi di',
  huwag: 'wag',
  lang: 'lng',
  naman: 'nmn',
  kasi: 'ksi',
  dito: 'd2',
  ninyo: 'nyo niyo',
  sana: 'sna',
});

/** Word sequences folded after the word folds ("thank you" and "terima kasih" are "thanks"). */
export const SEQUENCE_FOLDS: ReadonlyArray<{ from: readonly string[]; to: string }> = [
  { from: ['thank', 'you'], to: 'thanks' },
  { from: ['terima', 'kasih'], to: 'thanks' },
  { from: ['cam', 'on'], to: 'thanks' },
];

const NEGATORS: Record<LanguageGroup, readonly string[]> = {
  en: ['not', 'no', 'never', 'unable', 'non', "don't", "didn't", "won't", "can't", 'cannot', "isn't", "wasn't", "aren't", "doesn't", "shouldn't", 'without', 'nor'],
  'id-ms': ['tidak', 'bukan', 'belum', 'jangan', 'tanpa', 'tiada', 'takde', 'x', 'kurang'],
  vi: ['khong', 'chang', 'chua', 'mien'],
  tl: ['hindi', 'huwag', 'wala', 'walang', 'ayaw'],
  th: [],
};

/**
 * Politeness particles and small linking words that do not count towards the negation window,
 * so "hindi po namin", "tidak ada yang", "tidak perlu minta" and "no need to" still negate.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'po', 'ho', 'na', 'pa', 'naman', 'ya', 'kak', 'sis', 'lah', 'sih', 'kok', 'dong', 'pun', 'a', 'da', 'really',
  'to', 'be', 'need', 'needs', 'have', 'has', 'perlu', 'usah', 'ada', 'yang', 'can', 'kailangan', 'mag', 'able', 'any',
  'i', 'we', 'you', 'us', 'kami', 'saya', 'kita', 'namin', 'natin', 'ko', 'mo', 'ng', 'kang', 'em', 'chi', 'ban',
]);

/**
 * Determiners are optional in a rubric phrase and interchangeable in a reply, so "refund the
 * delivery fee" meets "refund your delivery fee" and "confirm the address" meets "confirm address".
 */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'ang', 'ng', 'yung', 'ung', 'yang']);

/** Possessives a reply may put inside a phrase ("refund your express fee"); in a phrase they stay required ("your fault" is not "our fault"). */
const POSSESSIVES = ['your', 'our', 'my', 'its', 'his', 'her', 'their', 'ur'];

/** Small words a reply may put between a phrase's words: determiners and politeness particles ("ibabalik po namin"). */
export const SKIPPABLE: ReadonlySet<string> = new Set([...DETERMINERS, ...POSSESSIVES, 'po', 'ho', 'kak', 'sis', 'ya', 'ni', 'si', 'na', 'naman', 'nha', 'nhe', 'yg']);

/** Thai negators, matched in the text just before a Thai phrase (Thai has no spaces). */
export const THAI_NEGATORS: readonly string[] = ['ไม่', 'มิ', 'อย่า'];

/** Thai words that may stand between a negator and what it negates (ไม่ต้อง…, ไม่สามารถ…). */
export const THAI_AUXILIARIES: readonly string[] = ['จำเป็นต้อง', 'สามารถ', 'ต้อง', 'ค่อย', 'เคย', 'ได้', 'มี', 'ให้', 'ควร', 'จะ', 'ใช่'];

export function languageGroupOf(language: string): LanguageGroup {
  const primary = language.toLowerCase().split('-')[0];
  if (primary === 'id' || primary === 'ms' || primary === 'in' || primary === 'zsm') return 'id-ms';
  if (primary === 'vi') return 'vi';
  if (primary === 'tl' || primary === 'fil') return 'tl';
  if (primary === 'th') return 'th';
  return 'en';
}

const LANGUAGE_FOLDS: Record<LanguageGroup, WordFolds> = {
  en: {},
  'id-ms': INDONESIAN_MALAY,
  vi: VIETNAMESE,
  tl: TAGALOG,
  th: {},
};

const foldsByGroup = new Map<LanguageGroup, WordFolds>();
const negatorsByGroup = new Map<LanguageGroup, ReadonlySet<string>>();

/** Language folds win over English ones ("k" is "không" in Vietnamese, "ok" elsewhere). */
export function wordFoldsFor(group: LanguageGroup): WordFolds {
  let folds = foldsByGroup.get(group);
  if (!folds) foldsByGroup.set(group, (folds = { ...ENGLISH, ...LANGUAGE_FOLDS[group] }));
  return folds;
}

export function negatorsFor(group: LanguageGroup): ReadonlySet<string> {
  let negators = negatorsByGroup.get(group);
  if (!negators) negatorsByGroup.set(group, (negators = new Set([...NEGATORS.en, ...NEGATORS[group]])));
  return negators;
}
