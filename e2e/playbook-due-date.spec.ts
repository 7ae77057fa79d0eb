/**
 * One due date for a playbook reading: the leader publishes with a default date, a manager assigns
 * "read version 1" due on another day, and that day is what the employee sees on their home and the
 * playbook page, and what the acknowledgements CSV says.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createWorkspace, expect, test } from './support/fixtures';
import { openAssignments, openReportsTab } from './support/progress-steps';
import { callAsSignedIn, switchTo } from './support/training-steps';

const MANAGER = { name: 'Maria Santos', pin: '2580' };
const EMPLOYEE = { name: 'Budi Santoso', pin: '1357' };
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The date as the page words it (the browser's locale), for comparing with what is shown. */
const shown = (page: Page, day: string, month: 'short' | 'long') =>
  page.evaluate(({ day, month }) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month, year: 'numeric' }), { day, month });

test("a playbook assignment's due date is the one the employee sees on the home, the playbook page and in the CSV", async ({ page, host }) => {
  test.setTimeout(120_000);
  await createWorkspace(page, host.url);
  await callAsSignedIn(page, 'addPerson', { name: EMPLOYEE.name, role: 'employee', pin: EMPLOYEE.pin });
  await callAsSignedIn(page, 'addPerson', { name: MANAGER.name, role: 'manager', pin: MANAGER.pin });
  const publishedDefault = dayFromNow(40);
  await callAsSignedIn(page, 'publishPlaybook', { summary: 'Our first playbook.', dueDate: publishedDefault });

  // The manager assigns the playbook: the current version is already chosen.
  await switchTo(page, MANAGER.name, MANAGER.pin);
  const assignedDue = dayFromNow(7);
  await openAssignments(page);
  await page.getByRole('button', { name: 'New assignment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New assignment' });
  await dialog.getByText('Read the playbook').click();
  await expect(dialog.getByRole('combobox', { name: 'Playbook version' })).toHaveValue(/^Version 1 \(current\)/);
  await dialog.getByLabel('Due date').fill(assignedDue);
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  // The employee's home lists it under "Assigned to you" with the assigned day, not the default.
  await switchTo(page, EMPLOYEE.name, EMPLOYEE.pin);
  const assigned = page.getByRole('region', { name: /Assigned to you/ });
  const card = assigned.getByRole('article', { name: 'Assignment: Read version 1 of the playbook' });
  await expect(card).toContainText(`Due ${await shown(page, assignedDue, 'short')}`);
  await expect(page.getByText(await shown(page, publishedDefault, 'short'))).toHaveCount(0);

  // The playbook page's acknowledge banner says the same day.
  await card.getByRole('button', { name: 'Read and acknowledge: Read version 1 of the playbook' }).click();
  const banner = page.getByRole('region', { name: 'Playbook acknowledgement' });
  await expect(banner).toContainText(`Due by ${await shown(page, assignedDue, 'long')}.`);

  // The acknowledgements CSV carries it for the employee.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Training' }).click();
  await switchTo(page, MANAGER.name, MANAGER.pin);
  await openReportsTab(page, 'Team');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Acknowledgements CSV' }).click()]);
  const lines = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('person,playbook version,due,acknowledged,acknowledged at (Asia/Kuala_Lumpur)');
  expect(lines).toContain(`${EMPLOYEE.name},1,${assignedDue},no,`);
});
