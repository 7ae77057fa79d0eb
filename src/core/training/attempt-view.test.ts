import { describe, expect, it } from 'vitest';
import { answerStep, markPromptShown, startAttempt, type PlayContext } from './attempt-machine';
import { attemptView, type ViewContext } from './attempt-view';
import { GOOD_REPLY, trainingScenario as scenario } from './fixtures/training-scenario';

const ctx = (sec: number): PlayContext => ({ scenario, passMark: 0.8, at: new Date(Date.parse('2026-11-23T09:00:00Z') + sec * 1000) });
const viewContext: ViewContext = { scenario, personName: 'Budi', passMark: 0.8, standardTitles: (id) => ({ id, title: id === 'own-it' ? 'Own it end to end' : id }) };
const start = (mode: 'coach' | 'assessment') => startAttempt({ id: 'a1', personId: 'p1', assignmentId: null, mode }, ctx(0));

describe('what the player may see of an attempt', () => {
  it('shows the customer messages before the first reply as still to animate, until the client reports them shown', () => {
    const fresh = attemptView(start('coach'), viewContext);
    expect(fresh.conversation).toEqual([
      { kind: 'customer', id: 'c1#0', stepId: 'c1', text: '', imageCaption: 'Screenshot of the tracking page', delayMs: 0, pending: true },
      { kind: 'customer', id: 'c1#1', stepId: 'c1', text: 'Hi, my parcel has not moved for 4 days', imageCaption: null, delayMs: 1200, pending: true },
    ]);
    const shown = attemptView(markPromptShown(start('coach'), 'r1', ctx(3).at), viewContext);
    expect(shown.conversation.every((m) => m.kind === 'customer' && !m.pending)).toBe(true);
    expect(shown.current).toMatchObject({ stepId: 'r1', kind: 'free-text', replyTimeTargetSec: 120, promptShownAt: '2026-11-23T09:00:03.000Z' });
  });

  it('never includes the rubric, model answer, real reply or option feedback of a step not yet answered', () => {
    const text = JSON.stringify(attemptView(start('coach'), viewContext));
    expect(text).not.toContain('check with the courier');
    expect(text).not.toContain(scenario.steps.r1.type === 'free-text' ? scenario.steps.r1.modelAnswer : 'x');
    expect(text).not.toContain('pls wait');
    const atChoice = answerStep(start('coach'), { stepId: 'r1', reply: GOOD_REPLY }, ctx(10));
    const view = attemptView(atChoice, viewContext);
    expect(view.current?.options).toEqual([
      { id: 'honest', text: 'I will confirm the date with you by 5pm today.' },
      { id: 'guess', text: 'Yes for sure!' },
    ]);
    expect(JSON.stringify(view.current)).not.toContain('A promise you can keep');
  });

  it('in coach mode gives each answered reply its feedback with the model answer and the real reply marked as an example', () => {
    const view = attemptView(answerStep(start('coach'), { stepId: 'r1', reply: GOOD_REPLY }, ctx(10)), viewContext);
    expect(view.feedbackHiddenUntilEnd).toBe(false);
    expect(view.feedback).toHaveLength(1);
    expect(view.feedback[0]).toMatchObject({ stepId: 'r1', reply: GOOD_REPLY, replyTimeTargetSec: 120, actualReply: { text: 'pls wait', verdict: 'poor' } });
    expect(view.feedback[0].modelAnswer).toMatch(/Sorry Nadia/);
    expect(view.conversation.map((m) => m.kind)).toEqual(['customer', 'customer', 'reply', 'customer']);
    expect(view.standards).toContainEqual({ id: 'own-it', title: 'Own it end to end' });
  });

  it('in assessment mode hides all feedback until the attempt is finished', () => {
    const first = answerStep(start('assessment'), { stepId: 'r1', reply: GOOD_REPLY }, ctx(10));
    const during = attemptView(first, viewContext);
    expect(during.feedbackHiddenUntilEnd).toBe(true);
    expect(during.feedback).toEqual([]);
    expect(during.score).toBeNull();
    expect(JSON.stringify(during)).not.toContain('"elements"');
    const done = attemptView(answerStep(first, { stepId: 'q1', optionId: 'guess' }, ctx(20)), viewContext);
    expect(done.feedbackHiddenUntilEnd).toBe(false);
    expect(done.feedback.map((f) => f.stepId)).toEqual(['r1', 'q1']);
    expect(done.feedback[1].betterOption).toMatchObject({ id: 'honest' });
    expect(done.outcome).toEqual({ rating: 'poor', text: 'The parcel arrives on Monday; Nadia is upset.' });
    expect(done.score?.passed).toBe(false);
  });
});
