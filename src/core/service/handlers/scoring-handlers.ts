/** Re-scoring past attempts with the current rules: preview, apply (recorded), list and undo the latest. */
import type { scoringOps } from '../../../shared/contract/scoring-ops';
import type { Attempt } from '../../../shared/domain/attempt';
import type { RescorePreview, RescoreRun, RescoreRunView } from '../../../shared/domain/rescore-run';
import { AppError } from '../../../shared/errors';
import { personName, planRescore, undoRescore, workspaceReportContext, type RescoreContext } from '../../progress';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { newRecordId } from '../../store/record-id';

async function allAttempts(ctx: HandlerContext): Promise<Attempt[]> {
  const people = [...new Set((await ctx.ws.attempts.allSummaries()).map((s) => s.personId))];
  return (await Promise.all(people.map((id) => ctx.ws.attempts.listAttempts(id)))).flat();
}

function rescoreContext(ctx: HandlerContext): RescoreContext {
  const data = ctx.ws.data;
  const scenarioOf = (a: Attempt) => data.scenarios.find((e) => e.id === a.scenarioId)?.versions.find((v) => v.version === a.scenarioVersion) ?? null;
  return {
    scenarioOf,
    passMarkOf: (a) => data.assignments.find((x) => x.id === a.assignmentId)?.passMark ?? scenarioOf(a)?.passMark ?? 0.8,
    standardIds: workspaceReportContext(data, ctx.now).standards.map((s) => s.id),
  };
}

function runView(ctx: HandlerContext, run: RescoreRun): RescoreRunView {
  const report = workspaceReportContext(ctx.ws.data, ctx.now);
  const latestInForce = [...ctx.ws.data.rescoreRuns].reverse().find((r) => r.undoneAt === null);
  return {
    ...run,
    byName: personName(report, run.byId),
    undoneByName: run.undoneById ? personName(report, run.undoneById) : null,
    canUndo: run.undoneAt === null && latestInForce?.id === run.id,
  };
}

export const scoringHandlers = {
  async previewRescore(_input, ctx) {
    const plan = planRescore(await allAttempts(ctx), rescoreContext(ctx), 'preview', ctx.now.toISOString());
    const report = workspaceReportContext(ctx.ws.data, ctx.now);
    const examples: RescorePreview['examples'] = [...plan.changes]
      .sort((a, b) => Math.abs(b.after.score - b.before.score) - Math.abs(a.after.score - a.before.score))
      .slice(0, 20)
      .map((c) => ({
        attemptId: c.attempt.id,
        personName: personName(report, c.attempt.personId),
        scenarioTitle: report.scenarioTitle(c.attempt.scenarioId),
        endedAt: c.attempt.endedAt,
        before: c.before.score,
        after: c.after.score,
        passedBefore: c.before.passed,
        passedAfter: c.after.passed,
      }));
    const { considered, toPass, toFail, levelsChanged, keptReviewed, skippedMissingScenario } = plan;
    return { considered, changed: plan.changes.length, toPass, toFail, levelsChanged, keptReviewed, skippedMissingScenario, examples };
  },

  async applyRescore(_input, ctx) {
    const actor = actorOf(ctx);
    const id = newRecordId();
    const at = ctx.now.toISOString();
    const plan = planRescore(await allAttempts(ctx), rescoreContext(ctx), id, at);
    for (const change of plan.changes) await ctx.ws.attempts.saveAttempt(change.attempt);
    const run: RescoreRun = {
      id,
      at,
      byId: actor.id,
      considered: plan.considered,
      changed: plan.changes.length,
      toPass: plan.toPass,
      toFail: plan.toFail,
      levelsChanged: plan.levelsChanged,
      keptReviewed: plan.keptReviewed,
      undoneAt: null,
      undoneById: null,
    };
    await ctx.ws.mutate((data) => {
      data.rescoreRuns.push(run);
    });
    return runView(ctx, run);
  },

  listRescoreRuns(_input, ctx) {
    return [...ctx.ws.data.rescoreRuns].reverse().map((r) => runView(ctx, r));
  },

  async undoRescore({ runId }, ctx) {
    const actor = actorOf(ctx);
    const run = ctx.ws.data.rescoreRuns.find((r) => r.id === runId);
    if (!run) throw new AppError('NOT_FOUND', 'That re-scoring does not exist.');
    if (!runView(ctx, run).canUndo) throw new AppError('CONFLICT', run.undoneAt ? 'That re-scoring was already undone.' : 'Undo the newer re-scoring first: only the latest one can be undone.');
    const at = ctx.now.toISOString();
    const undoId = newRecordId();
    for (const attempt of await allAttempts(ctx)) {
      const undone = undoRescore(attempt, runId, undoId, at);
      if (undone) await ctx.ws.attempts.saveAttempt(undone);
    }
    const updated = await ctx.ws.mutate((data) => {
      const stored = data.rescoreRuns.find((r) => r.id === runId)!;
      stored.undoneAt = at;
      stored.undoneById = actor.id;
      return { ...stored };
    });
    return runView(ctx, updated);
  },
} satisfies HandlersOf<typeof scoringOps>;
