import { writeFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { PersonReport } from '../../../shared/domain/progress';
import { hashPin } from '../../auth/pin-hash';
import { DEMO_PIN, generateDemoShop } from '../../demo';
import type { AppService } from '../../service/app-service';
import { ok, openService, repoContentDir, tempDir, testClock } from '../../service/test-service';

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

// The demo shop gives a person a long history, enough for the attempts to run onto a second page.
describe('a person report as a PDF', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>;
  let service: AppService;
  let manager: SessionInfo;
  let employee: SessionInfo;
  let other: SessionInfo;
  const clock = testClock('2026-11-23T09:00:00.000Z');

  beforeEach(async () => {
    folder = await tempDir();
    await generateDemoShop({ dir: folder.dir, contentDir: repoContentDir, now: clock.now, pin: await hashPin(DEMO_PIN) });
    service = await openService(folder.dir, clock);
    const state = await ok<{ people: { id: string; name: string }[] }>(service, 'getAppState', {});
    const id = (name: string) => state.people.find((p) => p.name === name)!.id;
    manager = await ok<SessionInfo>(service, 'signIn', { personId: id('Maria Santos'), pin: DEMO_PIN });
    employee = await ok<SessionInfo>(service, 'signIn', { personId: id('Budi Santoso'), pin: DEMO_PIN });
    const someoneElse = state.people.find((p) => p.id !== employee.person.id && p.id !== manager.person.id && p.name !== 'Budi Santoso')!;
    other = { ...employee, person: { ...employee.person, id: someoneElse.id } };
    await ok(service, 'updatePerson', { id: employee.person.id, name: 'Nguyễn Văn Đức' }, manager.token);
  });
  afterEach(async () => {
    await service.close();
    await folder.remove();
  });

  it('names the shop, the person with diacritics and the period, numbers its pages and continues a long attempt list', async () => {
    const input = { personId: employee.person.id, filters: { from: '2026-09-01', to: '2026-11-23' } };
    const report = await ok<PersonReport>(service, 'personReport', input, manager.token);
    const file = await ok<PdfFile>(service, 'personReportPdf', input, manager.token);
    if (process.env.CXDOJO_KEEP_PDF) await writeFile(process.env.CXDOJO_KEEP_PDF, Buffer.from(file.base64, 'base64'));
    const { pages, count } = await pdfText(file);
    expect(count).toBe(file.pages);
    expect(file.fileName).toBe('cx-dojo-person-report-nguyen-van-duc-2026-11-23.pdf');
    const all = pages.join('\n');
    expect(all).toContain('Person report: Nguyễn Văn Đức');
    expect(all).toContain('Period: 1 Sept 2026 – 23 Nov 2026');
    expect(all).toContain('Filters: all scenarios, any status');
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${count}`));
    expect(pages[0]).toContain('Pass rate');
    expect(pages[0]).toContain('Playbook acknowledged');
    expect(pages.some((p) => p.includes('Mastery per standard'))).toBe(true);
    const attemptPages = pages.filter((p) => p.includes('Recent attempts'));
    expect(report.attempts.length).toBeGreaterThan(25);
    expect(attemptPages.length).toBeGreaterThan(1);
    expect(attemptPages.slice(1).every((p) => p.includes('Recent attempts (continued)') && p.includes('Scenario'))).toBe(true);
    expect(attemptPages.join('\n')).toContain(report.attempts.at(-1)!.scenarioTitle);
  });

  it('lets an employee get their own report and refuses anyone else’s, as the person report does', async () => {
    const own = await service.call('personReportPdf', { personId: employee.person.id }, employee.token);
    expect(own.ok).toBe(true);
    const refused = await service.call('personReportPdf', { personId: other.person.id }, employee.token);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
  });
});
