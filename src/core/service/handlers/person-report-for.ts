/**
 * One person's report as the person report and its PDF both need it, behind the one access rule
 * they share: employees may open only their own progress; managers and leaders anyone's.
 */
import type { CoachingCommentView, PersonReport } from '../../../shared/domain/progress';
import type { ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { buildPersonReport, personName, workspaceReportContext } from '../../progress';
import { actorOf, type HandlerContext } from '../handler-types';

export function assertMayReadPerson(ctx: HandlerContext, personId: string): void {
  const actor = actorOf(ctx);
  if (actor.role === 'employee' && actor.id !== personId) throw new AppError('FORBIDDEN', 'You can open only your own progress.');
  if (!ctx.ws.data.people.some((p) => p.id === personId)) throw new AppError('NOT_FOUND', 'That person does not exist.');
}

export async function personReportFor(input: ParsedInputOf<'personReport'>, ctx: HandlerContext): Promise<PersonReport> {
  assertMayReadPerson(ctx, input.personId);
  const report = workspaceReportContext(ctx.ws.data, ctx.now);
  const records = await ctx.ws.attempts.summariesFor(input.personId);
  const scenarioOf = new Map(records.map((r) => [r.id, r.scenarioId]));
  const comments: CoachingCommentView[] = (await ctx.ws.attempts.listComments(input.personId))
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((c) => ({
      id: c.id,
      at: c.at,
      authorName: personName(report, c.authorId),
      text: c.text,
      attemptId: c.attemptId,
      scenarioTitle: c.attemptId && scenarioOf.has(c.attemptId) ? report.scenarioTitle(scenarioOf.get(c.attemptId)!) : null,
      standardId: c.standardId,
      readAt: c.readAt,
    }));
  return buildPersonReport(input.personId, records, comments, report, input.filters);
}
