/**
 * Emails, URLs that carry personal ids, Luhn-valid card numbers, labelled bank and e-wallet
 * accounts, and (when asked) order/tracking numbers. Every scan is linear: token-based or bounded.
 */
import type { RedactionCandidate } from './redaction-candidate';

const MAX_TOKEN = 400;
const EMAIL = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}$/;
const TRAILING_PUNCT = /[.,;:!?)\]}>"'”’]+$/;
const LEADING_PUNCT = /^[(<\["'“‘]+/;

const WHITE_SPACE = /\s/;

/** `\s` for one UTF-16 unit, with the ASCII answer read from the code. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

/** Whitespace-separated tokens with their offsets, trimmed of surrounding punctuation. */
function* tokens(text: string, mustContain: string): Generator<{ start: number; value: string }> {
  let from = 0;
  for (let at = text.indexOf(mustContain, from); at >= 0; at = text.indexOf(mustContain, from)) {
    let start = at;
    while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1)) && at - start < MAX_TOKEN) start--;
    let end = at;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end)) && end - at < MAX_TOKEN) end++;
    from = end + 1;
    let value = text.slice(start, end);
    const lead = LEADING_PUNCT.exec(value);
    if (lead) {
      start += lead[0].length;
      value = value.slice(lead[0].length);
    }
    value = value.replace(TRAILING_PUNCT, '');
    if (value.length > 0 && value.length < MAX_TOKEN) yield { start, value };
  }
}

export function findEmails(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  for (const t of tokens(text, '@')) {
    const colon = t.value.lastIndexOf(':'); // "Email:someone@x.com"
    const offset = colon >= 0 && colon < t.value.indexOf('@') ? colon + 1 : 0;
    const candidate = t.value.slice(offset);
    if (EMAIL.test(candidate)) out.push({ start: t.start + offset, end: t.start + offset + candidate.length, type: 'EMAIL', placeholder: '[EMAIL]' });
  }
  return out;
}

const PERSONAL_QUERY_KEY = /^(?:token|access_token|auth|key|api_key|sig|signature|session|sid|id|uid|user|user_id|userid|email|phone|tel|mobile|order|order_id|ref|code|otp|invite|fbclid|igsh|igshid|si|t)$/i;
const PROFILE_HOSTS = /(?:^|\.)(?:wa\.me|t\.me|m\.me|line\.me|facebook\.com|fb\.com|instagram\.com|tiktok\.com|zalo\.me|x\.com|twitter\.com)$/i;
const PUBLIC_POST_PATH = /^\/(?:p|reel|reels|stories\/highlights|tv|watch|share|groups|events|hashtag|explore)\//i;

/** A URL is personal when it names a person (profile, wa.me number) or carries ids/tokens. */
export function isPersonalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return false;
  }
  for (const [key, value] of url.searchParams) {
    if (PERSONAL_QUERY_KEY.test(key) || /^[A-Za-z0-9_-]{20,}$/.test(value) || /\d{7,}/.test(value)) return true;
  }
  if (PROFILE_HOSTS.test(url.hostname) && url.pathname.length > 1 && !PUBLIC_POST_PATH.test(url.pathname)) return true;
  return url.pathname.split('/').some((segment) => /^(?=.*\d)[A-Za-z0-9_-]{24,}$/.test(segment) || /\d{9,}/.test(segment));
}

export function findPersonalUrls(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  const seen = new Set<number>();
  for (const marker of ['http', 'www.', 'wa.me/']) {
    for (const t of tokens(text, marker)) {
      const i = t.value.search(/https?:\/\/|www\.|wa\.me\//i);
      if (i < 0 || seen.has(t.start + i)) continue;
      seen.add(t.start + i);
      const url = t.value.slice(i);
      if (isPersonalUrl(url)) out.push({ start: t.start + i, end: t.start + i + url.length, type: 'URL', placeholder: '[URL]' });
    }
  }
  return out;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g;

/** "by card? 5412 7534 …", "Visa 4111 …": a card number named as one, whatever its check digit. */
const CARD_LABEL_BEFORE = /(?:card|kad|kartu|thẻ|visa|master ?card|amex|credit|debit|cc)[^\d\n]{0,16}$/i;

export function findCardNumbers(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    const labelled = /^\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}$/.test(m[0]) && CARD_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    if (digits.length >= 13 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && (luhnValid(digits) || labelled)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'CARD', placeholder: '[CARD]' });
    }
  }
  return out;
}

/** Banks and wallets of our markets; a number right after one of these is an account. */
export const ACCOUNT_LABELS = [
  'acc no', 'acc', 'account no', 'account number', 'account', 'a/c', 'akaun', 'no akaun', 'rekening', 'no rek', 'norek', 'rek',
  'số tài khoản', 'stk', 'tài khoản', 'เลขบัญชี', 'บัญชี', 'iban',
  'maybank', 'cimb', 'public bank', 'rhb', 'hong leong', 'ambank', 'bank islam', 'bsn', 'bca', 'bni', 'bri', 'mandiri', 'bsi', 'cimb niaga', 'permata', 'jago', 'seabank',
  'gtbank', 'gtb', 'access bank', 'zenith', 'uba', 'first bank', 'firstbank', 'opay', 'palmpay', 'kuda', 'moniepoint', 'wema', 'fidelity', 'sterling',
  'vietcombank', 'vcb', 'techcombank', 'bidv', 'agribank', 'vietinbank', 'mb bank', 'mbbank', 'vpbank', 'acb', 'sacombank', 'tpbank',
  'bdo', 'bpi', 'metrobank', 'landbank', 'unionbank', 'security bank', 'rcbc', 'kbank', 'kasikorn', 'scb', 'bangkok bank', 'krungthai', 'krungsri', 'ttb',
  'equity', 'kcb', 'co-op bank', 'ncba', 'absa', 'stanbic',
  'gcash', 'maya', 'paymaya', 'ovo', 'dana', 'gopay', 'shopeepay', 'linkaja', 'momo', 'zalopay', 'viettelpay', 'truemoney', 'promptpay', "touch 'n go", 'tng', 'boost', 'grabpay', 'm-pesa', 'mpesa', 'paybill', 'till',
];
const LABEL_ALTERNATION = [...ACCOUNT_LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
// Digit runs are found first; only then is the text just before one checked for a label, anchored
// at its end. Much cheaper than trying a 150-word alternation at every position of every message.
// The labels are lower case and so is the text they are tested on: an /i regex this size costs
// three times as much to compile.
const NUMBER_RUN = /\d[\d -]{4,24}\d/g;
const LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${LABEL_ALTERNATION})(?![\\p{L}])[^\\d\\n]{0,24}\\n?[^\\d\\n]{0,12}$`, 'u');

/**
 * Short labels that are ordinary words elsewhere ("tk" is also Malay for "not"): they count only
 * right before the number, as a bank's SMS writes them ("TK 0071…", "STK: 1903…").
 */
const TIGHT_LABEL_BEFORE = /(?:^|[^\p{L}\p{N}])(?:tk|stk|acct|a\/c)[ .:#]{0,3}$/u;
/** A bank's SMS masks the end of an account ("0071000452xxx"): the mask goes with the number. */
const MASKED_TAIL = /^[xX*•]{1,8}(?![\p{L}\p{N}])/u;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function findLabelledAccounts(text: string): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  NUMBER_RUN.lastIndex = 0;
  for (let m = NUMBER_RUN.exec(text); m; m = NUMBER_RUN.exec(text)) {
    const start = m.index;
    if (start > 0 && isDigitCode(text.charCodeAt(start - 1))) continue;
    // "TK 2151… -5,985,000VND": a minus after a space starts an amount, not another group.
    const amount = m[0].indexOf(' -');
    const end = start + (amount > 0 ? amount : m[0].length); // the run ends with a digit
    let digits = 0;
    for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) digits++;
    if (digits < 6 || digits > 20) continue;
    const before = text.slice(Math.max(0, start - 60), start).toLowerCase();
    if (!LABEL_BEFORE.test(before) && !TIGHT_LABEL_BEFORE.test(before)) continue;
    const mask = MASKED_TAIL.exec(text.slice(end, end + 9));
    out.push({ start, end: end + (mask ? mask[0].length : 0), type: 'ACCOUNT', placeholder: '[ACCOUNT]' });
  }
  return out;
}

/** Order/tracking ids: off unless the caller passes patterns (or DEFAULT_ORDER_PATTERNS). */
export const DEFAULT_ORDER_PATTERNS: RegExp[] = [
  /#[A-Z0-9][A-Z0-9-]{4,24}/g,
  /(?<=(?:order|tracking|waybill|resi|awb|pesanan|mã đơn|mã vận đơn)(?: no\.?| number| id)?[:\s#]{1,3})[A-Z0-9][A-Z0-9.-]{5,24}/gi,
];

export function findOrderNumbers(text: string, patterns: RegExp[]): RedactionCandidate[] {
  const out: RedactionCandidate[] = [];
  for (const pattern of patterns) {
    const global = pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, pattern.flags + 'g');
    for (const m of text.matchAll(global)) {
      if (m[0].length === 0 || !/\d/.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'ORDER', placeholder: '[ORDER]' });
    }
  }
  return out;
}
