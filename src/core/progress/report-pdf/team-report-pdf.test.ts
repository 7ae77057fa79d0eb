import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../../service/app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from '../../service/test-service';

interface PdfFile {
  fileName: string;
  base64: string;
  pages: number;
}

async function pdfText(file: PdfFile): Promise<{ pages: string[]; count: number }> {
  const doc = await getDocumentProxy(new Uint8Array(Buffer.from(file.base64, 'base64')));
  const { text } = await extractText(doc, { mergePages: false });
  return { pages: text, count: doc.numPages };
}

describe('the team report as a PDF', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let service: AppService;
  let who: Record<'leader' | 'manager' | 'employee', SessionInfo>;

  beforeEach(async () => {
    folder = await tempDir();
    service = await openService(folder.dir, testClock('2026-12-03T07:00:00.000Z'));
    who = await workspaceWithEveryRole(service);
  });
  afterEach(async () => {
    await service.close();
    await folder.remove();
  });

  it('names the shop, the period and the filters, numbers its pages and prints Vietnamese and Thai names', async () => {
    for (const name of ['Nguyễn Thị Lan', 'สมชาย บุญมี']) await ok(service, 'addPerson', { name, role: 'employee', pin: '5678' }, who.leader.token);
    const file = await ok<PdfFile>(service, 'teamReportPdf', { from: '2026-11-01', to: '2026-11-30', role: 'employee' }, who.manager.token);
    if (process.env.CXDOJO_KEEP_PDF) await writeFile(process.env.CXDOJO_KEEP_PDF, Buffer.from(file.base64, 'base64'));
    const { pages, count } = await pdfText(file);
    expect(count).toBe(file.pages);
    expect(file.fileName).toBe('cx-dojo-team-report-kasut-kita-2026-12-03.pdf');
    const all = pages.join('\n');
    expect(all).toContain('Kasut Kita');
    expect(all).toContain('Period: 1 Nov 2026 – 30 Nov 2026');
    expect(all).toContain('employees only');
    expect(all).toContain('Nguyễn Thị Lan');
    expect(all.replace(/\s+/g, '')).toContain('สมชายบุญมี');
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${count}`));
  });

  it('splits many standards across pages and continues people rows with the header repeated', async () => {
    for (let i = 1; i <= 30; i += 1) await ok(service, 'addPerson', { name: `Staff ${String(i).padStart(2, '0')}`, role: 'employee', pin: '5678' }, who.leader.token);
    const team = await ok<{ standards: unknown[]; rows: unknown[] }>(service, 'teamReport', {}, who.manager.token);
    const file = await ok<PdfFile>(service, 'teamReportPdf', {}, who.manager.token);
    if (process.env.CXDOJO_KEEP_PDF) await writeFile(`${process.env.CXDOJO_KEEP_PDF}.many.pdf`, Buffer.from(file.base64, 'base64'));
    const { pages } = await pdfText(file);
    const heatmapPages = pages.filter((p) => p.includes('Mastery per standard'));
    const columnGroups = Math.ceil(team.standards.length / 8);
    expect(heatmapPages.length).toBeGreaterThan(columnGroups);
    expect(heatmapPages.length % columnGroups).toBe(0);
    expect(heatmapPages.every((p) => p.includes('Person'))).toBe(true);
    expect(heatmapPages.filter((p) => p.includes('(continued)')).length).toBe(heatmapPages.length - columnGroups);
    expect(pages[0]).toContain('all time, up to 3 Dec 2026');
    const staff30 = heatmapPages.filter((p) => p.includes('Staff 30'));
    expect(staff30.length).toBe(columnGroups);
  });

  it('is for managers and leaders only', async () => {
    const refused = await service.call('teamReportPdf', {}, who.employee.token);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
  });
});
