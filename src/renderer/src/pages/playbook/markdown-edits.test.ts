import { describe, expect, it } from 'vitest';
import { applyFormat, insertBlock, wordCount } from './markdown-edits';

describe('the editor toolbar', () => {
  it('wraps the selection in bold and keeps the words selected', () => {
    const out = applyFormat({ text: 'say sorry first', start: 4, end: 9 }, 'bold');
    expect(out.text).toBe('say **sorry** first');
    expect(out.text.slice(out.start, out.end)).toBe('sorry');
  });

  it('turns the selected lines into a list and a line into a heading', () => {
    expect(applyFormat({ text: 'one\ntwo\nthree', start: 0, end: 7 }, 'list').text).toBe('- one\n- two\nthree');
    expect(applyFormat({ text: 'intro\nTone', start: 7, end: 7 }, 'heading').text).toBe('intro\n## Tone');
    expect(applyFormat({ text: '- item', start: 0, end: 0 }, 'list').text).toBe('- item');
  });

  it('inserts a link with the URL selected for typing', () => {
    const out = applyFormat({ text: 'see our page', start: 8, end: 12 }, 'link');
    expect(out.text).toBe('see our [page](https://)');
    expect(out.text.slice(out.start, out.end)).toBe('https://');
  });

  it('puts a standard card on its own paragraph so it renders as a card', () => {
    expect(insertBlock({ text: 'Before.After.', start: 7, end: 7 }, '[[standard:human-tone]]').text).toBe('Before.\n\n[[standard:human-tone]]\n\nAfter.');
    expect(insertBlock({ text: '', start: 0, end: 0 }, 'X').text).toBe('X\n\n');
  });

  it('counts words, not Markdown marks, standard links or images', () => {
    expect(wordCount('## Our tone\n\n- **Be** kind\n\n[[standard:human-tone]]\n\n![photo](asset:abc)')).toBe(4);
    expect(wordCount('Terima kasih 🙏 kak')).toBe(3);
  });
});
