import { describe, expect, it } from 'vitest';
import { newPendingImport, parsePending, receiveChunk } from '../../transcripts/import-session';
import { previewOf } from './transcript-import-views';

function previewOfUpload(fileName: string, bytes: Uint8Array) {
  const pending = newPendingImport('s1', 'leader', [{ fileName, size: bytes.length }], { region: 'MY', brandName: 'Butik Seri Ayu' }, 0);
  receiveChunk(pending, 0, 0, bytes);
  return previewOf(pending, parsePending(pending, { format: 'auto' }, 10 * 1024 * 1024));
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('the import preview', () => {
  it('warns how many characters could not be read and where the first is, and the import still goes on', () => {
    // A chat edited on a Windows-1252 machine: "é" and "’" written as single bytes, which UTF-8 cannot read.
    const bytes = new Uint8Array([
      ...utf8('14/03/2024, 10:02 - +60 12-345 6789: Hi, the sage green kurung still available?\n'),
      ...utf8('14/03/2024, 10:07 - Butik Seri Ayu: Yes sis, size M at the caf'),
      0xe9,
      ...utf8(' counter, we'),
      0x92,
      ...utf8('re open till 9 🌸\n'),
    ]);
    const preview = previewOfUpload('WhatsApp Chat with Mai.txt', bytes);
    expect(preview.messageCount).toBe(2);
    expect(preview.warnings).toEqual([
      {
        fileName: 'WhatsApp Chat with Mai.txt',
        line: 2,
        column: 63,
        message:
          'WhatsApp Chat with Mai.txt: 2 characters could not be read (the bytes are not UTF-8 text) and show as "\ufffd"; the first is on line 2, column 63. You can still import the chat; if the text there matters, export the chat again.',
      },
    ]);
  });

  it('has no warnings for a clean UTF-8 export', () => {
    expect(previewOfUpload('chat.txt', new Uint8Array(utf8('14/03/2024, 10:02 - Mai: สวัสดีค่ะ\n14/03/2024, 10:03 - Butik Seri Ayu: Hi sis! 🌸\n'))).warnings).toEqual([]);
  });
});
