/** What reviews teach a scenario's rubric, and previewing a rubric change against past replies. */
import type { scenarioOps } from '../../../shared/contract/scenario-ops';
import type { Attempt } from '../../../shared/domain/attempt';
import type { Scenario } from '../../../shared/domain/scenario';
import { latestPublished } from '../../../shared/domain/scenario-library';
import { AppError } from '../../../shared/errors';
import { pastReplies, rubricChangeImpact, rubricLessons } from '../../progress/rubric-lessons';
import type { HandlerContext, HandlersOf } from '../handler-types';
import { findScenarioEntry } from './scenario-handler-support';

function currentScenario(ctx: HandlerContext, id: string): Scenario {
  const entry = findScenarioEntry(ctx.ws.data, id);
  const scenario = entry.draft ?? latestPublished(entry);
  if (!scenario) throw new AppError('NOT_FOUND', 'This scenario has no version to look at.');
  return scenario;
}

async function attemptsOf(ctx: HandlerContext, scenarioId: string, reviewedOnly: boolean): Promise<Attempt[]> {
  const summaries = (await ctx.ws.attempts.allSummaries()).filter((s) => s.scenarioId === scenarioId && (!reviewedOnly || s.reviewed));
  const attempts = await Promise.all(summaries.map((s) => ctx.ws.attempts.getAttempt(s.personId, s.id)));
  return attempts.filter((a): a is Attempt => a !== null);
}

export const scenarioLessonHandlers = {
  async rubricLessons({ id }, ctx) {
    const scenario = currentScenario(ctx, id);
    const names = new Map(ctx.ws.data.people.map((p) => [p.id, p.name]));
    return rubricLessons(scenario, await attemptsOf(ctx, id, true), (personId) => names.get(personId) ?? 'Former member');
  },

  async previewRubricChange({ id, stepId, step }, ctx) {
    const scenario = currentScenario(ctx, id);
    if (scenario.steps[stepId]?.type !== 'free-text') throw new AppError('NOT_FOUND', `Step "${stepId}" is not a free-text step of this scenario.`);
    return rubricChangeImpact(scenario, stepId, step, pastReplies(id, stepId, await attemptsOf(ctx, id, false)));
  },
} satisfies HandlersOf<typeof scenarioOps>;
