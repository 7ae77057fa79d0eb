/**
 * Scoring as a leader meets it: the editor offers the prompt's facts as elements and the try box
 * credits a paraphrase by value; Settings previews a re-scoring of past attempts before anything changes.
 */
import { createWorkspace, expect, test } from './support/fixtures';

test('the editor offers prompt facts and credits a reply worded in ways the rubric never listed', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await page.evaluate(() => (window.location.hash = '/scenarios'));
  await page.locator('tr[data-scenario="cod-confirmation-ms"] a').click();
  await page.getByRole('button', { name: /^Open step / }).filter({ hasText: 'Free text' }).first().click();

  const offer = page.getByRole('group', { name: 'Facts in the prompt' });
  await expect(offer).toBeVisible();
  // RM164 is already a fact of the "total" element; RM5 can be added with one click.
  await expect(offer.getByRole('button', { name: 'RM164' })).toBeDisabled();
  await offer.getByRole('button', { name: 'Add an element: state RM5' }).click();
  const added = page.getByRole('group', { name: /^Rubric element/ }).last();
  await expect(added.getByLabel('What the reply should do')).toHaveValue('State RM5');
  await added.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/scoring-editor-fact-element.png' });
  // The new element scores against a standard the scenario trains: no new problem appears.
  await expect(page.getByRole('tab', { name: /^Problems/ })).not.toContainText('1');

  const box = page.getByLabel('Type a reply as a trainee would');
  await box.fill('Boleh COD kak Nadia, caj COD lima ringgit je. Semua sekali 164 ringgit, sediakan duit tepat ya sebab rider takde duit kecil. Boleh bagi nama penuh, alamat dan no telefon?');
  await expect(page.getByLabel('Try-a-reply verdict')).toHaveText('Passes');
  await page.screenshot({ path: 'test-results/screenshots/scoring-editor-facts.png' });

  await box.fill('Sorry kak, COD TAK BOLEH!!! Bayar dulu.');
  await expect(page.getByLabel('Try-a-reply verdict')).toHaveText('Does not pass');
  await expect(page.getByRole('list', { name: 'How the reply scores' })).toContainText('It shouts in capitals.');
});

test('Settings previews a re-scoring of past attempts and says when nothing would change', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await page.evaluate(() => (window.location.hash = '/settings'));
  await expect(page.getByRole('heading', { name: 'Scoring rules' })).toBeVisible();
  await page.getByRole('button', { name: 'Re-score past attempts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Re-score past attempts?' });
  await expect(dialog).toContainText('No one has finished an attempt yet, so nothing would change.');
  await expect(dialog.getByRole('button', { name: /^Re-score/ })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/scoring-rescore-preview.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
