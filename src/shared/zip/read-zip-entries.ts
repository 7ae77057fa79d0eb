/**
 * Unpacks chosen zip entries under a limit, checking sizes while inflating: an entry is refused
 * before any work when it declares more than the room left, and stops as soon as it holds more
 * than it declared (a header that lies). Output goes into one buffer of the declared size and the
 * packed bytes are fed in small pieces, so unpacking never needs much more than the limit, whatever
 * the zip says: a 2 MB zip of zeros cannot grow into gigabytes.
 */
import { Inflate } from 'fflate';
import { entryDataOffset, type ZipDirectoryEntry } from './zip-directory';
import { ZipReadError } from './zip-read-error';

export interface UnpackedEntry {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface UnpackLimits {
  /** Unpacked bytes that all the entries read may hold together. */
  maxTotalBytes: number;
}

/** DEFLATE's best ratio: one packed byte can stand for at most 1,032 unpacked bytes. */
const DEFLATE_MAX_RATIO = 1032;
const MIN_PIECE = 1024;
const MAX_PIECE = 64 * 1024;

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
  const mb = bytes / 1024 / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb).toLocaleString('en')} MB`;
}

/**
 * Packed bytes fed per push: one push unpacks at most an eighth of the room left (so the overshoot
 * of a lying entry, and fflate's own growing buffers, stay small beside the limit).
 */
function pieceFor(room: number): number {
  return Math.min(MAX_PIECE, Math.max(MIN_PIECE, Math.floor(room / DEFLATE_MAX_RATIO / 8)));
}

function lyingHeader(entry: ZipDirectoryEntry): ZipReadError {
  return new ZipReadError(
    'DAMAGED',
    `"${entry.name}" unpacks to more than the ${sizeText(entry.declaredSize)} its header declares, so the zip is damaged or made to overload the app. It was not read.`,
    entry.name,
  );
}

function inflateEntry(packed: Uint8Array, entry: ZipDirectoryEntry): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(entry.declaredSize);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < packed.length && !overflow; ) {
      const end = Math.min(at + pieceFor(out.length - written), packed.length);
      inflater.push(packed.subarray(at, end), end === packed.length);
      at = end;
    }
  } catch (error) {
    throw new ZipReadError('DAMAGED', `"${entry.name}" in the zip cannot be unpacked (${error instanceof Error ? error.message : String(error)}).`, entry.name);
  }
  if (overflow) throw lyingHeader(entry);
  return written === out.length ? out : out.slice(0, written);
}

function unpack(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array<ArrayBuffer> {
  if (entry.encrypted) throw new ZipReadError('UNSUPPORTED', `"${entry.name}" in the zip is password-protected.`, entry.name);
  const start = entryDataOffset(bytes, entry);
  if (start + entry.compressedSize > bytes.length) throw new ZipReadError('DAMAGED', `the zip file is cut short: "${entry.name}" does not fit in it.`, entry.name);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize > entry.declaredSize) throw lyingHeader(entry);
    return packed.slice();
  }
  if (entry.method === 8) return inflateEntry(packed, entry);
  throw new ZipReadError('UNSUPPORTED', `"${entry.name}" in the zip is packed with a method this app cannot unpack (method ${entry.method}).`, entry.name);
}

/** Unpacks `entries` (from zipDirectory) in order; throws ZipReadError naming the entry at the first problem. */
export function readZipEntries(bytes: Uint8Array, entries: ZipDirectoryEntry[], { maxTotalBytes }: UnpackLimits): UnpackedEntry[] {
  const unpacked: UnpackedEntry[] = [];
  let total = 0;
  for (const entry of entries) {
    if (entry.declaredSize > maxTotalBytes - total) {
      const together = total > 0 ? `; with the ${unpacked.length} file${unpacked.length === 1 ? '' : 's'} before it that passes` : ', over';
      throw new ZipReadError('TOO_LARGE', `"${entry.name}" in the zip unpacks to ${sizeText(entry.declaredSize)}${together} the limit of ${sizeText(maxTotalBytes)}. It was not unpacked.`, entry.name);
    }
    const data = unpack(bytes, entry);
    total += data.length;
    unpacked.push({ name: entry.name, bytes: data });
  }
  return unpacked;
}
