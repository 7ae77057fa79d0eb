import { describe, expect, it } from 'vitest';
import { deflateSync, strFromU8, strToU8, zipSync } from 'fflate';
import { readZipEntries } from './read-zip-entries';
import { zipDirectory } from './zip-directory';
import { ZipReadError } from './zip-read-error';
import { deflatedZeros, rawZip } from './fixtures/zip-bomb';

const MB = 1024 * 1024;

function refusal(run: () => unknown): ZipReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipReadError) return error;
    throw error;
  }
  throw new Error('expected a ZipReadError');
}

describe('reading zip entries under a limit', () => {
  it('unpacks the deflated and stored entries fflate writes, with UTF-8 names, and only those kept', () => {
    const zip = zipSync({ 'chat/_chat.txt': strToU8('สวัสดีค่ะ 🧕🏽\n'.repeat(500)), 'photo.jpg': [new Uint8Array(300).fill(7), { level: 0 }], 'notes/ร้าน.md': strToU8('# Shop') });
    const all = zipDirectory(zip);
    expect(all.map((e) => [e.name, e.method])).toEqual([
      ['chat/_chat.txt', 8],
      ['photo.jpg', 0],
      ['notes/ร้าน.md', 8],
    ]);
    const read = readZipEntries(zip, all, { maxTotalBytes: MB });
    expect(strFromU8(read[0].bytes)).toBe('สวัสดีค่ะ 🧕🏽\n'.repeat(500));
    expect(read[1].bytes).toEqual(new Uint8Array(300).fill(7));
    expect(strFromU8(read[2].bytes)).toBe('# Shop');
    expect(zipDirectory(zip, { keep: (e) => e.name.endsWith('.md') }).map((e) => e.name)).toEqual(['notes/ร้าน.md']);
  });

  it('refuses an entry that declares more than the limit, naming it, before unpacking anything', () => {
    const zeros = deflatedZeros(400 * MB);
    const zip = rawZip([{ name: '_chat.txt', data: zeros.data, declaredSize: zeros.size }]);
    const error = refusal(() => readZipEntries(zip, zipDirectory(zip), { maxTotalBytes: 200 * MB }));
    expect(error.problem).toBe('TOO_LARGE');
    expect(error.entry).toBe('_chat.txt');
    expect(error.message).toBe('"_chat.txt" in the zip unpacks to 400 MB, over the limit of 200 MB. It was not unpacked.');
  });

  it('stops an entry as soon as it holds more than its header declares', () => {
    const zeros = deflatedZeros(50 * MB);
    const zip = rawZip([{ name: 'lies.txt', data: zeros.data, declaredSize: 1000 }]);
    const error = refusal(() => readZipEntries(zip, zipDirectory(zip), { maxTotalBytes: 200 * MB }));
    expect(error.problem).toBe('DAMAGED');
    expect(error.message).toBe('"lies.txt" unpacks to more than the 1 KB its header declares, so the zip is damaged or made to overload the app. It was not read.');
    const stored = rawZip([{ name: 'stored.txt', data: new Uint8Array(5000), method: 0, declaredSize: 10 }]);
    expect(refusal(() => readZipEntries(stored, zipDirectory(stored), { maxTotalBytes: MB })).entry).toBe('stored.txt');
  });

  it('counts what the entries hold together and stops at the one that passes the limit', () => {
    const zeros = deflatedZeros(3 * MB);
    const zip = rawZip(['message_1.json', 'message_2.json', 'message_3.json'].map((name) => ({ name, data: zeros.data, declaredSize: zeros.size })));
    const error = refusal(() => readZipEntries(zip, zipDirectory(zip), { maxTotalBytes: 8 * MB }));
    expect(error.entry).toBe('message_3.json');
    expect(error.message).toContain('with the 2 files before it that passes the limit of 8.0 MB');
  });

  it('gives back a short entry at its real length when it holds less than declared', () => {
    const zip = rawZip([{ name: 'short.txt', data: deflateSync(strToU8('hello')), declaredSize: 64 }]);
    expect(strFromU8(readZipEntries(zip, zipDirectory(zip), { maxTotalBytes: MB })[0].bytes)).toBe('hello');
  });

  it('reads sizes and offsets from zip64 records', () => {
    const zip = rawZip(
      [
        { name: 'a.txt', data: deflateSync(strToU8('first')), declaredSize: 5 },
        { name: 'b.txt', data: strToU8('second'), method: 0, declaredSize: 6 },
      ],
      { zip64: true },
    );
    expect(readZipEntries(zip, zipDirectory(zip), { maxTotalBytes: MB }).map((e) => strFromU8(e.bytes))).toEqual(['first', 'second']);
  });

  it('says plainly what is wrong with a file that is not a whole zip', () => {
    expect(refusal(() => zipDirectory(strToU8('just text, not a zip at all'))).problem).toBe('NOT_A_ZIP');
    const zip = zipSync({ 'a.txt': strToU8('a'.repeat(1000)) });
    const end = zip.length - 22;
    const cut = new Uint8Array([...zip.subarray(0, 20), ...zip.subarray(end)]); // the directory points past the start
    expect(refusal(() => readZipEntries(cut, zipDirectory(cut), { maxTotalBytes: MB })).problem).toBe('DAMAGED');
    const bzip = rawZip([{ name: 'b.txt', data: strToU8('x'), method: 12 as 8, declaredSize: 1 }]);
    expect(refusal(() => readZipEntries(bzip, zipDirectory(bzip), { maxTotalBytes: MB })).message).toContain('method 12');
    const garbage = rawZip([{ name: 'c.txt', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declaredSize: 10 }]);
    expect(refusal(() => readZipEntries(garbage, zipDirectory(garbage), { maxTotalBytes: MB })).message).toMatch(/^"c.txt" in the zip cannot be unpacked/);
  });

  it('refuses a zip with more kept entries than allowed', () => {
    const zip = rawZip(Array.from({ length: 12 }, (_, i) => ({ name: `${i}.txt`, data: strToU8('x'), method: 0 as const, declaredSize: 1 })));
    expect(refusal(() => zipDirectory(zip, { maxEntries: 10 })).problem).toBe('TOO_MANY_ENTRIES');
  });
});
