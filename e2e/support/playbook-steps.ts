/** Steps the playbook specs share: adding people, opening the playbook, editing a chapter, publishing. */
import { expect, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

export async function addPerson(page: Page, name: string, role: 'Employee' | 'Manager', pin: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: new RegExp(`^${role}`) }).click();
  await dialog.getByLabel('Starting PIN').fill(pin);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
}

export async function openPlaybook(page: Page, tab?: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'Playbook' }).click();
  await expect(page.getByRole('heading', { name: 'Culture playbook' })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Opens a chapter in the draft editor and replaces its text, waiting for autosave. */
export async function writeChapter(page: Page, chapterTitle: string, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Edit draft' }).click();
  await page.getByRole('list', { name: 'Chapters of the draft' }).getByRole('button', { name: new RegExp(`^\\d+\\. ${escapeRegExp(chapterTitle)}$`) }).click();
  const editor = page.getByRole('textbox', { name: new RegExp(`Text of “${chapterTitle}”`) });
  await editor.fill(text);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

export async function publish(page: Page, summary: string): Promise<void> {
  await page.getByRole('button', { name: /^Publish/ }).first().click();
  const dialog = page.getByRole('dialog', { name: /Publish version/ });
  await dialog.getByLabel('What changed?').fill(summary);
  await dialog.getByRole('button', { name: /^Publish version/ }).click();
  await expect(dialog).toBeHidden();
}
