/**
 * Steps the scenario specs share: a stored transcript in the data folder (as the transcript
 * library keeps them), and filling the editor's forms the way a leader does.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..', '..');

/** Puts a redacted sample chat (Aisyah and the serum rash) where the workspace keeps transcripts. */
export async function storeSampleTranscript(dataDir: string, id: string): Promise<void> {
  const sample = JSON.parse(await readFile(join(root, 'src/core/scenarios/fixtures/transcript-serum.json'), 'utf8')) as object;
  const stored = {
    schemaVersion: 1,
    id,
    title: 'Serum rash complaint',
    channel: 'whatsapp',
    format: 'whatsapp-android',
    importedAt: '2026-11-23T09:00:00.000Z',
    redactions: [{ type: 'ORDER', count: 1 }],
    tags: [],
    trashedAt: null,
    ...sample,
  };
  await mkdir(join(dataDir, 'transcripts'), { recursive: true });
  await writeFile(join(dataDir, 'transcripts', `${id}.json`), JSON.stringify(stored, null, 2));
}

export const saveStatus = (page: Page) => page.getByRole('status').filter({ hasText: /saved|Saving|Not saved/ });

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText('All changes saved');
}

export async function openStep(page: Page, stepId: string): Promise<Locator> {
  await page.getByRole('tab', { name: /^Steps/ }).click();
  await page.getByRole('button', { name: `Open step ${stepId}` }).click();
  return page.getByRole('region', { name: `Step ${stepId}` });
}

export async function pickOption(page: Page, field: Locator, option: RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).click();
}

/** Adds a rubric element to the open free-text step: label, standard, one phrase group of synonyms. */
export async function addRubricElement(page: Page, step: Locator, element: { label: string; standard: RegExp; synonyms: string[] }): Promise<void> {
  await step.getByRole('button', { name: 'Add rubric element' }).click();
  const card = step.getByRole('group', { name: /^Rubric element/ }).last();
  await card.getByLabel('What the reply should do').fill(element.label);
  await pickOption(page, card.getByLabel('Standard', { exact: true }), element.standard);
  const group = card.getByLabel('Phrases that count: new group');
  await group.fill(element.synonyms.join(','));
  await group.press('Enter');
  await expect(card.getByLabel('Phrases that count: group 1')).toBeVisible();
}
