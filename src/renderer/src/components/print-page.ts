/**
 * Print the current page, or save it as a PDF: Electron's printToPDF in the desktop app (with a
 * save dialog), the browser's print dialog otherwise (where "Save as PDF" is one of the printers).
 * What is printed is decided by the print stylesheet (app/print.css and each page's own rules).
 */
interface DesktopExtras {
  printToPdf(suggestedName: string): Promise<{ saved: boolean; path?: string; error?: string }>;
}

const desktop = (window as unknown as { cxdojoDesktop?: DesktopExtras }).cxdojoDesktop;

export const canSavePdfDirectly = desktop !== undefined;

export async function printPage(suggestedName: string): Promise<{ saved: boolean; path?: string; error?: string }> {
  if (desktop) return desktop.printToPdf(suggestedName);
  window.print();
  return { saved: false };
}
