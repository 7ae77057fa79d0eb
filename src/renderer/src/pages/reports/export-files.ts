/**
 * Getting reports out of the app: CSV downloads from the browser (or the desktop window) and the
 * PDF of a report. `printReport()` prints through the shared printPage: Electron's printToPDF in
 * the desktop app, the browser's print dialog (with the print stylesheet) otherwise.
 */
import { api } from '../../api/client';
import { downloadFile } from '../../components/download-file';
import { printPage } from '../../components/print-page';
import type { InputOf } from '../../../../shared/contract';

export async function downloadCsv(input: InputOf<'exportCsv'>): Promise<number> {
  const file = await api.exportCsv(input);
  downloadFile(file.fileName, file.text, 'text/csv;charset=utf-8');
  return file.rows;
}

/** Returns the number of pages. */
export async function downloadTeamReportPdf(filters: InputOf<'teamReportPdf'>): Promise<number> {
  const file = await api.teamReportPdf(filters);
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  downloadFile(file.fileName, bytes, 'application/pdf');
  return file.pages;
}

export function printReport(name: string) {
  return printPage(name);
}
