/** A service standard's measurable target: nothing is filled in for the leader, and what is missing is said. */
import { createWorkspace, expect, test } from './support/fixtures';
import { openPlaybook } from './support/playbook-steps';

test('a new target starts empty and says what is missing until the leader fills it in', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await openPlaybook(page, 'Standards');
  await page.getByRole('button', { name: 'Add standard' }).click();
  const form = page.getByRole('dialog', { name: 'Add a service standard' });
  await form.getByLabel('Title').fill('Answer delivery questions fast');
  await form.getByLabel('The standard in one sentence').fill('Where-is-my-parcel questions get a tracking link in the first reply.');
  await form.getByLabel('This standard has a measurable target').check();

  const words = form.getByRole('textbox', { name: 'Target in words' });
  const value = form.getByRole('textbox', { name: 'Value' });
  const unit = form.getByRole('textbox', { name: 'Unit' });
  await expect(words).toHaveValue('');
  await expect(value).toHaveValue('');
  await expect(unit).toHaveValue('');

  await form.getByRole('button', { name: 'Add standard' }).click();
  await expect(form.getByText('Say the target in words, e.g. “First reply within 5 minutes”.')).toBeVisible();
  await expect(form.getByText('Enter the number to reach, above zero, e.g. 5.')).toBeVisible();
  await expect(form.getByText('Name the unit, e.g. minutes.')).toBeVisible();
  await expect(form).toBeVisible();

  await words.fill('Tracking link within 10 minutes');
  await value.fill('10');
  await expect(form.getByText('Enter the number to reach, above zero, e.g. 5.')).toHaveCount(0);
  await form.getByRole('button', { name: 'Add standard' }).click();
  await expect(form.getByText('Name the unit, e.g. minutes.')).toBeVisible();
  await unit.fill('minutes');
  await form.getByRole('button', { name: 'Add standard' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Answer delivery questions fast' })).toBeVisible();
  await expect(page.getByText('Tracking link within 10 minutes').first()).toBeVisible();
});
