/**
 * Edits made just before a reload are not lost: the editor sends what is pending as the page
 * unloads (after the browser's "leave this page?" warning), and the reloaded editor shows it.
 */
import type { Page } from '@playwright/test';
import { createWorkspace, expect, test } from './support/fixtures';
import { callAsSignedIn } from './support/training-steps';

/** Accepts the browser's leave-page warning and records that it was shown. */
function acceptLeaveWarnings(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void dialog.accept();
  });
  return seen;
}

test('a scenario prompt typed a moment before a reload is still there after it', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  const warnings = acceptLeaveWarnings(page);
  await page.evaluate(() => (window.location.hash = '/scenarios/late-courier-delivery'));
  await expect(page.getByRole('button', { name: /^Publish v/ })).toBeVisible();
  await page.getByRole('button', { name: /^Open step / }).filter({ hasText: 'Free text' }).first().click();
  const prompt = page.getByLabel('Prompt for the trainee (optional)');
  await prompt.fill('Reply to Ifeoma: she has waited three days.');
  await page.reload();
  expect(warnings).toContain('beforeunload');
  await expect(page.getByRole('button', { name: /^Publish v/ })).toBeVisible();
  await page.getByRole('button', { name: /^Open step / }).filter({ hasText: 'Free text' }).first().click();
  await expect(page.getByLabel('Prompt for the trainee (optional)')).toHaveValue('Reply to Ifeoma: she has waited three days.');
});

test('a chapter typed a moment before a reload reaches the host', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  const warnings = acceptLeaveWarnings(page);
  await page.evaluate(() => (window.location.hash = '/playbook'));
  await page.getByRole('tab', { name: 'Edit draft' }).click();
  const editor = page.getByRole('textbox', { name: /^Text of “/ }).first();
  await editor.fill('# Our promise\n\nWe answer every chat within five minutes, reload or not.');
  await page.reload();
  expect(warnings).toContain('beforeunload');
  const playbook = await callAsSignedIn<{ draft: { chapters: { body: string }[] } }>(page, 'getPlaybook', {});
  expect(playbook.draft.chapters.map((c) => c.body)).toContain('# Our promise\n\nWe answer every chat within five minutes, reload or not.');
});
