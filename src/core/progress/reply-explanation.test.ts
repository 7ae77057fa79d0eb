import { describe, expect, it } from 'vitest';
import type { FreeTextResult } from '../../shared/domain/scoring';
import { explainReply } from './reply-explanation';

const titles: Record<string, string> = { 'answer-fully-first-time': 'Answer fully the first time', 'protect-customer-privacy': 'Protect customer privacy', 'human-tone': 'Sound like a person', 'first-reply-on-time': 'First reply within the target time' };
const titleOf = (id: string) => titles[id] ?? id;

function result(over: Partial<FreeTextResult>): FreeTextResult {
  return {
    kind: 'free-text',
    stepId: 'reply-1',
    reply: 'Ok kak, please send the card number and the total is RM164.',
    elements: [
      { elementId: 'el-1', label: 'Confirm the total', standardId: 'answer-fully-first-time', weight: 1, status: 'hit', matches: [{ phrase: 'total', text: 'total', start: 40, end: 45 }], earned: 1, max: 1 },
      { elementId: 'el-2', label: 'Say when it ships', standardId: 'answer-fully-first-time', weight: 1, status: 'hit', matches: [{ phrase: 'ship', text: 'ships', start: 0, end: 5 }], earned: 1, max: 1 },
    ],
    mustAvoid: [{ itemId: 'card', label: 'Asked for the card number', standardId: 'protect-customer-privacy', autoFail: true, penalty: 0, matches: [{ phrase: 'card number', text: 'card number', start: 20, end: 31 }] }],
    tone: [],
    replyTime: { targetSec: 300, actualSec: 40, withinTarget: true, standardId: 'first-reply-on-time' },
    perStandard: [],
    earned: 2,
    max: 2,
    score: 0,
    autoFailed: true,
    passed: false,
    lines: [],
    ...over,
  };
}

describe('a reply score in plain words', () => {
  it('says why a reply with every element met scores 0', () => {
    expect(explainReply(result({}), titleOf).headline).toBe('0 of 2: the reply had both elements, but the auto-fail ‘asked for the card number’ set the score to 0.');
  });

  it('names elements and standards by their titles, never their ids', () => {
    const { headline, lines } = explainReply(
      result({
        autoFailed: false,
        score: 0.5,
        earned: 1,
        max: 3,
        elements: [{ ...result({}).elements[0], status: 'missed', earned: 0, matches: [], lookedFor: "words such as 'total'" }, result({}).elements[1]],
        mustAvoid: [],
        tone: [
          { check: 'shouting', standardId: 'human-tone', ok: false, status: 'failed', earned: -1, max: 0, matches: [{ phrase: '', text: 'SOLD OUT', start: 0, end: 8 }] },
          { check: 'apology', standardId: 'human-tone', ok: false, status: 'failed', earned: 0, max: 1, matches: [] },
        ],
        criticalErrors: ['It shouts in capitals.'],
      }),
      titleOf,
    );
    expect(headline).toBe('1 of 3: the reply had 1 of 2 elements, without apology; −1 for shouting in capitals. It does not pass whatever the points: It shouts in capitals.');
    const text = [headline, ...lines].join('\n');
    for (const id of ['answer-fully-first-time', 'el-1', 'human-tone', 'SHOUTING: NOT OK', 'first-reply-on-time']) expect(text).not.toContain(id);
    expect(lines).toContain('0 of 1 Missed “Confirm the total” (Answer fully the first time): looked for words such as \'total\'');
    expect(lines).toContain('−1 No shouting in capitals (Sound like a person): found ‘SOLD OUT’');
    expect(lines).toContain('Reply time: 40 s, within the 5 min target (counts for First reply within the target time, not for the points)');
  });
});
