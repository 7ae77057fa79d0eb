import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../shared/domain/attempt';
import { AppError } from '../../shared/errors';
import { abandonAttempt, answerStep, finishAttempt, markPromptShown, resumableAttempt, startAttempt, type PlayContext } from './attempt-machine';
import { attemptPath } from './scenario-path';
import { GOOD_REPLY, trainingScenario as scenario } from './fixtures/training-scenario';

const T0 = Date.parse('2026-11-23T09:00:00.000Z');
const at = (sec: number): PlayContext => ({ scenario, passMark: 0.8, at: new Date(T0 + sec * 1000) });
const start = (mode: 'coach' | 'assessment' = 'coach') => startAttempt({ id: 'a1', personId: 'p1', assignmentId: null, mode }, at(0));

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the attempt state machine', () => {
  it('starts at the first decision, past the customer messages, with the version played recorded', () => {
    const attempt = start();
    expect(attempt).toMatchObject({ status: 'in-progress', currentStepId: 'r1', currentPromptShownAt: null, scenarioVersion: 1, steps: [], score: null });
  });

  it('stamps when the prompt was shown once, with the host clock, and ignores a second report', () => {
    const shown = markPromptShown(start(), 'r1', at(5).at);
    expect(shown.currentPromptShownAt).toBe('2026-11-23T09:00:05.000Z');
    expect(markPromptShown(shown, 'r1', at(60).at).currentPromptShownAt).toBe('2026-11-23T09:00:05.000Z');
  });

  it('records the reply time from the prompt being shown to the host receiving the reply', () => {
    const shown = markPromptShown(start(), 'r1', at(5).at);
    const answered = answerStep(shown, { stepId: 'r1', reply: GOOD_REPLY }, at(47));
    expect(answered.steps[0]).toMatchObject({ stepId: 'r1', kind: 'free-text', reply: GOOD_REPLY, promptShownAt: '2026-11-23T09:00:05.000Z', replyTimeSec: 42 });
    const result = answered.steps[0].result;
    expect(result.kind === 'free-text' && result.replyTime).toEqual({ targetSec: 120, actualSec: 42, withinTarget: true, standardId: 'first-reply-on-time' });
  });

  it('times from the previous reply when the client never reported the prompt as shown', () => {
    const answered = answerStep(start(), { stepId: 'r1', reply: GOOD_REPLY }, at(200));
    expect(answered.steps[0].replyTimeSec).toBe(200);
    const result = answered.steps[0].result;
    expect(result.kind === 'free-text' && result.replyTime.withinTarget).toBe(false);
  });

  it('scores the reply, follows the branch it earned and stops at the next decision', () => {
    const answered = answerStep(start(), { stepId: 'r1', reply: GOOD_REPLY }, at(30));
    const result = answered.steps[0].result;
    expect(result.kind).toBe('free-text');
    if (result.kind !== 'free-text') return;
    expect(result.elements.map((e) => [e.elementId, e.status])).toEqual([
      ['check', 'hit'],
      ['replace', 'hit'],
    ]);
    expect(answered.currentStepId).toBe('q1');
    expect(attemptPath(scenario, answered).segments.map((s) => s.stepId)).toEqual(['c1', 'r1', 'c2']);
    const vague = answerStep(start(), { stepId: 'r1', reply: 'We will see' }, at(30));
    expect(attemptPath(scenario, vague).segments.map((s) => s.stepId)).toEqual(['c1', 'r1', 'c2b']);
  });

  it('refuses a reply to a step that is not the current one', () => {
    expect(refusal(() => answerStep(start(), { stepId: 'q1', optionId: 'honest' }, at(10))).code).toBe('CONFLICT');
    const once = answerStep(start(), { stepId: 'r1', reply: GOOD_REPLY }, at(10));
    expect(refusal(() => answerStep(once, { stepId: 'r1', reply: 'again' }, at(20))).code).toBe('CONFLICT');
    expect(refusal(() => markPromptShown(once, 'r1', at(20).at)).code).toBe('CONFLICT');
  });

  it('refuses the wrong kind of answer, an empty reply and an option that is not offered', () => {
    expect(refusal(() => answerStep(start(), { stepId: 'r1', optionId: 'honest' }, at(10))).code).toBe('INVALID_INPUT');
    expect(refusal(() => answerStep(start(), { stepId: 'r1', reply: '   ' }, at(10))).code).toBe('INVALID_INPUT');
    const atChoice = answerStep(start(), { stepId: 'r1', reply: GOOD_REPLY }, at(10));
    expect(refusal(() => answerStep(atChoice, { stepId: 'q1', reply: 'free words' }, at(20))).code).toBe('INVALID_INPUT');
    expect(refusal(() => answerStep(atChoice, { stepId: 'q1', optionId: 'nope' }, at(20))).code).toBe('INVALID_INPUT');
  });

  it('finishes on reaching an ending: adds up every step against the pass mark and records the outcome', () => {
    const first = answerStep(start(), { stepId: 'r1', reply: GOOD_REPLY }, at(10));
    const done = answerStep(first, { stepId: 'q1', optionId: 'guess' }, at(20));
    expect(done.status).toBe('finished');
    expect(done.endedAt).toBe('2026-11-23T09:00:20.000Z');
    expect(done.outcome).toEqual({ stepId: 'end-poor', rating: 'poor', text: 'The parcel arrives on Monday; Nadia is upset.' });
    expect(done.score?.steps).toHaveLength(2);
    const ownIt = done.score?.perStandard.find((s) => s.standardId === 'own-it');
    expect(ownIt).toEqual({ standardId: 'own-it', earned: 3, max: 5 });
    expect(done.score?.passed).toBe(false);
    expect(finishAttempt(done, at(30))).toBe(done);
    expect(refusal(() => answerStep(done, { stepId: 'q1', optionId: 'honest' }, at(30))).code).toBe('CONFLICT');
  });

  it('will not finish a conversation that has not reached an ending', () => {
    expect(refusal(() => finishAttempt(start(), at(10))).message).toMatch(/not over yet/);
  });

  it('an auto-fail zeroes the whole attempt', () => {
    const first = answerStep(start(), { stepId: 'r1', reply: 'It is your fault, I will check with the courier' }, at(10));
    const done = answerStep(first, { stepId: 'q1', optionId: 'honest' }, at(20));
    expect(done.score).toMatchObject({ autoFailed: true, score: 0, passed: false });
  });

  it('abandons an unfinished attempt, keeps its replies, and refuses to go on with it', () => {
    const first = answerStep(start(), { stepId: 'r1', reply: GOOD_REPLY }, at(10));
    const left = abandonAttempt(first, at(15).at);
    expect(left).toMatchObject({ status: 'abandoned', endedAt: '2026-11-23T09:00:15.000Z' });
    expect(left.steps).toHaveLength(1);
    expect(abandonAttempt(left, at(16).at)).toBe(left);
    expect(refusal(() => answerStep(left, { stepId: 'q1', optionId: 'honest' }, at(20))).code).toBe('CONFLICT');
    const done = answerStep(first, { stepId: 'q1', optionId: 'honest' }, at(20));
    expect(refusal(() => abandonAttempt(done, at(30).at)).code).toBe('CONFLICT');
  });

  it('resumes the unfinished attempt of the same scenario and assignment only', () => {
    const base = { scenarioId: 's', startedAt: '2026-11-01T00:00:00Z' };
    const list: Pick<Attempt, 'status' | 'scenarioId' | 'assignmentId' | 'startedAt'>[] = [
      { ...base, status: 'finished', assignmentId: null },
      { ...base, status: 'in-progress', assignmentId: 'as1' },
      { ...base, status: 'in-progress', assignmentId: null, startedAt: '2026-11-02T00:00:00Z' },
      { ...base, status: 'abandoned', assignmentId: null, startedAt: '2026-11-03T00:00:00Z' },
    ];
    expect(resumableAttempt(list, 's', null)).toBe(list[2]);
    expect(resumableAttempt(list, 's', 'as1')).toBe(list[1]);
    expect(resumableAttempt(list, 's', 'as2')).toBeUndefined();
    expect(resumableAttempt(list, 'other', null)).toBeUndefined();
  });
});
