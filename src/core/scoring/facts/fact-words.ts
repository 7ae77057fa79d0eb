/**
 * The words facts are written with in each training language, folded as replies are (lower case,
 * no diacritics: "chủ nhật" is "chu nhat", "đồng" is "dong"). Multi-word entries are matched over
 * consecutive tokens; Thai entries over Thai words as Intl.Segmenter splits them.
 */

/** Weekday index: 0 Monday … 6 Sunday. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 0, mon: 0, tuesday: 1, tue: 1, tues: 1, wednesday: 2, wed: 2, thursday: 3, thu: 3, thur: 3, thurs: 3,
  friday: 4, fri: 4, saturday: 5, sat: 5, sunday: 6, sun: 6,
  isnin: 0, senin: 0, selasa: 1, rabu: 2, khamis: 3, kamis: 3, jumaat: 4, jumat: 4, "jum'at": 4, sabtu: 5, ahad: 6, minggu: 6,
  'thu hai': 0, 'thu ba': 1, 'thu tu': 2, 'thu nam': 3, 'thu sau': 4, 'thu bay': 5, 'chu nhat': 6, cn: 6,
  lunes: 0, martes: 1, miyerkules: 2, huwebes: 3, biyernes: 4, sabado: 5, linggo: 6,
  'วันจันทร์': 0, 'จันทร์': 0, 'วันอังคาร': 1, 'อังคาร': 1, 'วันพุธ': 2, 'พุธ': 2, 'วันพฤหัสบดี': 3, 'พฤหัสบดี': 3, 'พฤหัส': 3,
  'วันศุกร์': 4, 'ศุกร์': 4, 'วันเสาร์': 5, 'เสาร์': 5, 'วันอาทิตย์': 6, 'อาทิตย์': 6,
};

/** Weekday names that also mean "week" after a number ("seminggu", "isang linggo", "1 minggu"). */
export const WEEKDAY_OR_WEEK = new Set(['minggu', 'linggo', 'อาทิตย์']);

export const DAY_SETS: Readonly<Record<string, readonly number[]>> = {
  weekend: [5, 6], weekends: [5, 6], 'hujung minggu': [5, 6], 'akhir pekan': [5, 6], 'cuoi tuan': [5, 6], 'สุดสัปดาห์': [5, 6],
  weekdays: [0, 1, 2, 3, 4], daily: [0, 1, 2, 3, 4, 5, 6], everyday: [0, 1, 2, 3, 4, 5, 6], 'every day': [0, 1, 2, 3, 4, 5, 6],
  'setiap hari': [0, 1, 2, 3, 4, 5, 6], 'tiap hari': [0, 1, 2, 3, 4, 5, 6], 'hang ngay': [0, 1, 2, 3, 4, 5, 6],
  'araw araw': [0, 1, 2, 3, 4, 5, 6], 'ทุกวัน': [0, 1, 2, 3, 4, 5, 6],
};

/** Vietnamese "thứ 2" … "thứ 7", "t2" … "t7": the number is the day counted from Sunday = 1. */
export const VI_NUMBERED_DAY_HEADS = new Set(['thu', 't']);

export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, 'this evening': 0, 'this afternoon': 0, 'this morning': 0, 'hari ini': 0, 'malam ini': 0, 'petang ini': 0,
  'hom nay': 0, 'toi nay': 0, 'chieu nay': 0, ngayon: 0, 'ngayong araw': 0, mamaya: 0, 'วันนี้': 0, 'คืนนี้': 0,
  tomorrow: 1, besok: 1, esok: 1, 'ngay mai': 1, mai: 1, bukas: 1, 'พรุ่งนี้': 1,
  lusa: 2, mot: 2, 'ngay mot': 2, 'samakalawa': 2, 'มะรืน': 2, 'มะรืนนี้': 2,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, a: 1, an: 1,
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, lapan: 8, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
  mot: 1, hai: 2, ba: 3, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  isa: 1, isang: 1, dalawa: 2, tatlo: 3, apat: 4, anim: 6, pito: 7, walo: 8, siyam: 9, sampu: 10,
  uno: 1, dos: 2, tres: 3, kwatro: 4, singko: 5, sais: 6, siyete: 7, otso: 8, nuwebe: 9, diyes: 10, onse: 11, dose: 12,
  'หนึ่ง': 1, 'สอง': 2, 'สาม': 3, 'สี่': 4, 'ห้า': 5, 'หก': 6, 'เจ็ด': 7, 'แปด': 8, 'เก้า': 9, 'สิบ': 10,
};

/** Malay/Indonesian "se-" words: one of a unit (seminggu = a week). */
export const ONE_OF_UNIT: Readonly<Record<string, string>> = { seminggu: 'week', sehari: 'day', sejam: 'hour', sebulan: 'month' };

export const DURATION_UNITS: Readonly<Record<string, number>> = {
  hour: 1, hours: 1, hr: 1, hrs: 1, h: 1, jam: 1, gio: 1, tieng: 1, oras: 1, 'ชั่วโมง': 1, 'ชม': 1,
  day: 24, days: 24, hari: 24, ngay: 24, araw: 24, 'วัน': 24,
  week: 168, weeks: 168, minggu: 168, tuan: 168, linggo: 168, 'สัปดาห์': 168, 'อาทิตย์': 168,
  month: 720, months: 720, bulan: 720, thang: 720, buwan: 720, 'เดือน': 720,
};

export const CURRENCIES: Readonly<Record<string, string>> = {
  rm: 'MYR', ringgit: 'MYR', rp: 'IDR', rupiah: 'IDR', '₱': 'PHP', php: 'PHP', peso: 'PHP', pesos: 'PHP', piso: 'PHP',
  '₦': 'NGN', ngn: 'NGN', naira: 'NGN', ksh: 'KES', kshs: 'KES', kes: 'KES', shilling: 'KES', shillings: 'KES', bob: 'KES',
  ghs: 'GHS', '₵': 'GHS', cedi: 'GHS', cedis: 'GHS', '฿': 'THB', thb: 'THB', baht: 'THB', 'บาท': 'THB',
  vnd: 'VND', dong: 'VND', '$': 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', sgd: 'SGD',
};

/** One-letter currency marks that count only written against the number (P1280, N5000, 150.000đ). */
export const GLUED_CURRENCIES: Readonly<Record<string, string>> = { p: 'PHP', n: 'NGN', d: 'VND' };

export const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1_000, rb: 1_000, ribu: 1_000, nghin: 1_000, ngan: 1_000, thousand: 1_000, libo: 1_000, 'พัน': 1_000,
  jt: 1_000_000, juta: 1_000_000, tr: 1_000_000, trieu: 1_000_000, million: 1_000_000, milyon: 1_000_000, 'ล้าน': 1_000_000,
};

export const PERCENT_WORDS = new Set(['%', 'percent', 'persen', 'peratus', 'phan tram', 'porsyento', 'เปอร์เซ็นต์']);

/** Length and weight units, to one base unit each. */
export const QUANTITY_UNITS: Readonly<Record<string, { unit: string; factor: number }>> = {
  cm: { unit: 'cm', factor: 1 }, mm: { unit: 'cm', factor: 0.1 }, inch: { unit: 'in', factor: 1 }, inches: { unit: 'in', factor: 1 },
  kg: { unit: 'g', factor: 1000 }, g: { unit: 'g', factor: 1 }, gram: { unit: 'g', factor: 1 }, grams: { unit: 'g', factor: 1 },
  ml: { unit: 'ml', factor: 1 }, mah: { unit: 'mah', factor: 1 }, 'ซม': { unit: 'cm', factor: 1 }, phan: { unit: 'cm', factor: 1 },
};

export const SIZE_WORDS = new Set(['size', 'saiz', 'sz', 'co', 'uk', 'eu', 'ไซส์', 'ไซซ์']);

export const MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = {
  am: 'am', pm: 'pm', morning: 'am', pagi: 'am', sang: 'am', umaga: 'am', 'เช้า': 'am',
  afternoon: 'pm', evening: 'pm', night: 'pm', tonight: 'pm', petang: 'pm', sore: 'pm', malam: 'pm', chieu: 'pm', toi: 'pm',
  hapon: 'pm', gabi: 'pm', 'บ่าย': 'pm', 'เย็น': 'pm', 'ทุ่ม': 'pm', 'คืน': 'pm',
};

/** Words written right after an hour: "5 giờ", "17h", "9 o'clock", "9 โมง", "9.00 น.". */
export const HOUR_MARKS = new Set(['h', 'g', 'gio', "o'clock", 'oclock', 'โมง', 'น', 'นาฬิกา']);

/** Words after which a bare number is an hour ("jam 5", "alas singko", "by 10", "bago mag 10"). */
export const HOUR_LEADS = new Set([
  'jam', 'pukul', 'luc', 'alas', 'by', 'before', 'until', 'till', 'til', 'sebelum', 'bago', 'truoc', 'ก่อน', 'เวลา', 'around', 'at',
]);

export const NOON_WORDS: Readonly<Record<string, number>> = {
  noon: 720, midday: 720, 'tengah hari': 720, tengahari: 720, 'tengah siang': 720, trua: 720, tanghali: 720, 'เที่ยง': 720, 'เที่ยงวัน': 720,
  midnight: 0, 'tengah malam': 0, 'เที่ยงคืน': 0,
};

export const RANGE_WORDS = new Set([
  '-', '–', '—', '~', 'to', 'till', 'til', 'until', 'sampai', 'hingga', 'sehingga', 'hanggang', 'den', 'toi', 'ถึง', 'through', 'thru',
]);

/** Words a fact phrase may carry besides its facts ("open on Sunday", "jam 12"). */
export const FACT_FILLERS = new Set([
  'on', 'at', 'the', 'is', 'are', 'from', 'every', 'by', 'jam', 'pukul', 'luc', 'vao', 'alas', 'dari', 'mula', 'tu', 'tiap', 'setiap',
  'moi', 'sa', 'ng', 'of', 'and', 'dan', 'va', 'within', 'in', 'dalam', 'trong', 'ภายใน',
  'วัน', 'ช่วง', 'ค่ะ', 'ครับ', 'total', 'jumlah', 'tong', 'tổng',
]);

export const HONORIFICS = new Set([
  'chi', 'anh', 'em', 'ban', 'co', 'c', 'a', 'kak', 'kakak', 'mbak', 'mas', 'pak', 'bu', 'ibu', 'bapak', 'cik', 'encik', 'puan', 'tuan',
  'abang', 'adik', 'ate', 'kuya', 'ma', "ma'am", 'maam', 'sir', 'mr', 'mrs', 'ms', 'miss', 'madam', 'sis', 'bro', 'dear', 'hi', 'hello',
  'hey', 'dear', 'khun', 'คุณ', 'น้อง', 'พี่', 'aunty', 'auntie', 'uncle', 'mama', 'oga', 'madam', 'dong',
]);

/** Words before a day of the month: "tanggal 28", "tgl 28", "ngày 28", "วันที่ 28". */
export const DATE_LEADS = new Set(['tanggal', 'tgl', 'tarikh', 'haribulan', 'hb', 'ika', 'วันที่']);

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, januari: 1, enero: 1, february: 2, feb: 2, februari: 2, pebrero: 2, march: 3, mar: 3, maret: 3, mac: 3, marso: 3,
  april: 4, apr: 4, abril: 4, may: 5, mei: 5, mayo: 5, june: 6, jun: 6, juni: 6, hunyo: 6, july: 7, jul: 7, juli: 7, julai: 7, hulyo: 7,
  august: 8, aug: 8, agustus: 8, ogos: 8, agosto: 8, september: 9, sep: 9, sept: 9, setyembre: 9, october: 10, oct: 10, oktober: 10,
  okt: 10, oktubre: 10, november: 11, nov: 11, nobyembre: 11, december: 12, dec: 12, desember: 12, disember: 12, des: 12, disyembre: 12,
};
