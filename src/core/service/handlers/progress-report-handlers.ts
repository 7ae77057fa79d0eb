/** Team and person reports, the evidence behind a heatmap cell, and the CSV exports — all from attempt summaries. */
import {
  acknowledgementsCsv,
  attemptsCsv,
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
import type { HandlersOf } from '../handler-types';
import { assertMayReadPerson, personReportFor } from './person-report-for';
import type { progressOps } from '../../../shared/contract/progress-ops';

export const reportHandlers = {
  async teamReport(input, ctx) {
    return buildTeamReport(await ctx.ws.attempts.allSummaries(), workspaceReportContext(ctx.ws.data, ctx.now), input);
  },

  personReport: personReportFor,

  async masteryEvidence(input, ctx) {
    assertMayReadPerson(ctx, input.personId);
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
} satisfies HandlersOf<typeof progressOps>;
