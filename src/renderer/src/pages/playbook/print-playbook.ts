/**
 * "Print / PDF": the browser's print dialog over the print stylesheet, which shows only the
 * published version's chapters and standards. The desktop build can swap in Electron's printToPDF
 * by replacing the printer with `setPlaybookPrinter`.
 */
let printer: () => void | Promise<void> = () => window.print();

export function setPlaybookPrinter(next: () => void | Promise<void>): void {
  printer = next;
}

export function printPlaybook(): void | Promise<void> {
  return printer();
}
