/** Steps of the redaction review spec: a shop in another region, and what the data folder holds. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { LEADER } from './fixtures';

/** The welcome screen with a brand and a home region of our choosing (the shared step picks Malaysia). */
export async function createWorkspaceIn(page: Page, url: string, brand: string, region: RegExp): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Brand name').fill(brand);
  await page.getByRole('combobox', { name: 'Home country or region' }).click();
  await page.getByRole('option', { name: region }).first().click();
  await page.getByLabel('Your name').fill(LEADER.name);
  await page.getByLabel('Choose a PIN').fill(LEADER.pin);
  await page.getByLabel('Repeat the PIN').fill(LEADER.pin);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 25_000 });
}

/** Every file under the data folder (transcripts, backups, workspace.json…) with its text. */
export async function filesUnder(dir: string): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => ({ file, text: await readFile(file, 'utf8') })));
}
