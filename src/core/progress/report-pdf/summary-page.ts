/** The first page of the team report PDF: headline rates, the standards weakest first, and what is overdue. */
import type { TeamReport } from '../../../shared/domain/progress';
import { INK, MUTED, PdfCanvas, RULE } from './pdf-canvas';
import { dayWords } from './report-pdf-words';
import { CONTENT_BOTTOM, CONTENT_TOP, MARGIN } from './report-page-frame';

const pct = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

function stats(report: TeamReport): [string, string, string][] {
  return [
    ['Attempts', String(report.attemptsConsidered), 'in the chosen period'],
    ['Assignments done', pct(report.completionRate), 'of everything assigned and open'],
    ['Scenario pass rate', pct(report.scenarioPassRate), 'of assigned scenarios finished'],
    ['Playbook acknowledged', pct(report.acknowledgementRate), 'of people asked to read it'],
    ['Overdue', String(report.overdue.length), 'people × assignments past due'],
  ];
}

/** Lines of a list, cut with "… and N more" where the column ends. */
export function drawList(canvas: PdfCanvas, title: string, lines: string[], empty: string, x: number, top: number, width: number): void {
  canvas.text(title, x, top, { size: 12, bold: true });
  let y = top + 22;
  if (lines.length === 0) return canvas.text(empty, x, y, { size: 9.5, color: MUTED });
  for (const [i, line] of lines.entries()) {
    const needed = canvas.wrap(line, width, { size: 9.5 }).length * 12.4;
    if (y + needed > CONTENT_BOTTOM - 16 && i < lines.length) {
      canvas.text(`… and ${lines.length - i} more`, x, y, { size: 9.5, color: MUTED });
      return;
    }
    y += canvas.paragraph(line, x, y, width, { size: 9.5 }) + 2;
  }
}

export function drawSummaryPage(canvas: PdfCanvas, report: TeamReport): void {
  const width = canvas.width - MARGIN * 2;
  const gap = 10;
  const boxWidth = (width - gap * 4) / 5;
  stats(report).forEach(([label, value, hint], i) => {
    const x = MARGIN + i * (boxWidth + gap);
    canvas.box(x, CONTENT_TOP, boxWidth, 70, undefined, RULE);
    canvas.text(label, x + 10, CONTENT_TOP + 10, { size: 9, color: MUTED });
    canvas.text(value, x + 10, CONTENT_TOP + 24, { size: 20, bold: true, color: INK });
    canvas.text(hint, x + 10, CONTENT_TOP + 52, { size: 7.5, color: MUTED });
  });
  const columnTop = CONTENT_TOP + 96;
  const columnWidth = (width - 30) / 2;
  const ranked = report.standardsRanked.map(
    (s, i) => `${i + 1}. ${s.title} — ${s.average === null ? 'not enough attempts yet' : `${Math.round(s.average * 100)} (${s.people} people)`}`,
  );
  drawList(canvas, 'Standards, weakest first', ranked, 'No standards yet.', MARGIN, columnTop, columnWidth);
  const overdue = report.overdue.map((o) => `${o.name}: ${o.title} (due ${dayWords(o.dueDate.slice(0, 10))})`);
  drawList(canvas, 'Overdue', overdue, 'Nothing is overdue.', MARGIN + columnWidth + 30, columnTop, columnWidth);
}
