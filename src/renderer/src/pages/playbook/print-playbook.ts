/**
 * "Print / PDF": the browser's print dialog over the print stylesheet, which shows only the
 * published version's chapters and standards; in the desktop app, Electron's printToPDF with a
 * save dialog. The printable copy renders on `beforeprint`, which printToPDF does not promise to
 * fire, so the desktop path raises the events itself around the capture.
 */
import { canSavePdfDirectly, printPage } from '../../components/print-page';

async function printToPdf(): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  try {
    await printPage('Culture playbook');
  } finally {
    window.dispatchEvent(new Event('afterprint'));
  }
}

export function printPlaybook(): void | Promise<void> {
  return canSavePdfDirectly ? printToPdf() : window.print();
}
