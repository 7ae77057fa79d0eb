import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importTranscript } from './import-transcript';
import { TranscriptImportError } from './import-error';
import { redactTranscript } from './redaction/redact-transcript';
import { fixtureBytes } from './fixture-files';
import { FORMAT_CHOICES } from '../../shared/domain/transcript';

const SAMPLES = ['whatsapp-android-en.txt', 'whatsapp-ios-en.txt', 'messenger-message_1.json', 'instagram-message_1.json', 'telegram-result.json', 'line-chat.txt', 'generic.csv', 'whatsapp-chat.zip', 'telegram-full-export.json', 'csv-odd-columns.csv'];
const MAX_MS = 2000;

/** Import (and redact when it succeeds): the only acceptable failure is a typed import error, quickly. */
function importOrTypedError(bytes: Uint8Array, fileName: string, format: (typeof FORMAT_CHOICES)[number]): void {
  const started = performance.now();
  try {
    const result = importTranscript(bytes, fileName, { format, region: 'MY' });
    redactTranscript(result, { region: 'MY' });
  } catch (error) {
    if (!(error instanceof TranscriptImportError)) throw error;
    expect(error.message.startsWith(fileName)).toBe(true);
  }
  expect(performance.now() - started).toBeLessThan(MAX_MS);
}

const formatArb = fc.constantFrom(...FORMAT_CHOICES);

describe('every importer under random input', () => {
  it('turns random bytes into a result or a typed error', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), formatArb, (bytes, format) => importOrTypedError(bytes, 'random.bin', format)), { numRuns: 300 });
  });

  it('turns random text into a result or a typed error', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), formatArb, (text, format) => importOrTypedError(new TextEncoder().encode(text), 'random.txt', format)), { numRuns: 300 });
  });

  it('turns text built from chat-like pieces into a result or a typed error', () => {
    const piece = fc.constantFrom('14/03/2024, 10:02 - ', '[11/03/2024, 18:40:12] ', 'A: ', '\n', '\t', '"', '{', '}', '[', ']', ',', ':', '"messages":', '"participants":', '2024/05/12 Sun\n', '14:03\t', 'timestamp,sender,message\n', '\u200e', '\u202fPM', ' ', '0812 345 6789', 'Jalan 12', '@x.com', '9');
    fc.assert(fc.property(fc.array(piece, { maxLength: 300 }), formatArb, (pieces, format) => importOrTypedError(new TextEncoder().encode(pieces.join('')), 'pieces.txt', format)), { numRuns: 300 });
  });

  it.each(SAMPLES)('survives mutations of %s', (sample) => {
    const original = fixtureBytes(sample);
    const mutation = fc.record({
      cut: fc.nat({ max: original.length }),
      flips: fc.array(fc.record({ at: fc.nat({ max: original.length - 1 }), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(mutation, formatArb, ({ cut, flips }, format) => {
        const bytes = original.slice(0, Math.max(cut, 1));
        for (const f of flips) if (f.at < bytes.length) bytes[f.at] = f.value;
        importOrTypedError(bytes, sample, format);
      }),
      { numRuns: 60 },
    );
  });

  it('handles a pathological long line in reasonable time', () => {
    const line = '14/03/2024, 10:02 - A: ' + 'Aa1 '.repeat(50_000) + 'a.'.repeat(50_000) + '@' + '1-'.repeat(20_000);
    importOrTypedError(new TextEncoder().encode(line), 'long.txt', 'auto');
  });
});
