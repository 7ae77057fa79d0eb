/**
 * Comparing playbook versions the way a leader reads them: only the changed paragraphs with one
 * unchanged paragraph either side, the rest folded to a count, words marked inside a changed
 * paragraph, and a line that did not change never shown as removed and added again.
 */
import { createWorkspace, expect, test } from './support/fixtures';
import { openPlaybook, publish } from './support/playbook-steps';

const shots = process.env.CXDOJO_SHOTS ?? 'test-results/screenshots/playbook';
const CHAPTER = 'How we answer chats';

test('the version compare shows changed paragraphs with context, changed words, and unchanged lines as unchanged', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url);
  await openPlaybook(page);
  await publish(page, 'The starter playbook');
  await expect(page.getByText(/Version 1, published/)).toBeVisible();

  await page.getByRole('tab', { name: 'Edit draft' }).click();
  await page.getByRole('list', { name: 'Chapters of the draft' }).getByRole('button', { name: new RegExp(`^\\d+\\. ${CHAPTER}$`) }).click();
  const editor = page.getByRole('textbox', { name: new RegExp(`Text of “${CHAPTER}”`) });
  const original = await editor.inputValue();
  const paragraphs = original.trim().split(/\n{2,}/);
  const lastParagraph = paragraphs[paragraphs.length - 1];
  expect(original).toContain('We aim for both.');
  // The old last line loses its final newline and gets a paragraph after it: the case that showed it removed and added.
  const edited = `${original.replace('We aim for both.', 'We aim for both, every time.').trimEnd()}\n\nThank the customer by name before you close the chat.`;
  await editor.fill(edited);
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  await page.getByRole('tab', { name: 'Versions' }).click();
  const chapter = page.getByLabel(`Chapter “${CHAPTER}”: changed`);
  await expect(chapter).toBeVisible();
  await expect(chapter.locator('ins').filter({ hasText: 'every time' })).toBeVisible();
  await expect(chapter.locator('ins').filter({ hasText: 'Thank the customer by name' })).toBeVisible();
  await expect(chapter.getByText(/… \d+ unchanged paragraphs/).first()).toBeVisible();
  await expect(chapter.locator('del')).toHaveCount(0);
  await expect(chapter.getByText(lastParagraph, { exact: true })).toBeVisible();
  // Far from both changes: folded away, not printed.
  await expect(chapter.getByText('## Public and private', { exact: true })).toHaveCount(0);

  await chapter.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/version-compare.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/version-compare-dark.png`, fullPage: true });
});
