/** The review queue, reviewing an attempt (overrides with reasons, the audit trail) and coaching comments. */
import type { AttemptForReview } from '../../../shared/contract/progress-ops';
import { automaticScore, type Attempt, type CoachingComment } from '../../../shared/domain/attempt';
import { AppError } from '../../../shared/errors';
import { personName, reviewAttempt, ReviewError, reviewConversation, reviewQueue, workspaceReportContext, type ProgressRecord } from '../../progress';
import { describeDecisions } from '../../progress/review-decisions';
import { humanisedId } from '../../progress/reply-explanation';
import { reviewReplies, standardIdsOf } from '../../progress/review-replies';
import { standardTitlesFrom } from '../../training/standard-titles';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { newRecordId } from '../../store/record-id';
import type { progressOps } from '../../../shared/contract/progress-ops';

function scenarioVersion(ctx: HandlerContext, scenarioId: string, version: number) {
  return ctx.ws.data.scenarios.find((e) => e.id === scenarioId)?.versions.find((v) => v.version === version) ?? null;
}

function passMarkOf(ctx: HandlerContext, r: Pick<ProgressRecord, 'assignmentId' | 'scenarioId' | 'scenarioVersion'>): number {
  const assignment = r.assignmentId ? ctx.ws.data.assignments.find((a) => a.id === r.assignmentId) : undefined;
  return assignment?.passMark ?? scenarioVersion(ctx, r.scenarioId, r.scenarioVersion)?.passMark ?? 0.8;
}

async function findAttempt(ctx: HandlerContext, attemptId: string): Promise<Attempt> {
  const summary = (await ctx.ws.attempts.allSummaries()).find((s) => s.id === attemptId);
  const attempt = summary ? await ctx.ws.attempts.getAttempt(summary.personId, attemptId) : null;
  if (!attempt) throw new AppError('NOT_FOUND', 'That attempt does not exist.');
  return attempt;
}

function forReview(ctx: HandlerContext, attempt: Attempt): AttemptForReview {
  const scenario = scenarioVersion(ctx, attempt.scenarioId, attempt.scenarioVersion);
  if (!scenario) throw new AppError('NOT_FOUND', `Version ${attempt.scenarioVersion} of scenario "${attempt.scenarioId}" is no longer in this workspace.`);
  const report = workspaceReportContext(ctx.ws.data, ctx.now);
  const titles = standardTitlesFrom(ctx.ws.data.playbook);
  const titleOf = (id: string) => (titles(id).title === id ? humanisedId(id) : titles(id).title);
  const automatic = automaticScore(attempt);
  return {
    attempt,
    personName: personName(report, attempt.personId),
    scenario,
    passMark: passMarkOf(ctx, attempt),
    conversation: reviewConversation(attempt, scenario),
    standardTitles: Object.fromEntries(standardIdsOf(attempt).map((id) => [id, titleOf(id)])),
    replies: reviewReplies(automatic, attempt.reviews.at(-1)?.score ?? null, titleOf),
    reviews: attempt.reviews.map((r) => ({ ...r, reviewerName: personName(report, r.reviewerId), decisions: describeDecisions(r.overrides, automatic) })),
  };
}

export const reviewHandlers = {
  async reviewQueue(input, ctx) {
    const freeTextSteps = new Map<string, Set<string>>();
    const hasFreeText = (r: ProgressRecord) => {
      const key = `${r.scenarioId}@${r.scenarioVersion}`;
      let steps = freeTextSteps.get(key);
      if (!steps) {
        const scenario = scenarioVersion(ctx, r.scenarioId, r.scenarioVersion);
        steps = new Set(scenario ? Object.entries(scenario.steps).filter(([, s]) => s.type === 'free-text').map(([id]) => id) : []);
        freeTextSteps.set(key, steps);
      }
      return r.replyTimes.some((t) => steps.has(t.stepId));
    };
    const report = workspaceReportContext(ctx.ws.data, ctx.now);
    const actor = actorOf(ctx);
    const records = (await ctx.ws.attempts.allSummaries()).filter((r) => r.personId !== actor.id);
    return reviewQueue(records, input.filter, { hasFreeText, passMark: (r) => passMarkOf(ctx, r), personName: (id) => personName(report, id), scenarioTitle: report.scenarioTitle });
  },

  async getAttemptForReview(input, ctx) {
    return forReview(ctx, await findAttempt(ctx, input.attemptId));
  },

  async reviewAttempt(input, ctx) {
    const actor = actorOf(ctx);
    const attempt = await findAttempt(ctx, input.attemptId);
    if (attempt.personId === actor.id) throw new AppError('FORBIDDEN', 'You cannot review your own attempt. Ask another manager or the leader.');
    const at = ctx.now.toISOString();
    let reviewed: Attempt;
    try {
      const scenario = scenarioVersion(ctx, attempt.scenarioId, attempt.scenarioVersion);
    const rubricOf = (stepId: string) => {
      const step = scenario?.steps[stepId];
      return step?.type === 'free-text' ? step.rubric : undefined;
    };
    reviewed = reviewAttempt(attempt, { id: newRecordId(), reviewerId: actor.id, at, overrides: input.overrides, comment: input.comment, passMark: passMarkOf(ctx, attempt), rubricOf }).attempt;
    } catch (error) {
      if (error instanceof ReviewError) throw new AppError('INVALID_INPUT', error.message, [{ path: error.path, message: error.message }]);
      throw error;
    }
    await ctx.ws.attempts.saveAttempt(reviewed);
    if (input.comment) {
      const comment: CoachingComment = { id: newRecordId(), personId: attempt.personId, authorId: actor.id, at, text: input.comment, attemptId: attempt.id, standardId: null, readAt: null };
      await ctx.ws.attempts.saveComment(comment);
    }
    return forReview(ctx, reviewed);
  },

  async addCoachingComment(input, ctx) {
    const actor = actorOf(ctx);
    if (!ctx.ws.data.people.some((p) => p.id === input.personId)) throw new AppError('NOT_FOUND', 'That person does not exist.');
    const comment: CoachingComment = {
      id: newRecordId(),
      personId: input.personId,
      authorId: actor.id,
      at: ctx.now.toISOString(),
      text: input.text,
      attemptId: input.attemptId,
      standardId: input.standardId,
      readAt: null,
    };
    await ctx.ws.attempts.saveComment(comment);
    return { id: comment.id };
  },
} satisfies HandlersOf<typeof progressOps>;
