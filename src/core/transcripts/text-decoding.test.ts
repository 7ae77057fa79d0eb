import { describe, expect, it } from 'vitest';
import { unreadableCharacters, unreadableCharactersWarning } from './text-decoding';

const bytes = (...parts: (string | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

/** What TextDecoder makes of the bytes: how many U+FFFD, and the line and column (in characters) of the first. */
function asDecoded(input: Uint8Array): { count: number; line: number; column: number } | null {
  const text = new TextDecoder().decode(input);
  const at = text.indexOf('\ufffd');
  if (at < 0) return null;
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { count: text.split('\ufffd').length - 1, line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

describe('finding the bytes that are not UTF-8', () => {
  it('says nothing about valid UTF-8, emoji and Thai included', () => {
    expect(unreadableCharacters(bytes('สวัสดีค่ะ 🧕🏽 Hi sis!\n'))).toBeNull();
    expect(unreadableCharacters(bytes([0xef, 0xbb, 0xbf], 'BOM first'))).toBeNull();
  });

  it('counts each broken sequence once, as TextDecoder replaces it, and places the first by line and column', () => {
    const cases: Uint8Array[] = [
      bytes('Hi\nsize M ', [0xff], ' ok'), // a byte that never starts a character
      bytes('caf', [0xc3, 0x28], '\n'), // a lead byte without its continuation
      bytes('ร้าน', [0xe0, 0xb8], '\nnext', [0x80, 0x80]), // Thai cut short, then stray continuations
      bytes([0xc0, 0xaf], ' overlong / and ', [0xe0, 0x80, 0x80]), // overlong forms
      bytes('surrogate ', [0xed, 0xa0, 0x80], ' and past U+10FFFF ', [0xf4, 0x90, 0x80, 0x80]),
      bytes('🧕', [0xf0, 0x9f, 0x98], 'x'), // an emoji missing its last byte
      bytes('ends in the middle ', [0xe2, 0x82]),
      bytes([0xef, 0xbb, 0xbf], 'ab', [0xfe]), // the BOM is not a column
    ];
    for (const input of cases) expect(unreadableCharacters(input)).toEqual(asDecoded(input));
    expect(unreadableCharacters(cases[0])).toEqual({ count: 1, line: 2, column: 8 });
    expect(unreadableCharacters(cases[2])).toEqual({ count: 3, line: 1, column: 5 });
  });

  it('agrees with TextDecoder on random bytes', () => {
    let seed = 13;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = [0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff]; // no 0xbd: a real U+FFFD would be counted by TextDecoder too
    for (let round = 0; round < 2000; round++) {
      const input = Uint8Array.from({ length: 1 + Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]);
      expect(unreadableCharacters(input)).toEqual(asDecoded(input));
    }
  });

  it('words the preview warning with the count and the place, for one character or many', () => {
    expect(unreadableCharactersWarning(bytes('a\nb', [0xff]), 'chat.txt')).toEqual({
      fileName: 'chat.txt',
      line: 2,
      column: 2,
      message: 'chat.txt: 1 character could not be read (the bytes are not UTF-8 text) and shows as "\ufffd"; it is on line 2, column 2. You can still import the chat; if the text there matters, export the chat again.',
    });
    expect(unreadableCharactersWarning(bytes([0xff, 0xfe], 'a'), 'utf16.txt')).toBeNull();
    expect(unreadableCharactersWarning(bytes('fine'), 'fine.txt')).toBeNull();
  });
});
