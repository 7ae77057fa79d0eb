import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { deflatedZeros, rawZip } from '../../shared/zip/fixtures/zip-bomb';
import { TranscriptImportError } from './import-error';
import { importErrorOf } from './fixture-files';
import { importTranscript } from './import-transcript';
import { chatEntriesOfZip } from './zip-export';

const MB = 1024 * 1024;
const LIMIT = 200 * MB;


/** Memory the process holds after `run` beyond what it held before: a coarse check that nothing big was unpacked. */
function growthOf(run: () => void): number {
  const used = () => {
    const m = process.memoryUsage();
    return Math.max(m.rss, m.heapUsed + m.arrayBuffers);
  };
  const before = used();
  run();
  return used() - before;
}

describe('zipped chat exports are unpacked within the import limit', () => {
  it('refuses a 2 MB zip of four 400 MB chat files at the first one, naming it, without unpacking it', () => {
    const zeros = deflatedZeros(400 * MB);
    const zip = rawZip(['a', 'b', 'c', 'd'].map((folder) => ({ name: `${folder}/_chat.txt`, data: zeros.data, declaredSize: zeros.size })));
    expect(zip.length).toBeLessThan(2 * MB);
    let error: TranscriptImportError | undefined;
    const growth = growthOf(() => {
      error = importErrorOf(() => importTranscript(zip, 'bomb.zip'));
    });
    expect(error?.importCode).toBe('TOO_LARGE');
    expect(error?.message).toBe('bomb.zip: "a/_chat.txt" in the zip unpacks to 400 MB, over the limit of 200 MB. It was not unpacked. Export a shorter period of the chat, or split it.');
    expect(growth).toBeLessThan(3 * LIMIT);
  });

  it('stops a chat file whose header claims 1 KB as soon as it holds more, keeping memory far under the limit', () => {
    const zeros = deflatedZeros(400 * MB);
    const zip = rawZip([{ name: 'WhatsApp Chat with Mai.txt', data: zeros.data, declaredSize: 1000 }]);
    let error: TranscriptImportError | undefined;
    const growth = growthOf(() => {
      error = importErrorOf(() => importTranscript(zip, 'lies.zip'));
    });
    expect(error?.importCode).toBe('BAD_ZIP');
    expect(error?.message).toBe('lies.zip: "WhatsApp Chat with Mai.txt" unpacks to more than the 1 KB its header declares, so the zip is damaged or made to overload the app. It was not read. Export the chat again.');
    expect(growth).toBeLessThan(3 * LIMIT);
  });

  it('counts every message_N.json of a thread against one limit', () => {
    const zeros = deflatedZeros(70 * MB);
    const zip = rawZip([1, 2, 3].map((n) => ({ name: `inbox/mai_123/message_${n}.json`, data: zeros.data, declaredSize: zeros.size })));
    const error = importErrorOf(() => importTranscript(zip, 'facebook.zip'));
    expect(error.importCode).toBe('TOO_LARGE');
    expect(error.message).toContain('"inbox/mai_123/message_3.json" in the zip unpacks to 70 MB; with the 2 files before it that passes the limit of 200 MB.');
  });

  it('unpacks only the chat file to import, not the other text files beside it', () => {
    const zeros = deflatedZeros(300 * MB);
    const zip = rawZip([
      { name: 'notes/readme.txt', data: zeros.data, declaredSize: zeros.size },
      { name: '__MACOSX/._chat.txt', data: strToU8('x'), method: 0, declaredSize: 1 },
      { name: '_chat.txt', data: strToU8('12/01/2024, 09:00 - Mai: hello\n'), method: 0, declaredSize: 31 },
    ]);
    expect(chatEntriesOfZip(zip, 'chat.zip', LIMIT).map((e) => e.name)).toEqual(['_chat.txt']);
  });
});
