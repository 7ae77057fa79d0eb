/**
 * Scenario authoring through the HTTP host in Chromium: a leader turns a stored chat into a
 * scenario, adds rubric elements tied to a standard, sees validation block publishing until
 * every problem is fixed, and publishes version 1.
 */
import { createWorkspace, expect, test } from './support/fixtures';
import { addRubricElement, importSerumChat, openStep, pickOption, waitUntilSaved } from './support/scenario-steps';

test('a leader turns a chat into a scenario, fixes what validation reports, and publishes it', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url);
  await importSerumChat(page, 'Serum rash complaint');
  await page.getByRole('link', { name: 'Turn into scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Serum rash complaint' })).toBeVisible();
  await expect(page).toHaveURL(/#\/scenarios\/serum-rash-complaint$/);
  const publish = page.getByRole('button', { name: 'Publish v1' });
  await expect(publish).toBeDisabled();
  await expect(page.getByTestId('publish-blocked-reason')).toContainText('Publishing is blocked');

  // The first reply keeps what the staff actually said; the leader marks it and writes the rubric.
  const reply1 = await openStep(page, 'reply-1');
  await expect(reply1.getByText("I'm really sorry to hear about the rashes.", { exact: false })).toBeVisible();
  await reply1.getByText('A good example').click();
  await expect(reply1.getByRole('radio', { name: 'A good example' })).toBeChecked();
  await expect(reply1.getByText('Write a model answer').first()).toBeVisible();
  await addRubricElement(page, reply1, { label: 'Apologise for the reaction', standard: /^Apologise, own it, fix it/, synonyms: ['sorry', 'apologise'] });
  await reply1.getByLabel('Model answer').fill("I'm so sorry about the rash. Please stop using the serum; can you tell me the batch number?");

  // Try a reply scores live against the rubric as written.
  await reply1.getByLabel('Type a reply as a trainee would').fill('So sorry to hear that!');
  await expect(reply1.getByLabel('Try-a-reply verdict')).toHaveText('Passes');
  await expect(reply1.getByTestId('try-reply-highlight').locator('mark')).toHaveText('sorry');
  await waitUntilSaved(page);

  const reply2 = await openStep(page, 'reply-2');
  await addRubricElement(page, reply2, { label: 'Say how it will be put right', standard: /^Apologise, own it, fix it/, synonyms: ['refund', 'replace', 'stop using'] });
  await reply2.getByLabel('Model answer').fill('Thank you. Please stop using it first; I will arrange a full refund today.');
  await waitUntilSaved(page);

  // Still blocked: the standard the rubric scores against is not listed in the scenario.
  await expect(publish).toBeDisabled();
  await page.getByRole('tab', { name: /Problems/ }).click();
  const problemsRegion = page.getByRole('region', { name: 'Problems' });
  await expect(problemsRegion).toContainText('not listed in the scenario\'s standards');
  // In words: the step by position and what it answers, the field by its label; no code path.
  await expect(problemsRegion).toContainText('Step 2, reply to “I commented on your FB post');
  await expect(problemsRegion).toContainText('rubric element 1 (“Apologise for the reaction”): its standard');
  expect(await problemsRegion.innerText()).not.toMatch(/steps\.|standardId|\[0\]/);
  await problemsRegion.getByRole('button', { name: 'Go to step 2' }).first().click();
  await expect(page.getByRole('region', { name: 'Step reply-1' })).toBeVisible();
  await page.getByRole('tab', { name: 'Details' }).click();
  await pickOption(page, page.getByRole('combobox', { name: 'Standards it trains' }), /^Apologise, own it, fix it/);
  await page.keyboard.press('Escape');
  await waitUntilSaved(page);

  await expect(page.getByRole('tab', { name: /Problems/ })).toContainText('0');
  await expect(publish).toBeEnabled();
  await page.screenshot({ path: 'test-results/screenshots/scenario-editor-details-light.png', fullPage: true });
  await publish.click();
  await expect(page.getByText('Published "Serum rash complaint" as version 1.')).toBeVisible();
  await expect(page.getByText('Published v1')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish v2' })).toBeDisabled();

  // The library shows it published, without problems.
  await page.getByRole('link', { name: /All scenarios/ }).click();
  const row = page.locator('tr[data-scenario="serum-rash-complaint"]');
  await expect(row).toContainText('Published');
  await expect(row).toContainText('v1');
  await expect(row).not.toContainText('problem');
});

test('the editor in light and dark: steps, flow and a free-text rubric', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await page.evaluate(() => (window.location.hash = '/scenarios'));
  await expect(page.getByRole('table', { name: 'Scenarios' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario-library-light.png', fullPage: true });
  await page.locator('tr[data-scenario="late-courier-delivery"] a').click();
  await expect(page.getByRole('button', { name: /^Publish v/ })).toBeVisible();
  const firstFreeText = page.getByRole('button', { name: /^Open step / }).filter({ hasText: 'Free text' }).first();
  await firstFreeText.click();
  await expect(page.getByText('Try a reply')).toBeVisible();
  await page.getByLabel('Type a reply as a trainee would').fill("So sorry Ifeoma, that's on us. I checked with the courier: our own rider brings it tomorrow before 10.");
  await expect(page.getByTestId('try-reply-highlight').locator('mark').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario-editor-light.png' });
  await page.getByRole('tab', { name: 'Flow' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario-flow-light.png', fullPage: true });
  // Clicking a node opens its step in the form.
  await page.locator('.react-flow__node').nth(1).click();
  await expect(page.getByRole('tab', { name: /^Steps/ })).toHaveAttribute('aria-selected', 'true');

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('cxdojo.color-scheme', 'dark'));
  await page.reload();
  await expect(page.getByRole('button', { name: /^Publish v/ })).toBeVisible();
  await firstFreeText.click();
  await page.getByLabel('Type a reply as a trainee would').fill('Not our fault, the courier is slow!!!');
  await expect(page.getByTestId('try-reply-highlight').locator('mark').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario-editor-dark.png' });
  await page.getByRole('tab', { name: 'Flow' }).click();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario-flow-dark.png', fullPage: true });
  await page.evaluate(() => (window.location.hash = '/scenarios'));
  await expect(page.getByRole('table', { name: 'Scenarios' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/scenario-library-dark.png', fullPage: true });
});
