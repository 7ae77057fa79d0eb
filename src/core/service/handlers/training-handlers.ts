/**
 * Core implementations of the training operations. The state machine and views are pure
 * (src/core/training); here they meet the store: every change is saved before it is answered.
 */
import type { AnswerResult } from '../../../shared/contract/training-ops';
import type { trainingOps } from '../../../shared/contract/training-ops';
import type { Attempt } from '../../../shared/domain/attempt';
import { latestPublished } from '../../../shared/domain/scenario-library';
import { AppError } from '../../../shared/errors';
import { abandonAttempt, answerStep, finishAttempt, markPromptShown, resumableAttempt, startAttempt, type Answer } from '../../training/attempt-machine';
import { assignmentOf, loadAttempt, oneAtATime, passMarkFor, playedVersion, viewContextFor } from '../../training/attempt-access';
import { attemptView, stepFeedback } from '../../training/attempt-view';
import { practiceLibrary } from '../../training/practice-library';
import { standardTitlesFrom } from '../../training/standard-titles';
import { trainingHome } from '../../training/training-home';
import { ackDueDates } from '../../playbook/ack-due-dates';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { newRecordId } from '../../store/record-id';

const view = (ctx: HandlerContext, attempt: Attempt) => attemptView(attempt, viewContextFor(ctx.ws.data, attempt));

/** Loads the signed-in person's own attempt, applies a transition, saves it, and returns the view. */
async function change(ctx: HandlerContext, attemptId: string, transition: (attempt: Attempt) => Attempt) {
  const actor = actorOf(ctx);
  return oneAtATime(attemptId, async () => {
    const before = await loadAttempt(ctx.ws.attempts, actor, attemptId, 'play');
    const after = transition(before);
    if (after !== before) await ctx.ws.attempts.saveAttempt(after);
    return after;
  });
}

function playContext(ctx: HandlerContext, attempt: Attempt) {
  const scenario = playedVersion(ctx.ws.data, attempt);
  return { scenario, passMark: passMarkFor(ctx.ws.data, attempt, scenario), at: ctx.now };
}

export const trainingHandlers = {
  async trainingHome(_input, ctx) {
    const me = actorOf(ctx);
    const { data, attempts } = ctx.ws;
    const people = new Map(data.people.map((p) => [p.id, p.name]));
    return trainingHome({
      personId: me.id,
      now: ctx.now,
      assignments: data.assignments,
      scenarios: data.scenarios,
      summaries: await attempts.summariesFor(me.id),
      comments: await attempts.listComments(me.id),
      personName: (id) => people.get(id) ?? 'A former colleague',
      standardTitles: standardTitlesFrom(data.playbook),
      playbook: {
        latestVersion: data.playbook.versions.at(-1)?.number ?? null,
        acknowledgements: data.playbook.acknowledgements,
        dueDateOf: ackDueDates(data.playbook.ackRequests, data.assignments),
      },
    });
  },

  async practiceLibrary(_input, ctx) {
    const me = actorOf(ctx);
    return practiceLibrary(ctx.ws.data.scenarios, await ctx.ws.attempts.summariesFor(me.id), standardTitlesFrom(ctx.ws.data.playbook));
  },

  async startAttempt(input, ctx) {
    const me = actorOf(ctx);
    const { data, attempts } = ctx.ws;
    const entry = data.scenarios.find((e) => e.id === input.scenarioId);
    const scenario = entry ? latestPublished(entry) : null;
    if (!entry || !scenario) throw new AppError('NOT_FOUND', 'That scenario does not exist or has not been published yet.');
    const assignment = assignmentOf(data, input.assignmentId ?? null);
    if (input.assignmentId) {
      if (!assignment || !assignment.personIds.includes(me.id) || assignment.scenarioId !== entry.id) {
        throw new AppError('NOT_FOUND', 'That assignment is not yours, or it is for another scenario. Open it from your training home.');
      }
      if (assignment.closedAt) throw new AppError('CONFLICT', 'That assignment has been closed by a manager. You can still practise the scenario from the practice library.');
    } else if (entry.archivedAt) {
      throw new AppError('NOT_FOUND', 'That scenario has been archived and is no longer offered for practice.');
    }
    const assignmentId = assignment?.id ?? null;
    return oneAtATime(`start:${me.id}:${entry.id}:${assignmentId}`, async () => {
      const open = resumableAttempt(await attempts.summariesFor(me.id), entry.id, assignmentId);
      const resumed = open ? await attempts.getAttempt(me.id, open.id) : null;
      if (resumed) return view(ctx, resumed);
      const attempt = startAttempt(
        { id: newRecordId(), personId: me.id, assignmentId, mode: assignment?.mode ?? 'coach' },
        { scenario, passMark: assignment?.passMark ?? scenario.passMark, at: ctx.now },
      );
      await attempts.saveAttempt(attempt);
      return view(ctx, attempt);
    });
  },

  async getAttempt(input, ctx) {
    return view(ctx, await loadAttempt(ctx.ws.attempts, actorOf(ctx), input.attemptId, 'read'));
  },

  async markPromptShown(input, ctx) {
    return view(ctx, await change(ctx, input.attemptId, (a) => markPromptShown(a, input.stepId, ctx.now)));
  },

  async answerStep(input, ctx): Promise<AnswerResult> {
    const answer: Answer = input.optionId !== undefined ? { stepId: input.stepId, optionId: input.optionId } : { stepId: input.stepId, reply: input.reply ?? '' };
    const after = await change(ctx, input.attemptId, (a) => answerStep(a, answer, playContext(ctx, a)));
    const shown = view(ctx, after);
    const recorded = after.steps.at(-1);
    const coach = after.mode === 'coach' && recorded;
    return {
      attempt: shown,
      feedback: coach ? stepFeedback(recorded, playedVersion(ctx.ws.data, after)) : null,
      acknowledgement: coach ? 'Reply saved and scored.' : 'Reply saved. Your feedback comes at the end of the assessment.',
    };
  },

  async finishAttempt(input, ctx) {
    return view(ctx, await change(ctx, input.attemptId, (a) => finishAttempt(a, playContext(ctx, a))));
  },

  async abandonAttempt(input, ctx) {
    return view(ctx, await change(ctx, input.attemptId, (a) => abandonAttempt(a, ctx.now)));
  },

  async markCommentsRead(input, ctx) {
    const me = actorOf(ctx);
    const wanted = new Set(input.commentIds);
    let marked = 0;
    for (const comment of await ctx.ws.attempts.listComments(me.id)) {
      if (!wanted.has(comment.id) || comment.readAt !== null) continue;
      await ctx.ws.attempts.saveComment({ ...comment, readAt: ctx.now.toISOString() });
      marked += 1;
    }
    return { marked };
  },
} satisfies HandlersOf<typeof trainingOps>;
