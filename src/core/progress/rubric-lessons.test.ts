/**
 * A manager's "met" on a review becomes a lesson for the scenario's author, with the reply's parts
 * to add as a phrase and how many past replies the change would score differently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptForReview } from '../../shared/contract/progress-ops';
import type { ScenarioDetail } from '../../shared/contract/scenario-ops';
import type { ReviewQueueItem } from '../../shared/domain/progress';
import { withPhrase, type RubricChangeImpact, type RubricLesson } from '../../shared/domain/rubric-lessons';
import type { SessionInfo } from '../../shared/domain/workspace';
import { DEMO_PIN } from '../demo';
import { closeWorkspace, ok, openDemoWorkspace, testClock, type DemoWorkspace } from '../service/test-service';
import { clausesOf } from './rubric-lessons';

describe('lessons from reviews', () => {
  let w: DemoWorkspace;
  let leader: SessionInfo;
  let reviewed: { attemptId: string; stepId: string; elementId: string; scenarioId: string };

  beforeAll(async () => {
    w = await openDemoWorkspace(testClock('2026-11-23T09:00:00.000Z'));
    const state = await ok<{ people: { id: string; name: string }[] }>(w.service, 'getAppState', {});
    leader = await ok<SessionInfo>(w.service, 'signIn', { personId: state.people.find((p) => p.name === 'Siti Rahman')!.id, pin: DEMO_PIN });
    const queue = await ok<ReviewQueueItem[]>(w.service, 'reviewQueue', { filter: 'all' }, w.manager.token);
    for (const item of queue) {
      const review = await ok<AttemptForReview>(w.service, 'getAttemptForReview', { attemptId: item.attemptId }, w.manager.token);
      const step = review.attempt.score?.steps.find((s) => s.kind === 'free-text' && s.elements.some((e) => e.status === 'missed'));
      if (step?.kind !== 'free-text') continue;
      const element = step.elements.find((e) => e.status === 'missed')!;
      await ok(w.service, 'reviewAttempt', { attemptId: item.attemptId, overrides: [{ stepId: step.stepId, elementId: element.elementId, from: 'missed', to: 'hit', reason: 'She offered it in her own words.' }], comment: '' }, w.manager.token);
      reviewed = { attemptId: item.attemptId, stepId: step.stepId, elementId: element.elementId, scenarioId: review.attempt.scenarioId };
      break;
    }
  });
  afterAll(() => closeWorkspace({ folder: w.dir, service: w.service }));

  it('offers the overridden element, the reviewer, the reason and the reply cut into parts', async () => {
    const lessons = await ok<RubricLesson[]>(w.service, 'rubricLessons', { id: reviewed.scenarioId }, leader.token);
    const lesson = lessons.find((l) => l.attemptId === reviewed.attemptId)!;
    expect(lesson).toMatchObject({ stepId: reviewed.stepId, elementId: reviewed.elementId, to: 'hit', reviewerName: 'Maria Santos', reason: 'She offered it in her own words.' });
    expect(lesson.clauses.length).toBeGreaterThan(0);
    expect(lesson.clauses.every((c) => lesson.reply.includes(c))).toBe(true);
  });

  it('counts the past replies a phrase from the lesson would score differently', async () => {
    const lessons = await ok<RubricLesson[]>(w.service, 'rubricLessons', { id: reviewed.scenarioId }, leader.token);
    const lesson = lessons.find((l) => l.attemptId === reviewed.attemptId)!;
    const detail = await ok<ScenarioDetail>(w.service, 'getScenario', { id: reviewed.scenarioId }, leader.token);
    const scenario = detail.draft ?? detail.versions.at(-1)!.scenario;
    const step = scenario.steps[lesson.stepId];
    if (step.type !== 'free-text') throw new Error('expected a free-text step');
    const same = await ok<RubricChangeImpact>(w.service, 'previewRubricChange', { id: reviewed.scenarioId, stepId: lesson.stepId, step }, leader.token);
    expect(same).toMatchObject({ verdictsChanged: 0, elementsChanged: 0 });
    expect(same.replies).toBeGreaterThan(0);
    // Each part of the reply is tried as a phrase; the reviewed reply itself then meets the element.
    const impacts = await Promise.all(lesson.clauses.map((c) => ok<RubricChangeImpact>(w.service, 'previewRubricChange', { id: reviewed.scenarioId, stepId: lesson.stepId, step: withPhrase(step, lesson.elementId, c) }, leader.token)));
    expect(Math.max(...impacts.map((i) => i.elementsChanged))).toBeGreaterThanOrEqual(1);
  });

  it('is the author’s: a manager may not read the lessons', async () => {
    const refused = await w.service.call('rubricLessons', { id: reviewed.scenarioId }, w.manager.token);
    expect(refused.ok).toBe(false);
  });

  it('cuts a reply at its punctuation into parts of two words or more', () => {
    expect(clausesOf('So sorry Ifeoma! Our rider brings it tomorrow, before 10. Ok?')).toEqual(['So sorry Ifeoma', 'Our rider brings it tomorrow', 'before 10']);
  });
});
