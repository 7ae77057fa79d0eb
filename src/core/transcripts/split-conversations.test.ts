import { describe, expect, it } from 'vitest';
import { splitConversations } from './split-conversations';
import { importTranscript } from './import-transcript';
import { fixtureBytes } from './fixture-files';

describe('conversation splitting', () => {
  it('splits the LINE sample into its three days at the default six-hour gap', () => {
    const r = importTranscript(fixtureBytes('line-chat.txt'), 'line.txt', {});
    const slices = splitConversations(r.messages);
    expect(slices.map((s) => [s.firstAt, s.lastAt, s.messageCount])).toEqual([
      ['2024-05-12T14:03:00', '2024-05-12T14:33:00', 12],
      ['2024-05-14T10:47:00', '2024-05-14T11:05:00', 6],
      ['2024-05-15T20:58:00', '2024-05-15T21:01:00', 3],
    ]);
    expect(slices.reduce((n, s) => n + s.messageCount, 0)).toBe(r.messages.length);
  });

  it('keeps one conversation when the gap is longer than any silence', () => {
    const r = importTranscript(fixtureBytes('line-chat.txt'), 'line.txt', {});
    expect(splitConversations(r.messages, 7 * 24 * 3600_000)).toHaveLength(1);
  });

  it('compares times with offsets correctly', () => {
    const r = importTranscript(fixtureBytes('generic.csv'), 'chat.csv', {});
    expect(splitConversations(r.messages).map((s) => s.messageCount)).toEqual([15, 2]);
  });

  it('returns nothing for no messages', () => {
    expect(splitConversations([])).toEqual([]);
  });
});
