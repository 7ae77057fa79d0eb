/**
 * The table of contents of a .zip (its central directory): names, methods and the sizes the
 * entries declare, read without unpacking anything. Used by both the host (chat exports) and the
 * page (playbook folders); see read-zip-entries.ts for the unpacking under a size limit.
 */
import { ZipReadError } from './zip-read-error';

export interface ZipDirectoryEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when the entry is read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The unpacked size the header states; a crafted zip may lie, so reading checks the real one. */
  declaredSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;
/** A 32-bit size or offset of 0xffffffff means the real value is in the zip64 extra field. */
const ZIP64_MARK = 0xffffffff;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

class ByteReader {
  constructor(private readonly bytes: Uint8Array) {}
  private check(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) throw new ZipReadError('DAMAGED', 'the zip file is cut short or damaged (a header points outside the file).');
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.bytes[at] | (this.bytes[at + 1] << 8);
  }
  u32(at: number): number {
    this.check(at, 4);
    return (this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16) | (this.bytes[at + 3] << 24)) >>> 0;
  }
  u64(at: number): number {
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }
  slice(at: number, size: number): Uint8Array {
    this.check(at, size);
    return this.bytes.subarray(at, at + size);
  }
}

function findEndOfDirectory(bytes: Uint8Array, read: ByteReader): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && read.u32(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipReadError('NOT_A_ZIP', 'this is not a zip file, or it is cut short (its table of contents is missing).');
}

function nameOf(raw: Uint8Array, flaggedUtf8: boolean): string {
  if (flaggedUtf8) return utf8.decode(raw);
  try {
    return utf8.decode(raw); // most tools write UTF-8 without setting the flag
  } catch {
    return latin1.decode(raw);
  }
}

/** Zip64 values stand in for 0xffffffff fields, in this order, in extra field 0x0001. */
function zip64Values(read: ByteReader, extraStart: number, extraLength: number, wanted: number): number[] {
  const end = extraStart + extraLength;
  for (let at = extraStart; at + 4 <= end; at += 4 + read.u16(at + 2)) {
    if (read.u16(at) !== 1) continue;
    return Array.from({ length: wanted }, (_, i) => read.u64(at + 4 + 8 * i));
  }
  throw new ZipReadError('DAMAGED', 'the zip file is damaged: a large entry lacks its zip64 sizes.');
}

export interface DirectoryOptions {
  /** Which entries to return (all when absent); the others are passed over without being kept. */
  keep?: (entry: ZipDirectoryEntry) => boolean;
  /** More kept entries than this is refused: a zip of a million tiny files must not fill the memory. */
  maxEntries?: number;
}

/** The entries of the zip's central directory that `keep` accepts. */
export function zipDirectory(bytes: Uint8Array, { keep = () => true, maxEntries = 10_000 }: DirectoryOptions = {}): ZipDirectoryEntry[] {
  const read = new ByteReader(bytes);
  const end = findEndOfDirectory(bytes, read);
  let count = read.u16(end + 10);
  let at = read.u32(end + 16);
  if (end >= 20 && read.u32(end - 20) === ZIP64_LOCATOR) {
    const zip64End = read.u64(end - 12);
    if (read.u32(zip64End) === ZIP64_END) {
      count = read.u64(zip64End + 32);
      at = read.u64(zip64End + 48);
    }
  }
  const entries: ZipDirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (read.u32(at) !== CENTRAL_HEADER) throw new ZipReadError('DAMAGED', `the zip file is damaged: entry ${i + 1} of ${count} in its table of contents is unreadable.`);
    const flags = read.u16(at + 8);
    const nameLength = read.u16(at + 28);
    const extraLength = read.u16(at + 30);
    const commentLength = read.u16(at + 32);
    const name = nameOf(read.slice(at + 46, nameLength), (flags & 0x0800) !== 0);
    const fields = [read.u32(at + 24), read.u32(at + 20), read.u32(at + 42)]; // unpacked, packed, offset: the zip64 order
    const inZip64 = fields.filter((v) => v === ZIP64_MARK).length;
    const values = inZip64 ? zip64Values(read, at + 46 + nameLength, extraLength, inZip64) : [];
    const [declaredSize, compressedSize, localHeaderOffset] = fields.map((v) => (v === ZIP64_MARK ? (values.shift() as number) : v));
    const entry = { name, method: read.u16(at + 10), encrypted: (flags & 1) !== 0, compressedSize, declaredSize, localHeaderOffset };
    if (keep(entry)) {
      if (entries.length === maxEntries) throw new ZipReadError('TOO_MANY_ENTRIES', `the zip holds more than ${maxEntries.toLocaleString('en')} files of the kind wanted here.`);
      entries.push(entry);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's packed bytes start: after its local header, whose name and extra lengths may differ from the directory's. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipDirectoryEntry): number {
  const read = new ByteReader(bytes);
  const at = entry.localHeaderOffset;
  if (read.u32(at) !== 0x04034b50) throw new ZipReadError('DAMAGED', `the zip file is damaged: "${entry.name}" is not where its table of contents says.`, entry.name);
  return at + 30 + read.u16(at + 26) + read.u16(at + 28);
}
