/**
 * The team report as a PDF document: a summary page, then the heatmap cut into landscape pages
 * (eight standards across, people rows continuing with the header repeated), every page with the
 * shop's name, the period, the filters and its number. Plain data in, bytes out.
 */
import { PDFDocument } from 'pdf-lib';
import type { TeamReport } from '../../../shared/domain/progress';
import { drawHeatmapPage, rowsPerPage, STANDARDS_PER_PAGE } from './heatmap-page';
import { planHeatmapPages } from './heatmap-page-plan';
import { PdfCanvas } from './pdf-canvas';
import { embedReportFonts } from './pdf-fonts';
import { drawPageFrame, PAGE_SIZE, type ReportHeading } from './report-page-frame';
import { drawSummaryPage } from './summary-page';

export interface TeamReportPdfInput {
  report: TeamReport;
  heading: ReportHeading;
  fontsDir: string;
  /** Fixed in tests so the same report gives the same bytes. */
  createdAt: Date;
}

export async function teamReportPdf({ report, heading, fontsDir, createdAt }: TeamReportPdfInput): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${heading.shopName} — ${heading.title} (${heading.period})`);
  doc.setAuthor(heading.shopName);
  doc.setCreator('CX Dojo');
  doc.setProducer('CX Dojo');
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);
  const fonts = await embedReportFonts(doc, fontsDir);
  const addPage = () => new PdfCanvas(doc.addPage(PAGE_SIZE), fonts);

  const canvases = [addPage()];
  drawSummaryPage(canvases[0], report);
  const slices = planHeatmapPages(report.standards.length, report.rows.length, STANDARDS_PER_PAGE, rowsPerPage(canvases[0], report));
  for (const slice of slices) {
    const canvas = addPage();
    drawHeatmapPage(canvas, report, slice);
    canvases.push(canvas);
  }
  canvases.forEach((canvas, i) => drawPageFrame(canvas, heading, i + 1, canvases.length));
  return { bytes: await doc.save(), pages: canvases.length };
}
