import { describe, expect, it } from 'vitest';
import { importTranscript, detectFormat } from './import-transcript';
import { TranscriptImportError } from './import-error';
import { fixtureBytes, fixtureText } from './fixture-files';

function importError(bytes: Uint8Array, fileName: string, options = {}): TranscriptImportError {
  try {
    importTranscript(bytes, fileName, options);
  } catch (error) {
    if (error instanceof TranscriptImportError) return error;
    throw error;
  }
  throw new Error('expected a TranscriptImportError');
}

const encode = (s: string) => new TextEncoder().encode(s);

describe('bad input', () => {
  it('refuses an empty file by name', () => {
    const error = importError(new Uint8Array(), 'chat.txt');
    expect(error.importCode).toBe('EMPTY');
    expect(error.message).toMatch(/^chat\.txt: the file is empty/);
  });

  it('recognises a PNG renamed .txt', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const error = importError(png, 'chat.txt');
    expect(error.importCode).toBe('BINARY');
    expect(error.message).toContain('PNG image');
  });

  it('says a truncated JSON export was cut off', () => {
    const text = fixtureText('telegram-result.json');
    const error = importError(encode(text.slice(0, text.length / 2)), 'result.json');
    expect(error.importCode).toBe('TRUNCATED_JSON');
    expect(error.place.line).toBeGreaterThan(1);
  });

  it('refuses a chat of only system messages', () => {
    const text = '14/03/2024, 10:02 - Messages and calls are end-to-end encrypted.\n14/03/2024, 10:03 - You blocked this contact.';
    expect(importError(encode(text), 'chat.txt').importCode).toBe('ONLY_SYSTEM_MESSAGES');
  });

  it('refuses a 300 MB file before reading it, with the limit in the message', () => {
    const huge = new Uint8Array(300 * 1024 * 1024);
    const error = importError(huge, 'big.txt');
    expect(error.importCode).toBe('TOO_LARGE');
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('limit is 200 MB');
  });

  it('says which formats it knows when the text is not a chat', () => {
    const error = importError(encode('Dear diary,\ntoday I sold three bags.'), 'notes.txt');
    expect(error.importCode).toBe('UNKNOWN_FORMAT');
    expect(detectFormat(encode('Dear diary'), 'notes.txt')).toBeNull();
  });

  it('explains a WhatsApp override that finds no WhatsApp lines, at line 1', () => {
    const error = importError(fixtureBytes('line-chat.txt'), 'line.txt', { format: 'whatsapp' });
    expect(error.importCode).toBe('NOT_A_CHAT_EXPORT');
    expect(error.message).toContain('line.txt, line 1');
  });

  it('reports a zip without a chat inside', () => {
    const error = importError(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), 'export.zip');
    expect(['NOT_A_CHAT_EXPORT', 'BAD_ZIP']).toContain(error.importCode);
  });

  it('detects each sample format from its bytes', () => {
    expect(detectFormat(fixtureBytes('whatsapp-ios-en.txt'), 'a.txt')).toBe('whatsapp');
    expect(detectFormat(fixtureBytes('line-chat.txt'), 'a.txt')).toBe('line');
    expect(detectFormat(fixtureBytes('generic.csv'), 'a.csv')).toBe('csv');
    expect(detectFormat(fixtureBytes('telegram-result.json'), 'a.json')).toBe('telegram');
    expect(detectFormat(fixtureBytes('instagram-message_1.json'), 'message_1.json')).toBe('instagram');
    expect(detectFormat(fixtureBytes('messenger-message_1.json'), 'message_1.json')).toBe('messenger');
    expect(detectFormat(fixtureBytes('whatsapp-chat.zip'), 'a.zip')).toBe('whatsapp');
  });
});
