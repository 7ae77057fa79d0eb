/** The team and person reports as PDF files: built in core, so the desktop app and the browser get the same document. */
import { buildTeamReport, workspaceReportContext } from '../../progress';
import { personReportPdf } from '../../progress/report-pdf/person-report-pdf';
import type { ReportHeading } from '../../progress/report-pdf/report-page-frame';
import { teamReportPdf } from '../../progress/report-pdf/team-report-pdf';
import { attemptFilterWords, dateTimeWords, filterWords, madeAtWords, pdfFileName, periodWords, todayIn } from '../../progress/report-pdf/report-pdf-words';
import { workspaceTimeZone } from '../../settings/workspace-time-zone';
import type { HandlerContext, HandlersOf } from '../handler-types';
import { personReportFor } from './person-report-for';
import type { progressOps } from '../../../shared/contract/progress-ops';

/** The shop, the day and the frame words every report PDF of this workspace shares. */
function headingFor(ctx: HandlerContext, title: string, range: { from?: string; to?: string }, filters: string): { heading: ReportHeading; today: string; timeZone: string } {
  const { settings } = ctx.ws.data;
  const timeZone = workspaceTimeZone(settings);
  const today = todayIn(ctx.now, timeZone);
  const heading = {
    shopName: settings.demo && !/demo/i.test(settings.brandName) ? `${settings.brandName} (demo shop)` : settings.brandName,
    title,
    period: periodWords(range, today),
    filters,
    madeAt: madeAtWords(ctx.now, timeZone),
  };
  return { heading, today, timeZone };
}

const file = (fileName: string, pdf: { bytes: Uint8Array; pages: number }) => ({ fileName, base64: Buffer.from(pdf.bytes).toString('base64'), pages: pdf.pages });

export const reportPdfHandlers = {
  async teamReportPdf(input, ctx) {
    const report = buildTeamReport(await ctx.ws.attempts.allSummaries(), workspaceReportContext(ctx.ws.data, ctx.now), input);
    const { heading, today } = headingFor(ctx, 'Team report', input, filterWords(input));
    const pdf = await teamReportPdf({ report, heading, fontsDir: ctx.ws.fontsDir, createdAt: ctx.now });
    return file(pdfFileName('team-report', [ctx.ws.data.settings.brandName], today), pdf);
  },

  async personReportPdf(input, ctx) {
    // The same report, and the same access rule, as the person report on screen.
    const report = await personReportFor(input, ctx);
    const scenarioTitle = workspaceReportContext(ctx.ws.data, ctx.now).scenarioTitle;
    const { heading, today, timeZone } = headingFor(ctx, `Person report: ${report.person.name}`, input.filters, attemptFilterWords(input.filters, scenarioTitle));
    const pdf = await personReportPdf({ report, heading, fontsDir: ctx.ws.fontsDir, dateTime: (iso) => dateTimeWords(iso, timeZone), createdAt: ctx.now });
    return file(pdfFileName('person-report', [report.person.name], today), pdf);
  },
} satisfies HandlersOf<typeof progressOps>;
