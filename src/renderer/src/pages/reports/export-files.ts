/**
 * Getting reports out of the app: CSV downloads from the browser (or the desktop window) and the
 * PDF of a report. `printReport()` prints through the shared printPage: Electron's printToPDF in
 * the desktop app, the browser's print dialog (with the print stylesheet) otherwise.
 */
import { api } from '../../api/client';
import { printPage } from '../../components/print-page';
import type { InputOf } from '../../../../shared/contract';

export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function downloadCsv(input: InputOf<'exportCsv'>): Promise<number> {
  const file = await api.exportCsv(input);
  downloadText(file.fileName, file.text);
  return file.rows;
}

export function printReport(name: string) {
  return printPage(name);
}
