/**
 * One page of the mastery heatmap in the PDF: the standards of its slice as columns (short titles,
 * wrapped), one row per person, each cell tinted by level and saying its number and level in words,
 * as on screen, so the page reads in black and white too.
 */
import { rgb, type RGB } from 'pdf-lib';
import { MASTERY_LEVEL_WORDS, type MasteryCell, type MasteryLevel, type TeamReport } from '../../../shared/domain/progress';
import { shortTitle } from '../../../shared/domain/standard-short-title';
import type { HeatmapSlice } from './heatmap-page-plan';
import { MUTED, PdfCanvas, RULE } from './pdf-canvas';
import { CONTENT_BOTTOM, CONTENT_TOP, MARGIN } from './report-page-frame';

export const STANDARDS_PER_PAGE = 8;
export const ROW_HEIGHT = 20;
const PERSON_WIDTH = 150;
const HEADER_SIZE = 8;
const HEADER_LINE = 10;
/** Title line and legend above the table. */
const TABLE_TOP = CONTENT_TOP + 34;

const TINT: Record<MasteryLevel, RGB> = {
  'not-yet': rgb(0.99, 0.86, 0.86),
  developing: rgb(1, 0.91, 0.78),
  solid: rgb(0.8, 0.94, 0.91),
  mastered: rgb(0.78, 0.93, 0.79),
};

const LEGEND: [MasteryLevel, string][] = [
  ['not-yet', 'not yet <50'],
  ['developing', 'developing 50–69'],
  ['solid', 'solid 70–84'],
  ['mastered', 'mastered 85+'],
];

const columnWidth = (canvas: PdfCanvas) => (canvas.width - MARGIN * 2 - PERSON_WIDTH) / STANDARDS_PER_PAGE;

/** The header row's height: the tallest wrapped short title among all standards, so every page has the same. */
export function headerHeight(canvas: PdfCanvas, report: TeamReport): number {
  const lines = Math.max(1, ...report.standards.map((s) => canvas.wrap(shortTitle(s.title), columnWidth(canvas) - 6, { size: HEADER_SIZE, bold: true }).length));
  return Math.min(lines, 5) * HEADER_LINE + 8;
}

export function rowsPerPage(canvas: PdfCanvas, report: TeamReport): number {
  return Math.floor((CONTENT_BOTTOM - TABLE_TOP - headerHeight(canvas, report)) / ROW_HEIGHT);
}

function cellWords(cell: MasteryCell): { value: string; words: string } {
  const value = cell.value === null ? '' : String(Math.round(cell.value * 100));
  if (cell.level) return { value, words: MASTERY_LEVEL_WORDS[cell.level] };
  return { value, words: cell.evidence === 0 ? 'no attempts' : 'too early' };
}

function fitted(canvas: PdfCanvas, text: string, width: number, size: number, bold: boolean): string {
  if (canvas.measure(text, { size, bold }) <= width) return text;
  let cut = text.length;
  while (cut > 1 && canvas.measure(`${text.slice(0, cut)}…`, { size, bold }) > width) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

export function drawHeatmapPage(canvas: PdfCanvas, report: TeamReport, slice: HeatmapSlice): void {
  const standards = report.standards.slice(slice.standardFrom, slice.standardTo);
  const rows = report.rows.slice(slice.rowFrom, slice.rowTo);
  const continued = slice.rowFrom > 0 ? ' (continued)' : '';
  canvas.text(`Mastery per standard${continued}`, MARGIN, CONTENT_TOP, { size: 12, bold: true });
  canvas.textRight(
    `standards ${slice.standardFrom + 1}–${slice.standardTo} of ${report.standards.length} · people ${slice.rowFrom + 1}–${slice.rowTo} of ${report.rows.length}`,
    canvas.width - MARGIN,
    CONTENT_TOP + 2,
    { size: 9, color: MUTED },
  );
  let legendX = MARGIN;
  for (const [level, label] of LEGEND) {
    canvas.box(legendX, CONTENT_TOP + 19, 10, 8, TINT[level]);
    canvas.text(label, legendX + 14, CONTENT_TOP + 18, { size: 8, color: MUTED });
    legendX += 24 + canvas.measure(label, { size: 8 });
  }

  const column = columnWidth(canvas);
  const head = headerHeight(canvas, report);
  canvas.box(MARGIN, TABLE_TOP, PERSON_WIDTH + column * standards.length, head, rgb(0.95, 0.96, 0.97), RULE);
  canvas.text('Person', MARGIN + 6, TABLE_TOP + head - 14, { size: HEADER_SIZE, bold: true });
  standards.forEach((s, i) => {
    const lines = canvas.wrap(shortTitle(s.title), column - 6, { size: HEADER_SIZE, bold: true }).slice(0, 5);
    const x = MARGIN + PERSON_WIDTH + i * column;
    lines.forEach((line, l) => canvas.text(line, x + 3, TABLE_TOP + head - 4 - (lines.length - l) * HEADER_LINE, { size: HEADER_SIZE, bold: true }));
  });

  rows.forEach((row, r) => {
    const top = TABLE_TOP + head + r * ROW_HEIGHT;
    canvas.box(MARGIN, top, PERSON_WIDTH, ROW_HEIGHT, undefined, RULE);
    const name = fitted(canvas, row.name, PERSON_WIDTH - 12 - canvas.measure(row.role, { size: 7 }), 9, true);
    canvas.text(name, MARGIN + 6, top + 5, { size: 9, bold: true });
    canvas.textRight(row.role, MARGIN + PERSON_WIDTH - 4, top + 7, { size: 7, color: MUTED });
    standards.forEach((s, i) => {
      const cell = row.cells.find((c) => c.standardId === s.id) ?? { standardId: s.id, value: null, level: null, evidence: 0 };
      const x = MARGIN + PERSON_WIDTH + i * column;
      canvas.box(x, top, column, ROW_HEIGHT, cell.level ? TINT[cell.level] : undefined, RULE);
      const { value, words } = cellWords(cell);
      const valueWidth = value ? canvas.measure(value, { size: 9, bold: true }) + 4 : 0;
      if (value) canvas.text(value, x + 5, top + 5, { size: 9, bold: true });
      canvas.text(words, x + 5 + valueWidth, top + 6.5, { size: 7.5, color: cell.level ? undefined : MUTED });
    });
  });
}
