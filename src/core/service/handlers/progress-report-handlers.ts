/** Team and person reports, the evidence behind a heatmap cell, and the CSV exports — all from attempt summaries. */
import type { CoachingCommentView } from '../../../shared/domain/progress';
import { AppError } from '../../../shared/errors';
import {
  acknowledgementsCsv,
  attemptsCsv,
  buildPersonReport,
  buildTeamReport,
  masteryCsv,
  masteryEvidence,
  personName,
  recordMatches,
  standardTitle,
  workspaceReportContext,
  type ExportNames,
} from '../../progress';
import { ackDueDates } from '../../playbook/ack-due-dates';
import { workspaceTimeZone } from '../../settings/workspace-time-zone';
import { actorOf, type HandlerContext, type Handlers } from '../handler-types';

type ReportOps = 'teamReport' | 'personReport' | 'masteryEvidence' | 'exportCsv';

/** Employees may open only their own progress; managers and leaders anyone's. */
function assertMayRead(ctx: HandlerContext, personId: string): void {
  const actor = actorOf(ctx);
  if (actor.role === 'employee' && actor.id !== personId) throw new AppError('FORBIDDEN', 'You can open only your own progress.');
  if (!ctx.ws.data.people.some((p) => p.id === personId)) throw new AppError('NOT_FOUND', 'That person does not exist.');
}

export const reportHandlers: Handlers<ReportOps> = {
  async teamReport(input, ctx) {
    return buildTeamReport(await ctx.ws.attempts.allSummaries(), workspaceReportContext(ctx.ws.data, ctx.now), input);
  },

  async personReport(input, ctx) {
    assertMayRead(ctx, input.personId);
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
  },

  async masteryEvidence(input, ctx) {
    assertMayRead(ctx, input.personId);
    return masteryEvidence(await ctx.ws.attempts.summariesFor(input.personId), input.standardId, workspaceReportContext(ctx.ws.data, ctx.now), input.filters);
  },

  async exportCsv(input, ctx) {
    const report = workspaceReportContext(ctx.ws.data, ctx.now);
    const people = report.people.filter((p) => p.active && p.role !== 'leader' && (!input.filters.role || p.role === input.filters.role));
    const ids = people.map((p) => p.id);
    const included = new Set(ids);
    const records = (await ctx.ws.attempts.allSummaries()).filter((r) => included.has(r.personId) && recordMatches(r, input.filters));
    const names: ExportNames = {
      person: (id) => personName(report, id),
      scenario: report.scenarioTitle,
      standardIds: report.standards.map((s) => s.id),
      standardTitle: (id) => standardTitle(report, id),
      timeZone: workspaceTimeZone(ctx.ws.data.settings),
    };
    const stamp = ctx.now.toISOString().slice(0, 10);
    if (input.kind === 'attempts') return { fileName: `cx-dojo-attempts-${stamp}.csv`, text: attemptsCsv(records, names), rows: records.length };
    if (input.kind === 'mastery') {
      return { fileName: `cx-dojo-mastery-${stamp}.csv`, text: masteryCsv(records, ids, names), rows: ids.length * names.standardIds.length };
    }
    const { ackRequests, acknowledgements } = report;
    return { fileName: `cx-dojo-acknowledgements-${stamp}.csv`, text: acknowledgementsCsv(ackRequests, acknowledgements, ids, names, ackDueDates(ackRequests, report.assignments)), rows: ackRequests.length * ids.length };
  },
};
