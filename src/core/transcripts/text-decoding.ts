/**
 * Bytes to text for every importer: refuses binary files early, honours BOMs, repairs Facebook's
 * mojibake (UTF-8 bytes written as latin-1 code points), and finds the bytes that are not UTF-8
 * (decoding turns each into U+FFFD; the import preview says how many and where the first is).
 */
import { isUtf8 } from 'node:buffer';
import type { ImportWarning } from '../../shared/contract/transcript-ops';
import { TranscriptImportError } from './import-error';

const utf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

export function startsWithBytes(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWithBytes(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWithBytes(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** Names the kind of binary file, or null when the bytes look like text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) if (startsWithBytes(bytes, sig.bytes)) return sig.name;
  if (startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff])) return null; // UTF-16 text
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return 'a binary file';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05 ? 'a binary file' : null;
}

/** Decodes a text export (UTF-8, or UTF-16 with a BOM); throws BINARY for anything else. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  const kind = binaryKind(bytes);
  if (kind) throw new TranscriptImportError('BINARY', fileName, `this is ${kind}, not a chat export. Choose the exported .txt, .json, .csv or .zip file.`);
  if (startsWithBytes(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWithBytes(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes); // strips a UTF-8 BOM
}

const LATIN1_HIGH = /[\u0080-\u00ff]/;
const ABOVE_LATIN1 = /[^\u0000-\u00ff]/;

/** Facebook writes each UTF-8 byte as its own \u00XX; turn such strings back into real text. */
export function repairMojibake(text: string): string {
  if (!LATIN1_HIGH.test(text) || ABOVE_LATIN1.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text; // genuine latin-1 text (e.g. "café" typed on a latin-1 system) stays as it was
  }
}

export interface UnreadableCharacters {
  /** How many U+FFFD decoding puts in: one per invalid byte sequence, counted as TextDecoder does. */
  count: number;
  /** Where the first one is: 1-based line, and column in characters. */
  line: number;
  column: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Walks the bytes with the WHATWG UTF-8 decoder's rules (so the count matches the replacement
 * characters TextDecoder and Buffer produce). Null when every byte is valid UTF-8, which the
 * native check answers without the walk.
 */
export function unreadableCharacters(bytes: Uint8Array): UnreadableCharacters | null {
  if (isUtf8(bytes)) return null;
  let count = 0;
  let line = 1;
  let column = 1;
  let firstLine = 0;
  let firstColumn = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  const replaced = () => {
    if (count++ === 0) {
      firstLine = line;
      firstColumn = column;
    }
    column++;
  };
  for (let i = startsWithBytes(bytes, UTF8_BOM) ? UTF8_BOM.length : 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b === 0x0a) {
        line++;
        column = 1;
      } else if (b <= 0x7f) column++;
      else if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else replaced();
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      replaced();
      i--; // the byte that broke the sequence starts again on its own
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      needed = seen = 0;
      column++;
    }
  }
  if (needed > 0) replaced();
  return count > 0 ? { count, line: firstLine, column: firstColumn } : null;
}

/** The preview's warning for a UTF-8 file with unreadable bytes; null when there are none. */
export function unreadableCharactersWarning(bytes: Uint8Array, fileName: string): ImportWarning | null {
  if (startsWithBytes(bytes, [0xff, 0xfe]) || startsWithBytes(bytes, [0xfe, 0xff])) return null; // UTF-16: not read as UTF-8
  const found = unreadableCharacters(bytes);
  if (!found) return null;
  const { count, line, column } = found;
  const many = count > 1;
  return {
    fileName,
    line,
    column,
    message: `${fileName}: ${count.toLocaleString('en')} character${many ? 's' : ''} could not be read (the bytes are not UTF-8 text) and ${many ? 'show' : 'shows'} as "\ufffd"; ${many ? 'the first is' : 'it is'} on line ${line}, column ${column}. You can still import the chat; if the text there matters, export the chat again.`,
  };
}
