/**
 * What every page of a report PDF carries: the shop's name and the report's title, the period and
 * the filters at the top; the page number ("Page 2 of 5") at the bottom. Landscape A4.
 */
import { MUTED, PdfCanvas } from './pdf-canvas';

export const PAGE_SIZE: [number, number] = [841.89, 595.28];
export const MARGIN = 36;
/** Where a page's own content starts and must end. */
export const CONTENT_TOP = 88;
export const CONTENT_BOTTOM = PAGE_SIZE[1] - 44;

export interface ReportHeading {
  shopName: string;
  title: string;
  period: string;
  filters: string;
  madeAt: string;
}

export function drawPageFrame(canvas: PdfCanvas, heading: ReportHeading, pageNumber: number, pageCount: number): void {
  const width = canvas.width - MARGIN * 2;
  canvas.text(heading.shopName, MARGIN, MARGIN, { size: 16, bold: true });
  canvas.textRight(heading.title, MARGIN + width, MARGIN + 2, { size: 13, bold: true, color: MUTED });
  canvas.text(`Period: ${heading.period}    Filters: ${heading.filters}`, MARGIN, MARGIN + 24, { size: 9.5 });
  canvas.textRight(`Made ${heading.madeAt}`, MARGIN + width, MARGIN + 24, { size: 8.5, color: MUTED });
  canvas.rule(MARGIN, MARGIN + 42, width);
  const footerTop = canvas.height - 30;
  canvas.rule(MARGIN, footerTop - 6, width);
  canvas.text(`CX Dojo · ${heading.shopName} · ${heading.title}`, MARGIN, footerTop, { size: 8, color: MUTED });
  canvas.textRight(`Page ${pageNumber} of ${pageCount}`, MARGIN + width, footerTop, { size: 8, color: MUTED });
}
