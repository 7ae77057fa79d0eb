/** The reports' "Save as PDF" downloads a real PDF file: the shop, the period, page numbers and every name as typed. */
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { createWorkspace, expect, test } from './support/fixtures';
import { openReportsTab } from './support/progress-steps';
import { addEmployee } from './support/training-steps';

const VIETNAMESE = 'Nguyễn Thị Lan';
const THAI = 'สมชาย บุญมี';

async function readPdf(download: Download) {
  const bytes = new Uint8Array(await readFile((await download.path())!));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: false });
  return { pdf, text };
}

test('the team report downloads as a PDF with the shop, the period, page numbers and Vietnamese and Thai names', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Kedai Sepatu Ayu');
  await addEmployee(page, VIETNAMESE, '1357');
  await addEmployee(page, THAI, '2468');
  await openReportsTab(page, 'Team');
  await expect(page.getByRole('table', { name: 'Mastery heatmap' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cx-dojo-team-report-kedai-sepatu-ayu-\d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByText(/Downloaded the team report as a PDF \(\d+ pages\)/)).toBeVisible();

  const { pdf, text } = await readPdf(download);
  // A summary page, then the twelve starter standards as two heatmap pages of at most eight.
  expect(pdf.numPages).toBe(3);
  const all = text.join('\n');
  expect(all).toContain('Kedai Sepatu Ayu');
  expect(all).toMatch(/Period: all time, up to \d{1,2} \w{3} \d{4}/);
  expect(all).toContain('Filters: everyone, all channels');
  expect(all).toContain(VIETNAMESE);
  expect(all.replace(/\s+/g, '')).toContain(THAI.replace(/\s+/g, ''));
  text.forEach((pageText, i) => expect(pageText).toContain(`Page ${i + 1} of 3`));
  expect(text[1]).toContain('standards 1–8 of 12');
  expect(text[2]).toContain('standards 9–12 of 12');
});

test('a person report downloads as a PDF named for the person, with the summary and mastery per standard', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Kedai Sepatu Ayu');
  await addEmployee(page, VIETNAMESE, '1357');
  await openReportsTab(page, 'Person');
  await page.getByRole('combobox', { name: 'Person' }).click();
  await page.getByRole('option', { name: new RegExp(VIETNAMESE) }).click();
  await expect(page.getByRole('heading', { name: VIETNAMESE, level: 3 })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cx-dojo-person-report-nguyen-thi-lan-\d{4}-\d{2}-\d{2}\.pdf$/);
  const { pdf, text } = await readPdf(download);
  const pages = pdf.numPages === 1 ? '1 page' : `${pdf.numPages} pages`;
  await expect(page.getByText(`Downloaded the report as a PDF (${pages}).`)).toBeVisible();
  const all = text.join('\n');
  expect(all).toContain('Kedai Sepatu Ayu');
  expect(all).toContain(`Person report: ${VIETNAMESE}`);
  expect(all).toContain('Pass rate');
  expect(all).toContain('Mastery per standard');
  text.forEach((pageText, i) => expect(pageText).toContain(`Page ${i + 1} of ${pdf.numPages}`));
});
