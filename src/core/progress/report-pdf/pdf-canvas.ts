/**
 * Drawing on report pages in points, with the origin at the top left (pdf-lib's is at the bottom):
 * text in mixed scripts, measured and wrapped to a width, and filled boxes.
 */
import { rgb, type PDFPage, type RGB } from 'pdf-lib';
import { scriptRuns, type FontFamily, type ReportFonts } from './pdf-fonts';

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: RGB;
}

export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.42, 0.45, 0.5);
export const RULE = rgb(0.8, 0.82, 0.86);

export class PdfCanvas {
  constructor(
    readonly page: PDFPage,
    private readonly fonts: ReportFonts,
  ) {}

  get width(): number {
    return this.page.getWidth();
  }

  get height(): number {
    return this.page.getHeight();
  }

  private family(style: TextStyle): FontFamily {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  measure(text: string, style: TextStyle): number {
    const family = this.family(style);
    return scriptRuns(text).reduce((sum, run) => sum + (run.thai ? family.thai : family.latin).widthOfTextAtSize(run.text, style.size), 0);
  }

  /** Draws one line with its top at `top`. */
  text(text: string, x: number, top: number, style: TextStyle): void {
    const family = this.family(style);
    const baseline = this.height - top - style.size * 0.92;
    let cursor = x;
    for (const run of scriptRuns(text)) {
      const font = run.thai ? family.thai : family.latin;
      this.page.drawText(run.text, { x: cursor, y: baseline, size: style.size, font, color: style.color ?? INK });
      cursor += font.widthOfTextAtSize(run.text, style.size);
    }
  }

  textRight(text: string, right: number, top: number, style: TextStyle): void {
    this.text(text, right - this.measure(text, style), top, style);
  }

  textCentered(text: string, centre: number, top: number, style: TextStyle): void {
    this.text(text, centre - this.measure(text, style) / 2, top, style);
  }

  /** Breaks text into lines no wider than `width`, at spaces, or inside a word too long for one line. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.measure(candidate, style) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (this.measure(line, style) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && this.measure(line.slice(0, cut), style) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /** Wrapped text; returns the height it took. */
  paragraph(text: string, x: number, top: number, width: number, style: TextStyle, lineHeight = 1.3): number {
    const lines = this.wrap(text, width, style);
    lines.forEach((line, i) => this.text(line, x, top + i * style.size * lineHeight, style));
    return lines.length * style.size * lineHeight;
  }

  box(x: number, top: number, width: number, height: number, fill: RGB | undefined, border?: RGB): void {
    this.page.drawRectangle({ x, y: this.height - top - height, width, height, color: fill, borderColor: border, borderWidth: border ? 0.5 : 0 });
  }

  rule(x: number, top: number, width: number): void {
    this.page.drawLine({ start: { x, y: this.height - top }, end: { x: x + width, y: this.height - top }, thickness: 0.5, color: RULE });
  }
}
