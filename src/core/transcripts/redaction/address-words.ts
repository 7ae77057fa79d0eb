/**
 * The words addresses are made of in our markets, by the part they play. Keys are lower case
 * without a trailing dot ("Jl." and "jl" are both "jl"). Each keyword says what must stand next
 * to it for it to count, because most of them are also ordinary words ("jalan" is to walk,
 * "so" is a number in Vietnamese and a word in English, "Close" ends a sentence).
 */

/** What a keyword needs beside it: a capitalised or numbered name after it, a number after it, or a capitalised name before it. */
export type KeywordNeed = 'name-after' | 'number-after' | 'name-before';

/** street: the street itself; unit: house, block, flat; fine: a neighbourhood or village; coarse: a district, city or state. */
export type AddressPart = 'street' | 'unit' | 'fine' | 'coarse';

export interface AddressKeyword {
  part: AddressPart;
  need: KeywordNeed;
  /** Counts only as written with a capital ("Lot 8", not "a lot"). */
  capitalOnly?: boolean;
  /** Words that are often something else count less ("no 5", "so 12"): an address needs more beside them. */
  weak?: boolean;
}

function words(part: AddressPart, need: KeywordNeed, list: string, flags: { capitalOnly?: boolean; weak?: boolean } = {}): [string, AddressKeyword][] {
  return list.split(' ').map((w) => [w, { part, need, ...flags }]);
}

function byWord(entries: [string, AddressKeyword][]): Map<string, AddressKeyword[]> {
  const map = new Map<string, AddressKeyword[]>();
  for (const [word, keyword] of entries) map.set(word, [...(map.get(word) ?? []), keyword]);
  return map;
}

/** Street words written before the name are 'name-after'; those written after it, 'name-before'. */
export const ADDRESS_KEYWORDS = byWord([
  // Malaysia, Indonesia, Singapore
  ...words('street', 'name-after', 'jalan jln jl lorong lrg persiaran lebuh lebuhraya gang gg'),
  ...words('fine', 'name-after', 'taman tmn desa kel kelurahan kec kecamatan kampung kg perumahan perum komplek komp dusun dsn'),
  // Where people rent a room or a flat: "Kos Putri Melati 2", "Wisma Indah", "Rusun Tebet".
  ...words('fine', 'name-after', 'kos kost wisma asrama rusun rusunawa apartemen'),
  ...words('unit', 'number-after', 'rt rw'),
  ...words('coarse', 'name-after', 'kab kabupaten kota provinsi prov mukim daerah'),
  // The Philippines
  ...words('fine', 'name-after', 'brgy barangay purok sitio'),
  ...words('fine', 'name-before', 'subd subdivision village homes heights'),
  ...words('unit', 'number-after', 'phase'),
  // Thailand (romanised; the Thai script prefixes are in THAI_PREFIXES)
  ...words('street', 'name-after', 'soi thanon'),
  ...words('fine', 'name-after', 'moo tambon khwaeng'),
  ...words('coarse', 'name-after', 'amphoe khet changwat'),
  // Vietnam, with and without diacritics
  ...words('street', 'name-after', 'đường ngõ ngách hẻm kiệt'),
  ...words('street', 'number-after', 'số so ngo ngach hem kiet', { weak: true }),
  ...words('street', 'name-after', 'duong'),
  ...words('fine', 'name-after', 'phường phuong xã thôn ấp'),
  // "P. Bến Nghé": phường as its letter; alone it is also an initial ("P. Ramlee"), so weak.
  ...words('fine', 'name-after', 'p', { weak: true }),
  ...words('coarse', 'name-after', 'quận quan huyện huyen tp tỉnh tinh q'),
  // Nigeria, Kenya, English-speaking and European forms
  ...words('street', 'name-before', 'street st road rd avenue ave crescent boulevard blvd expressway highway lane ln str straße strasse'),
  ...words('street', 'name-before', 'way close drive place court terrace', { capitalOnly: true }),
  ...words('street', 'number-after', 'close', { capitalOnly: true }),
  // Estates number their streets: "House 7, Road 3", "Street 12".
  ...words('street', 'number-after', 'road street avenue lane', { capitalOnly: true }),
  ...words('fine', 'name-before', 'estate gardens apartments residences residence towers tower mansion mansions condominium condo plaza'),
  ...words('coarse', 'name-before', 'county lga state province city district', { capitalOnly: true }),
  ...words('coarse', 'number-after', 'district', { capitalOnly: true }),
  ...words('street', 'name-after', 'rua avenida av calle rue'),
  // Units, in every market
  ...words('unit', 'number-after', 'blk blok hse apt apartment nombor tingkat lantai nhà'),
  ...words('unit', 'number-after', 'block lot flat unit house floor level', { capitalOnly: true }),
  ...words('unit', 'number-after', 'room'),
  ...words('unit', 'number-after', 'plot'),
  ...words('unit', 'number-after', 'no', { weak: true }),
]);

/**
 * Thai keywords, written joined to the name that follows ("ซอยวัดลาดปลาดุก", "ต.บางรัก") or before
 * it. หมู่ (village number) needs its number: alone it is also "group" or "lately" (หมู่นี้).
 */
export const THAI_PREFIXES: [string, AddressKeyword][] = [
  ['ซอย', { part: 'street', need: 'name-after' }], ['ซ.', { part: 'street', need: 'name-after' }],
  ['ถนน', { part: 'street', need: 'name-after', weak: true }], ['ถ.', { part: 'street', need: 'name-after' }],
  ['หมู่บ้าน', { part: 'fine', need: 'name-after' }], ['หมู่', { part: 'fine', need: 'number-after' }], ['ม.', { part: 'fine', need: 'number-after' }],
  ['ตำบล', { part: 'fine', need: 'name-after' }], ['ต.', { part: 'fine', need: 'name-after' }], ['แขวง', { part: 'fine', need: 'name-after' }],
  ['อำเภอ', { part: 'coarse', need: 'name-after' }], ['อ.', { part: 'coarse', need: 'name-after' }], ['เขต', { part: 'coarse', need: 'name-after' }],
  ['จังหวัด', { part: 'coarse', need: 'name-after' }], ['จ.', { part: 'coarse', need: 'name-after' }],
];

/** German and Dutch streets are one word: "Lindenstraße", "Lindengracht", "Keizersweg". */
export const COMPOUND_STREET = /^\p{Lu}\p{Ll}{2,}(?:straße|strasse|str\.|gasse|allee|damm|platz|ring|gracht|weg|laan|plein|kade|singel|steeg|dijk)$/u;

/** Labels whose value is an address: "Alamat:", "Địa chỉ:", "dia chi:", "Shipping address:". */
// Words may stand around the label word: "alamat mak", "alamat kirim", "my mum's address", "địa chỉ nhận hàng".
export const ADDRESS_LABEL = /^(?!(?:e-?mail|ip|web|wallet)\s)(?:[\p{L}'’]+\s+){0,2}(?:address|addr|alamat|địa\s?chỉ|dia\s?chi|đ\/c|ที่อยู่|morada|adres|adresse|anschrift|direcci[oó]n|tirahan)(?:\s+[\p{L}'’]+){0,2}$/iu;

/**
 * Labels that name a place rather than an address ("Home:", "Ngozi office:", "Cửa hàng:", "Pick up
 * at:"): what follows is read as any other text, an address only by its own words.
 */
export const PLACE_LABEL = /^(?:[\p{L}'’]+\s+){0,2}(?:home|house|office|work|rumah|kantor|pejabat|ofis|cửa\s+hàng|nhà|văn\s+phòng|bahay|landmark|patokan|pick\s?up(?:\s+at)?|deliver(?:y)?\s+to|send\s+to|ship\s+to|drop\s?off|hantar\s+ke|kirim\s+ke|gửi\s+về|giao\s+(?:về|đến|tới))$/iu;

/** Words that join the words of a name: "Rua de Santa Catarina", "off Ahmadu Bello Way". */
export const CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'van', 'der', 'den', 'von', 'la', 'le', 'al', 'el', 'bin', 'binti', 'off', 'of', 'a/l', 'a/p', '&', 'an', 'am', 'im', 'ob', 'sur', 'upon']);

/**
 * Keywords that are never ordinary words, so a name after them may be typed in lower case
 * ("kel tamalanrea", "p tan phu"): weak evidence, which an address needs more beside.
 */
export const LOWER_NAME_AFTER = new Set('kel kelurahan kec kecamatan kab kabupaten dsn dusun lrg tmn brgy barangay purok sitio phường p quận huyện tỉnh hẻm ngõ ngách soi moo tambon khet amphoe'.split(' '));

/** Chat particles that end a sentence but are never part of an address. */
export const PARTICLES = new Set(['ya', 'yah', 'yaa', 'kak', 'ka', 'sis', 'po', 'lah', 'ok', 'okay', 'pls', 'please', 'thanks', 'thank', 'nhé', 'nha', 'nhe', 'ạ', 'a', 'ah', 'na', 'krub', 'kha', 'ครับ', 'ค่ะ', 'คะ', 'นะ', 'จ้า']);

/** Words before a number that make it an order, a price or an ID, never a postcode or a house. */
export const NOT_ADDRESS_BEFORE_NUMBER = /^(?:order|invoice|inv|resi|awb|tracking|ref|ticket|total|jumlah|harga|price|nik|nin|id|ic|nric|kp|mykad|cccd|cmnd|sss|tin|npwp|nif|bvn|otp|pin|code|kode|acc|account|rekening|rek|no\.?rek|hp|tel|tlm|phone|mobile|sdt|wa)$/i;

/** The shop speaking of its own place: its address may stay ("mampir showroom kami di Jl. …"). */
export const SHOP_ADDRESS_CUE = /(?:^|[^\p{L}])(?:showroom|shop|store|outlet|boutique|toko|kedai|butik|gerai|tindahan|cửa hàng|của shop|ร้าน|visit us|walk-in|(?:service )?counter|our (?:address|location|office|studio|place)|alamat (?:kami|toko|kedai)|kami di|mampir|pick ?up (?:at|sa|di)|ambil di)(?![\p{L}])/iu;
