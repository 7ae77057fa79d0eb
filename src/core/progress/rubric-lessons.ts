/**
 * What reviews teach a rubric. When a manager overrides an element ("met" where the scorer missed
 * it, or "not met" where it matched), that reply shows the author words the rubric does not know or
 * words it should not trust. Each lesson offers the reply's clauses as phrases for the element, and
 * any rubric change can be previewed against every past reply of the step: how many verdicts and
 * element results it would change.
 */
import type { Attempt } from '../../shared/domain/attempt';
import type { FreeTextStep, Scenario } from '../../shared/domain/scenario';
import type { RubricLesson, RubricChangeImpact } from '../../shared/domain/rubric-lessons';
import { replyContextFor } from '../scoring/reply-context';
import { scoreFreeTextReply } from '../scoring/score-free-text-reply';

/** A reply cut at its punctuation into the parts an author could add as a phrase. */
export function clausesOf(reply: string): string[] {
  const parts = reply.split(/[.!?;,\n\u3002]+|\s[-–—]\s/u).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 2 || /[\u0e00-\u0e7f]{4,}/.test(p));
  return [...new Set(parts)].slice(0, 8);
}

/**
 * Every element override in the latest review of each attempt that still applies to the scenario's
 * current rubric (the step and element exist), newest first.
 */
export function rubricLessons(scenario: Scenario, attempts: readonly Attempt[], names: (personId: string) => string): RubricLesson[] {
  const lessons: RubricLesson[] = [];
  for (const attempt of attempts) {
    if (attempt.scenarioId !== scenario.id) continue;
    const review = attempt.reviews.at(-1);
    if (!review) continue;
    for (const o of review.overrides) {
      if ((o.check ?? 'element') !== 'element' || o.to === 'na' || o.from === o.to) continue;
      const step = scenario.steps[o.stepId];
      if (step?.type !== 'free-text') continue;
      const element = step.rubric.elements.find((e) => e.id === o.elementId);
      const reply = attempt.steps.find((s) => s.stepId === o.stepId)?.reply;
      if (!element || !reply) continue;
      lessons.push({
        attemptId: attempt.id,
        stepId: o.stepId,
        elementId: element.id,
        elementLabel: element.label,
        to: o.to,
        reason: o.reason,
        reviewerName: names(review.reviewerId),
        at: review.at,
        reply,
        clauses: o.to === 'hit' ? clausesOf(reply) : [],
      });
    }
  }
  return lessons.sort((a, b) => b.at.localeCompare(a.at));
}

/** The replies trainees gave at this step, in every attempt of the scenario. */
export function pastReplies(scenarioId: string, stepId: string, attempts: readonly Attempt[]): { reply: string; replyTimeSec: number }[] {
  return attempts.filter((a) => a.scenarioId === scenarioId).flatMap((a) => a.steps.filter((s) => s.stepId === stepId && s.kind === 'free-text').map((s) => ({ reply: s.reply, replyTimeSec: s.replyTimeSec })));
}

/** How many past replies a rubric change would score differently: verdicts, and any element's result. */
export function rubricChangeImpact(scenario: Scenario, stepId: string, changed: FreeTextStep, replies: readonly { reply: string; replyTimeSec: number }[]): RubricChangeImpact {
  const before = scenario.steps[stepId];
  if (before?.type !== 'free-text') return { replies: 0, verdictsChanged: 0, elementsChanged: 0 };
  const after = { ...scenario, steps: { ...scenario.steps, [stepId]: changed } };
  let verdictsChanged = 0;
  let elementsChanged = 0;
  for (const r of replies) {
    const a = scoreFreeTextReply(r.reply, before, replyContextFor(scenario, stepId, { replyTimeSec: r.replyTimeSec }));
    const b = scoreFreeTextReply(r.reply, changed, replyContextFor(after, stepId, { replyTimeSec: r.replyTimeSec }));
    if (a.passed !== b.passed) verdictsChanged++;
    const statusOf = new Map(a.elements.map((e) => [e.elementId, e.status]));
    if (b.elements.some((e) => statusOf.get(e.elementId) !== e.status)) elementsChanged++;
  }
  return { replies: replies.length, verdictsChanged, elementsChanged };
}
