/**
 * A plain table on report pages: a title, a header row, fixed-height rows cut to their column so
 * every row takes one line. Long tables continue on further pages with the title marked
 * "(continued)" and the header repeated, so each page reads on its own.
 */
import { rgb } from 'pdf-lib';
import { MUTED, PdfCanvas, RULE } from './pdf-canvas';
import { CONTENT_BOTTOM, CONTENT_TOP, MARGIN } from './report-page-frame';

export interface TableColumn {
  title: string;
  /** Share of the page's content width; the shares of a table add up to 1. */
  share: number;
}

export interface ReportTable {
  title: string;
  /** Under the title on every page, e.g. what the rows are and how many. */
  note: string;
  columns: TableColumn[];
  rows: string[][];
  empty: string;
}

const ROW_HEIGHT = 18;
const HEAD_HEIGHT = 20;
const TABLE_TOP = CONTENT_TOP + 34;

export const tableRowsPerPage = (): number => Math.floor((CONTENT_BOTTOM - TABLE_TOP - HEAD_HEIGHT) / ROW_HEIGHT);

/** The rows each page holds, at least one page even for an empty table. */
export function planTablePages(rowCount: number, perPage = tableRowsPerPage()): { from: number; to: number }[] {
  const pages = [];
  for (let from = 0; from < Math.max(rowCount, 1); from += perPage) pages.push({ from, to: Math.min(from + perPage, rowCount) });
  return pages;
}

function fitted(canvas: PdfCanvas, text: string, width: number, size: number, bold = false): string {
  if (canvas.measure(text, { size, bold }) <= width) return text;
  let cut = text.length;
  while (cut > 1 && canvas.measure(`${text.slice(0, cut)}…`, { size, bold }) > width) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

export function drawTablePage(canvas: PdfCanvas, table: ReportTable, slice: { from: number; to: number }): void {
  const width = canvas.width - MARGIN * 2;
  canvas.text(`${table.title}${slice.from > 0 ? ' (continued)' : ''}`, MARGIN, CONTENT_TOP, { size: 12, bold: true });
  const range = table.rows.length ? `rows ${slice.from + 1}–${slice.to} of ${table.rows.length}` : '';
  canvas.text([table.note, range].filter(Boolean).join(' · '), MARGIN, CONTENT_TOP + 18, { size: 8.5, color: MUTED });
  if (table.rows.length === 0) return canvas.text(table.empty, MARGIN, TABLE_TOP, { size: 9.5, color: MUTED });

  const widths = table.columns.map((c) => c.share * width);
  const lefts = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  canvas.box(MARGIN, TABLE_TOP, width, HEAD_HEIGHT, rgb(0.95, 0.96, 0.97), RULE);
  table.columns.forEach((c, i) => canvas.text(fitted(canvas, c.title, widths[i] - 10, 8.5, true), lefts[i] + 5, TABLE_TOP + 6, { size: 8.5, bold: true }));
  table.rows.slice(slice.from, slice.to).forEach((row, r) => {
    const top = TABLE_TOP + HEAD_HEIGHT + r * ROW_HEIGHT;
    canvas.box(MARGIN, top, width, ROW_HEIGHT, undefined, RULE);
    row.forEach((cell, i) => canvas.text(fitted(canvas, cell, widths[i] - 10, 9), lefts[i] + 5, top + 4.5, { size: 9 }));
  });
}
