/**
 * One person's report as a PDF document: a summary page, mastery per standard, then the recent
 * attempts, each table continuing onto further pages with its header repeated; every page framed
 * with the shop's name, the person, the period, the filters and its number. Plain data in, bytes out.
 */
import { PDFDocument } from 'pdf-lib';
import { MASTERY_LEVEL_WORDS, type AttemptRow, type MasteryCell, type PersonReport } from '../../../shared/domain/progress';
import { PdfCanvas } from './pdf-canvas';
import { embedReportFonts } from './pdf-fonts';
import { drawPersonSummaryPage } from './person-summary-page';
import { drawPageFrame, PAGE_SIZE, type ReportHeading } from './report-page-frame';
import { drawTablePage, planTablePages, type ReportTable } from './report-table-page';

export interface PersonReportPdfInput {
  report: PersonReport;
  heading: ReportHeading;
  fontsDir: string;
  /** Attempt times are printed in the workspace's zone. */
  dateTime: (iso: string) => string;
  /** Fixed in tests so the same report gives the same bytes. */
  createdAt: Date;
}

const pct = (value: number | null) => (value === null ? '–' : String(Math.round(value * 100)));

function levelWords(cell: MasteryCell): string {
  if (cell.level) return MASTERY_LEVEL_WORDS[cell.level];
  return cell.evidence === 0 ? 'no attempts' : 'too early';
}

function masteryTable(report: PersonReport): ReportTable {
  const title = (id: string) => report.standards.find((s) => s.id === id)?.title ?? id;
  return {
    title: 'Mastery per standard',
    note: 'weighted share of points in the newest 10 finished attempts on each standard; no level below 2 attempts',
    columns: [
      { title: 'Standard', share: 0.62 },
      { title: 'Level', share: 0.16 },
      { title: 'Figure', share: 0.1 },
      { title: 'Attempts', share: 0.12 },
    ],
    rows: report.mastery.map((m) => [title(m.standardId), levelWords(m), pct(m.value), String(m.evidence)]),
    empty: 'No standards yet.',
  };
}

function statusWords(a: AttemptRow): string {
  if (a.status !== 'finished') return a.status;
  return a.passed ? 'passed' : 'not passed';
}

function notes(a: AttemptRow): string {
  return [a.mode === 'assessment' ? 'assessment' : '', a.reviewed ? 'reviewed' : '', a.autoFailed ? 'auto-failed' : '', a.countedFor ?? ''].filter(Boolean).join(', ');
}

function attemptsTable(report: PersonReport, dateTime: (iso: string) => string): ReportTable {
  const shown = report.attemptsMatching > report.attempts.length ? `the newest ${report.attempts.length} of ${report.attemptsMatching} matching attempts` : 'newest first';
  return {
    title: 'Recent attempts',
    note: shown,
    columns: [
      { title: 'Started', share: 0.17 },
      { title: 'Scenario', share: 0.4 },
      { title: 'Score', share: 0.08 },
      { title: 'Passed', share: 0.12 },
      { title: 'Notes', share: 0.23 },
    ],
    rows: report.attempts.map((a) => [dateTime(a.startedAt), a.scenarioTitle, pct(a.score), statusWords(a), notes(a)]),
    empty: 'No attempts match.',
  };
}

export async function personReportPdf({ report, heading, fontsDir, dateTime, createdAt }: PersonReportPdfInput): Promise<{ bytes: Uint8Array; pages: number }> {
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
  drawPersonSummaryPage(canvases[0], report);
  for (const table of [masteryTable(report), attemptsTable(report, dateTime)]) {
    for (const slice of planTablePages(table.rows.length)) {
      const canvas = addPage();
      drawTablePage(canvas, table, slice);
      canvases.push(canvas);
    }
  }
  canvases.forEach((canvas, i) => drawPageFrame(canvas, heading, i + 1, canvases.length));
  return { bytes: await doc.save(), pages: canvases.length };
}
