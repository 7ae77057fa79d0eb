/**
 * Getting reports out of the app: CSV downloads and the PDFs of the team and person reports, all
 * built by the core and saved as a download, the same in the browser and the desktop window.
 */
import { api } from '../../api/client';
import { downloadFile } from '../../components/download-file';
import type { InputOf } from '../../../../shared/contract';

export async function downloadCsv(input: InputOf<'exportCsv'>): Promise<number> {
  const file = await api.exportCsv(input);
  downloadFile(file.fileName, file.text, 'text/csv;charset=utf-8');
  return file.rows;
}

function savePdf(file: { fileName: string; base64: string; pages: number }): number {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  downloadFile(file.fileName, bytes, 'application/pdf');
  return file.pages;
}

/** Returns the number of pages. */
export async function downloadTeamReportPdf(filters: InputOf<'teamReportPdf'>): Promise<number> {
  return savePdf(await api.teamReportPdf(filters));
}

/** Returns the number of pages. */
export async function downloadPersonReportPdf(input: InputOf<'personReportPdf'>): Promise<number> {
  return savePdf(await api.personReportPdf(input));
}
