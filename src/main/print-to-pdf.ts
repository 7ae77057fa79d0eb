/**
 * "Save as PDF" for the desktop app: prints the calling window with Electron's printToPDF and asks
 * where to save. The page's print stylesheet decides what is printed (the same one the browser's
 * print dialog uses), so the PDF and a paper print look alike.
 */
import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, type IpcMainInvokeEvent } from 'electron';

export const PRINT_TO_PDF_CHANNEL = 'cxdojo-desktop:print-to-pdf';

const safeFileName = (name: unknown): string =>
  (typeof name === 'string' ? name : 'CX Dojo')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .trim()
    .slice(0, 80) || 'CX Dojo';

export async function printToPdf(event: IpcMainInvokeEvent, suggestedName: unknown): Promise<{ saved: boolean; path?: string; error?: string }> {
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win) return { saved: false, error: 'No window to print.' };
  const choice = await dialog.showSaveDialog(win, {
    title: 'Save as PDF',
    defaultPath: `${safeFileName(suggestedName)}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' });
    await writeFile(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  } catch (error) {
    return { saved: false, error: `Could not save the PDF: ${(error as Error).message}` };
  }
}
