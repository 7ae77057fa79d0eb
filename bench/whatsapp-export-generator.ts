/**
 * A realistic, deterministic WhatsApp Android export for benchmarks: two shops' staff and many
 * customers, prices, phones, emails, addresses, multi-line messages, media and system lines.
 */
const CUSTOMERS = ['Nurul Izzati', 'Aisyah Rahman', 'Siti Aminah', 'Farah Liyana', 'Hafiz Ismail', 'Mei Ling', 'Kavitha Raj', '+60 12-345 6789', 'Dewi Kusuma', 'Tan Wei Jie'];
const STAFF = ['Butik Seri Ayu', 'Admin Ayu'];
const TEXTS = [
  'Hi sis, the sage green kurung still available? 😊',
  'Yes still have S, M, L and XL. May I know your usual size?',
  'Price RM159, free shipping to West Malaysia until 20 March',
  'Can COD? I don\'t have online banking for this card',
  'Ok noted sis, will pack today and send tomorrow morning',
  'Thank you so much, received already! Very nice material 🥰',
  'Boleh tukar saiz? The M too tight at the arm',
  'Dah transfer ya, please check',
  'Tracking no: 630098775412, J&T Express', // same text often: staff paste templates
  'Alhamdulillah, glad you like it! Tag us @butikseriayu ya',
];
/** Personal data with fresh digits each time, as in a real shop's history (no two customers share a number). */
const WITH_PII: ((d: () => string) => string)[] = [
  (d) => `My number 01${d()}-${d()}${d()}${d()} ${d()}${d()}${d()}${d()}, please call before delivery`,
  (d) => `Send to No. ${d()}${d()}, Jalan SS ${d()}/${d()}${d()}, Petaling Jaya`,
  (d) => `Email the receipt to nurul.izzati${d()}${d()}@gmail.com`,
  (d) => `Call my husband Hafiz +60 1${d()}-${d()}${d()}${d()} ${d()}${d()}${d()}${d()} if I'm at work`,
  (d) => `Maybank acc no 1${d()}${d()}${d()} ${d()}${d()}${d()}${d()} ${d()}${d()}${d()}${d()}, Farah Liyana`,
];
const MULTI = ['For SA-114 the measurements are:\nM - bust 38", waist 32"\nL - bust 40", waist 34"', 'Please send:\n1) Full name\n2) Full address with postcode\n3) Phone number'];

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Park-Miller LCG: the same file every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** A word of letters only, different for every n ("ba", "bb", ...), so it adds no digits to scan. */
function distinctWord(n: number): string {
  let word = '';
  for (let k = n + 26; k > 0; k = Math.floor(k / 26)) word = String.fromCharCode(97 + (k % 26)) + word;
  return word;
}

export interface ExportOptions {
  seed?: number;
  /** Ends every text with a different word, so no two messages repeat (real chats repeat less than the templates here). */
  distinctTexts?: boolean;
}

export function generateWhatsAppExport(messageCount: number, { seed = 42, distinctTexts = false }: ExportOptions = {}): string {
  const next = random(seed);
  const parts: string[] = [];
  let t = Date.UTC(2023, 0, 1, 9, 0);
  parts.push(`01/01/2023, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n`);
  for (let i = 1; i < messageCount; i++) {
    t += Math.floor(next() * 20 * 60_000);
    const d = new Date(t);
    const stamp = `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}, ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    const r = next();
    if (r < 0.005) {
      parts.push(`${stamp} - ${CUSTOMERS[i % CUSTOMERS.length]} joined using this group's invite link\n`);
      continue;
    }
    const author = next() < 0.5 ? STAFF[Math.floor(next() * STAFF.length)] : CUSTOMERS[Math.floor(next() * CUSTOMERS.length)];
    const text = r < 0.06 ? '<Media omitted>' : r < 0.11 ? MULTI[Math.floor(next() * MULTI.length)] : r < 0.16 ? WITH_PII[Math.floor(next() * WITH_PII.length)](() => String(Math.floor(next() * 10))) : TEXTS[Math.floor(next() * TEXTS.length)];
    parts.push(`${stamp} - ${author}: ${distinctTexts && r >= 0.06 ? `${text} ${distinctWord(i)}` : text}\n`);
  }
  return parts.join('');
}
