/**
 * Which rubric elements answer a question the customer asked just before the reply. A QA lead fails
 * a reply that leaves the customer's own question unanswered ("Does it have warranty?" with no
 * warranty in it), even where the other elements carry the score over the pass mark; a missed extra
 * (a thank-you, the tracking number) costs points but not the pass.
 *
 * Each question the customer asks is given to the element(s) that share the most with it: words of
 * the element's phrases and label, and the kind of fact the question asks for ("how much" a price,
 * "when" a time or a day, "how many days" a duration). A question that shares nothing with any
 * element asks for none.
 */
import type { RubricElement } from '../../shared/domain/scenario';
import { languageGroupOf, type LanguageGroup } from './chat-spellings';
import { expectedFactsOf } from './facts/expected-facts';
import type { FactValue } from './facts/fact-types';
import { wordKeys } from './stems/word-keys';
import { containsThai, foldPhraseSubstring, foldPhraseWords, foldText } from './text-folding';

type Wanted = 'money' | 'time' | 'duration';

/** Folded question words, per kind of fact they ask for; Thai ones are matched inside the text. */
const CUES: Record<Wanted, readonly string[]> = {
  money: ['how much', 'price', 'magkano', 'berapa', 'brp', 'harga', 'bao nhieu', 'gia bao nhieu', 'เท่าไหร่', 'เท่าไร', 'ราคา'],
  time: ['when', 'what time', 'which day', 'kailan', 'anong oras', 'bila', 'kapan', 'jam berapa', 'pukul berapa', 'hari apa', 'bao gio', 'khi nao', 'may gio', 'hom nao', 'เมื่อไหร่', 'กี่โมง', 'ตอนไหน', 'วันไหน'],
  duration: ['how long', 'how many days', 'ilang araw', 'gaano katagal', 'berapa lama', 'berapa hari', 'may ngay', 'bao lau', 'กี่วัน', 'นานไหม'],
};

const KINDS: Record<Wanted, ReadonlySet<FactValue['kind']>> = {
  money: new Set(['money']),
  time: new Set(['time', 'time-range', 'weekday', 'relative-day', 'date']),
  duration: new Set(['duration', 'quantity', 'time-range']),
};

/** Words that may stand before a question's first word: "And what time…", "Kak, bisa…". */
const LEADS = new Set(['and', 'so', 'then', 'also', 'but', 'oh', 'hi', 'hello', 'ok', 'okay', 'oke', 'tapos', 'at', 'lalu', 'terus', 'trus', 'tapi', 'kalau', 'kak', 'sis', 'shop', 'po', 'vay', 'con', 'the', 'roi']);

/** Words that open a question in each language. */
const QUESTION_OPENERS = new Set([
  'what', 'when', 'where', 'which', 'who', 'how', 'why', 'can', 'could', 'do', 'does', 'did', 'is', 'are', 'will', 'would',
  'apa', 'apakah', 'bila', 'bilakah', 'kapan', 'berapa', 'mana', 'siapa', 'bagaimana', 'gimana', 'boleh', 'bisa',
  'ano', 'kailan', 'saan', 'magkano', 'ilan', 'paano', 'bakit', 'pwede', 'puwede',
  'bao', 'khi', 'may', 'sao',
]);
/** Question words that ask wherever they stand ("ongkir ke Bekasi berapa", "mai giao được không"). */
const INTERROGATIVE = ['how much', 'what time', 'how long', 'how many', 'magkano', 'kailan', 'ilang araw', 'berapa', 'brp', 'kapan', 'bao nhieu', 'bao gio', 'khi nao', 'may gio', 'may ngay', 'bao lau', 'duoc khong'];
const THAI_QUESTION_WORDS = ['เท่าไหร่', 'เท่าไร', 'กี่', 'ยังไง', 'อย่างไร', 'อะไร', 'ที่ไหน', 'เมื่อไหร่', 'ไหม', 'มั้ย', 'หรือเปล่า', 'หรือยัง'];

/** Words too common in shop chat to tie a question to an element. */
const COMMON = new Set([
  'the', 'a', 'an', 'is', 'are', 'be', 'do', 'does', 'you', 'your', 'i', 'we', 'it', 'this', 'that', 'to', 'for', 'of', 'in', 'on', 'at', 'can', 'have', 'has',
  'and', 'or', 'my', 'me', 'what', 'how', 'when', 'with', 'from', 'by', 'say', 'give', 'tell', 'her', 'his', 'she', 'he', 'our', 'us', 'shop', 'please', 'yes',
  'ya', 'kak', 'kakak', 'sis', 'po', 'ba', 'na', 'ng', 'ang', 'sa', 'mo', 'ko', 'ako', 'ini', 'itu', 'yang', 'dan', 'di', 'ke', 'saya', 'aku', 'kami', 'nak', 'mau', 'tak', 'ga', 'nggak',
  'em', 'chi', 'anh', 'a', 'nha', 'khong', 'duoc', 'co', 'cho', 'la', 'va', 'thi', 'ma', 'roi', 'nhe',
]);

const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });
const THAI_PARTICLES = new Set(['ค่ะ', 'คะ', 'ครับ', 'คับ', 'นะ', 'จ้า', 'จ้ะ', 'ไหม', 'มั้ย', 'ได้', 'ให้', 'ที่', 'และ', 'แล้ว', 'ก็', 'จะ', 'เป็น', 'มี', 'ไม่', 'คุณ']);

/** Thai is written without spaces: its words, by the segmenter, for comparing a question with an element. */
function thaiKeys(text: string): string[] {
  if (!containsThai(text)) return [];
  const out: string[] = [];
  for (const s of thaiWords.segment(text)) if (s.isWordLike && containsThai(s.segment) && s.segment.length >= 2 && !THAI_PARTICLES.has(s.segment)) out.push(s.segment);
  return out;
}

interface Sentence {
  words: ReadonlySet<string>;
  /** The whole message the question stands in, for a question that names nothing itself ("มันยังไงคะ"). */
  message?: Sentence;
  /** Thai text with spaces squeezed out, for Thai phrases. */
  squeezed: string;
  wanted: ReadonlySet<Wanted>;
}

function wantedOf(folded: string, squeezed: string): Set<Wanted> {
  const out = new Set<Wanted>();
  for (const [kind, cues] of Object.entries(CUES) as [Wanted, readonly string[]][]) {
    const asks = (c: string) => (containsThai(c) ? squeezed.includes(c) : ` ${folded} `.includes(` ${c} `));
    if (cues.some(asks)) out.add(kind);
  }
  return out;
}

/** The customer's questions, each with its content words and what kind of fact it asks for. */
function questionsOf(messages: readonly string[], language: string): Sentence[] {
  const group = languageGroupOf(language);
  const out: Sentence[] = [];
  const sentenceOf = (words: readonly { text: string }[]): Omit<Sentence, 'message'> => {
    const text = words.map((w) => w.text).join(' ');
    const squeezed = text.replace(/\s+/g, '');
    const keys = new Set([...words.flatMap((w) => (COMMON.has(w.text) ? [] : wordKeys(w.text, group))), ...thaiKeys(squeezed)]);
    return { words: keys, squeezed, wanted: wantedOf(text, squeezed) };
  };
  for (const message of messages) {
    const folded = foldText(message, language);
    const whole = sentenceOf(folded.words);
    folded.sentences.forEach((info, index) => {
      const words = folded.words.filter((w) => w.sentence === index);
      if (words.length === 0) return;
      const text = words.map((w) => w.text).join(' ');
      const squeezed = text.replace(/\s+/g, '');
      const first = LEADS.has(words[0].text) && words.length > 1 ? words[1] : words[0];
      const opens = QUESTION_OPENERS.has(first.text);
      const thai = containsThai(text) && THAI_QUESTION_WORDS.some((q) => squeezed.includes(q));
      const spaced = ` ${text} `;
      const interrogative = INTERROGATIVE.some((q) => spaced.includes(` ${q} `));
      if (!info.question && !opens && !thai && !interrogative) return;
      out.push({ ...sentenceOf(words), message: whole });
    });
  }
  return out;
}

interface ElementSignature {
  keys: ReadonlySet<string>;
  kinds: ReadonlySet<FactValue['kind']>;
}

function signatureOf(element: Pick<RubricElement, 'label' | 'phrases' | 'facts'>, language: string, group: LanguageGroup): ElementSignature {
  const texts = [...element.phrases.flat(), ...(element.facts ?? [])];
  const keys = new Set<string>();
  for (const text of [...texts, element.label]) {
    for (const w of foldPhraseWords(text, language)) if (!COMMON.has(w)) for (const k of wordKeys(w, group)) keys.add(k);
    for (const k of thaiKeys(foldPhraseSubstring(text))) keys.add(k);
  }
  const kinds = new Set<FactValue['kind']>();
  for (const text of texts) for (const v of expectedFactsOf(text, language) ?? []) kinds.add(v.kind);
  return { keys, kinds };
}

function overlap(q: Sentence, sig: ElementSignature): number {
  let n = 0;
  for (const k of sig.keys) if (q.words.has(k)) n++;
  for (const w of q.wanted) if ([...KINDS[w]].some((k) => sig.kinds.has(k))) n += 2;
  return n;
}

const cache = new WeakMap<readonly RubricElement[], { key: string; questions: readonly (readonly string[])[] }>();

/**
 * For each question the customer asked in these messages, the ids of the elements that answer it
 * (more than one where they share it equally: "what time can I come?" is answered by the opening
 * hours or by "after work is fine").
 */
export function questionsAnswering(elements: readonly RubricElement[], messages: readonly string[], language: string): readonly (readonly string[])[] {
  const key = `${language}\u0000${messages.join('\u0000')}`;
  const cached = cache.get(elements);
  if (cached?.key === key) return cached.questions;
  const group = languageGroupOf(language);
  const signatures = elements.map((el) => ({ id: el.id, sig: signatureOf(el, language, group) }));
  const bestFor = (q: Sentence): string[] => {
    const scores = signatures.map((s) => ({ id: s.id, n: overlap(q, s.sig) }));
    const best = Math.max(0, ...scores.map((s) => s.n));
    return best > 0 ? scores.filter((s) => s.n === best).map((s) => s.id) : [];
  };
  const questions: string[][] = [];
  for (const q of questionsOf(messages, language)) {
    const ids = bestFor(q);
    const answering = ids.length > 0 || !q.message ? ids : bestFor(q.message);
    if (answering.length > 0 && !questions.some((g) => g.join() === answering.join())) questions.push(answering);
  }
  cache.set(elements, { key, questions });
  return questions;
}

/**
 * The words of the reply that share a root with a question of the customer's that no element answers
 * ("still available?" and "Yes, M is available"): what a suggested rubric should add for it.
 */
export function wordsAnsweringUnaskedQuestions(elements: readonly RubricElement[], messages: readonly string[], reply: string, language: string): string[][] {
  const group = languageGroupOf(language);
  const signatures = elements.map((el) => signatureOf(el, language, group));
  const replyWords = foldText(reply, language).words.filter((w) => !COMMON.has(w.text) && [...w.text].length >= 3);
  const out: string[][] = [];
  for (const q of questionsOf(messages, language)) {
    if (signatures.some((sig) => overlap(q, sig) > 0)) continue;
    const shared = [...new Set(replyWords.filter((w) => w.keys.some((k) => q.words.has(k))).map((w) => reply.slice(w.start, w.end)))];
    if (shared.length > 0 && !out.some((g) => g.join() === shared.join())) out.push(shared);
  }
  return out;
}
