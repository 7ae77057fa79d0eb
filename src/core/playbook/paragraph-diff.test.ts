import { describe, expect, it } from 'vitest';
import { diffParagraphs, splitParagraphs } from './paragraph-diff';

const chapter = (count: number, change?: { at: number; text: string }) =>
  Array.from({ length: count }, (_, i) => (change && change.at === i + 1 ? change.text : `Paragraph ${i + 1} says something about replies.`)).join('\n\n');

describe('comparing long texts by paragraph', () => {
  it('splits on blank lines, whatever the line endings and trailing spaces, keeping lines inside a paragraph', () => {
    expect(splitParagraphs('# Title  \r\n\r\n- one\r\n- two\r\n\r\n\r\nLast')).toEqual(['# Title', '- one\n- two', 'Last']);
    expect(splitParagraphs('\n\n  \n')).toEqual([]);
  });

  it('shows one changed paragraph with one unchanged paragraph either side and counts the rest', () => {
    const diff = diffParagraphs(chapter(10), chapter(10, { at: 6, text: 'Paragraph 6 says something kind about replies.' }));
    expect(diff).toEqual([
      { kind: 'skipped', count: 4 },
      { kind: 'same', text: 'Paragraph 5 says something about replies.' },
      {
        kind: 'changed',
        parts: [
          { kind: 'same', value: 'Paragraph 6 says something ' },
          { kind: 'added', value: 'kind ' },
          { kind: 'same', value: 'about replies.' },
        ],
      },
      { kind: 'same', text: 'Paragraph 7 says something about replies.' },
      { kind: 'skipped', count: 3 },
    ]);
  });

  it('shows a lone unchanged paragraph between two changes instead of hiding it', () => {
    const before = 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.';
    const after = 'One!\n\nTwo.\n\nThree.\n\nFour.\n\nFive!';
    expect(diffParagraphs(before, after)?.map((p) => p.kind)).toEqual(['changed', 'same', 'same', 'same', 'changed']);
    const apart = 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.';
    expect(diffParagraphs(apart, apart.replace('One.', 'One!').replace('Six.', 'Six!'))?.map((p) => p.kind)).toEqual(['changed', 'same', 'skipped', 'same', 'changed']);
  });

  it('shows a paragraph rewritten from scratch as removed and added, not as a jumble of words', () => {
    expect(diffParagraphs('Intro.\n\nWe reply within five minutes.', 'Intro.\n\nRefunds go back to the card in 3 days.')).toEqual([
      { kind: 'same', text: 'Intro.' },
      { kind: 'removed', text: 'We reply within five minutes.' },
      { kind: 'added', text: 'Refunds go back to the card in 3 days.' },
    ]);
  });

  it('pairs an edited paragraph with its new wording when paragraphs are inserted before it', () => {
    const diff = diffParagraphs('Intro.\n\nWe reply within five minutes on every channel.', 'Intro.\n\nA new rule.\n\nWe reply within ten minutes on every channel.');
    expect(diff?.map((p) => p.kind)).toEqual(['same', 'added', 'changed']);
  });

  it('finds nothing to show when only line endings, trailing spaces or the final newline differ', () => {
    expect(diffParagraphs('A line.\n\nLast line', 'A line.  \r\n\r\nLast line\n')).toBeNull();
  });
});
