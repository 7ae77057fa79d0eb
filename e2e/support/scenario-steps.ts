/**
 * Steps the scenario specs share: a chat imported on the Transcripts page, and filling the
 * editor's forms the way a leader does.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { dropFile, openTranscripts } from './transcript-steps';

/** A short WhatsApp chat: a customer with a rash from a serum, two staff replies. */
const SERUM_CHAT = [
  '02/04/2024, 21:14 - Aisyah: I commented on your FB post already but nobody answer. Your serum gave me rashes!!',
  "02/04/2024, 21:19 - Kasut Kita: Hi, I'm really sorry to hear about the rashes. Can I check which product and batch number?",
  '02/04/2024, 21:24 - Aisyah: Niacinamide serum, the one from the live sale',
  '02/04/2024, 21:29 - Kasut Kita: Thank you. Please stop using it first.',
].join('\n');

/** Imports the chat on the Transcripts page (redaction review, title, save); it opens in the viewer. */
export async function importSerumChat(page: Page, title: string): Promise<void> {
  await openTranscripts(page);
  await dropFile(page, 'WhatsApp Chat with Aisyah.txt', Buffer.from(`${SERUM_CHAT}\n`, 'utf8'));
  await page.getByRole('button', { name: /^Review redactions/ }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: /^Save (1 )?transcript$/ }).click();
  // One conversation saved: the app opens it in the transcript viewer.
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
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
  const choice = page.getByRole('option', { name: option });
  const clicked = await choice.click({ timeout: 5_000 }).then(() => true, () => false);
  if (clicked || !(await field.isEditable())) {
    if (!clicked) await choice.click();
    return;
  }
  // A searchable select whose list does not show (seen under load in CI): choose by typing, as a user can.
  await field.fill(option.source.replace(/^\^/, '').replace(/\\/g, ''));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
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
