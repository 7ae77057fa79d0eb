/** The team report as a PDF file: built in core, so the desktop app and the browser get the same document. */
import { buildTeamReport, workspaceReportContext } from '../../progress';
import { teamReportPdf } from '../../progress/report-pdf/team-report-pdf';
import { filterWords, madeAtWords, pdfFileName, periodWords, todayIn } from '../../progress/report-pdf/report-pdf-words';
import { workspaceTimeZone } from '../../settings/workspace-time-zone';
import type { Handlers } from '../handler-types';

export const reportPdfHandlers: Handlers<'teamReportPdf'> = {
  async teamReportPdf(input, ctx) {
    const report = buildTeamReport(await ctx.ws.attempts.allSummaries(), workspaceReportContext(ctx.ws.data, ctx.now), input);
    const { settings } = ctx.ws.data;
    const timeZone = workspaceTimeZone(settings);
    const today = todayIn(ctx.now, timeZone);
    const heading = {
      shopName: settings.demo && !/demo/i.test(settings.brandName) ? `${settings.brandName} (demo shop)` : settings.brandName,
      title: 'Team report',
      period: periodWords(input, today),
      filters: filterWords(input),
      madeAt: madeAtWords(ctx.now, timeZone),
    };
    const pdf = await teamReportPdf({ report, heading, fontsDir: ctx.ws.fontsDir, createdAt: ctx.now });
    return { fileName: pdfFileName(settings.brandName, today), base64: Buffer.from(pdf.bytes).toString('base64'), pages: pdf.pages };
  },
};
