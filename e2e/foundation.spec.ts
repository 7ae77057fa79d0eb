/** First run, people, sign-in by role, PIN lockout, restart and recovery — through the HTTP host in Chromium. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createWorkspace, expect, LEADER, signIn, signOut, test } from './support/fixtures';
import { startHost } from './support/web-host';

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main navigation' });

async function addPerson(page: import('@playwright/test').Page, name: string, role: RegExp, pin: string) {
  await nav(page).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role }).click();
  await dialog.getByLabel('Starting PIN').fill(pin);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

test('a leader creates the workspace, adds an employee, and the employee sees only their navigation', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await expect(nav(page).getByRole('link')).toHaveText(['Home', 'Training', 'Assignments', 'Playbook', 'Scenarios', 'Transcripts', 'People', 'Reports', 'Settings']);
  const gettingStarted = page.getByRole('region', { name: 'Getting started' });
  await expect(gettingStarted.getByRole('listitem').filter({ hasText: 'Add your team' })).not.toContainText('Done.');
  await addPerson(page, 'Budi Santoso', /^Employee/, '1357');
  await nav(page).getByRole('link', { name: 'Home' }).click();
  await expect(gettingStarted.getByRole('listitem').filter({ hasText: 'Add your team' })).toContainText('Done.');
  await expect(gettingStarted.getByRole('listitem').filter({ hasText: 'Publish your playbook' })).not.toContainText('Done.');
  await nav(page).getByRole('link', { name: 'People' }).click();
  await page.screenshot({ path: 'test-results/screenshots/people.png', fullPage: true });
  await signOut(page);

  await signIn(page, 'Budi Santoso', '1357');
  await expect(nav(page).getByRole('link')).toHaveText(['Training', 'Playbook', 'Settings']);
  await expect(page.getByRole('heading', { name: 'Training', level: 2 })).toBeVisible();
  // The role table is enforced by the host, not only by hiding links.
  const refused = await page.evaluate(async () => {
    const token = sessionStorage.getItem('cxdojo.session');
    const response = await fetch('/api/listPeople', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
    return { status: response.status, body: (await response.json()) as { error: { code: string } } };
  });
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('FORBIDDEN');
});

test('five wrong PINs lock the profile for a minute', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await signOut(page);
  await page.getByRole('button', { name: `Sign in as ${LEADER.name}` }).click();
  for (let i = 1; i <= 4; i++) {
    await page.getByLabel('PIN').fill('0000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(`${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left`);
  }
  await page.getByLabel('PIN').fill('0000');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('locked for 60 seconds');
  // Even the right PIN is refused while locked.
  await page.getByLabel('PIN').fill(LEADER.pin);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/locked for \d+ seconds more/);
});

test('everything is still there after the host restarts', async ({ page, host, dataDir }) => {
  test.slow(); // starts the host process twice
  await createWorkspace(page, host.url, 'Batik Bagus');
  await addPerson(page, 'Maria Santos', /^Manager/, '9753');
  await host.stop();

  const again = await startHost(dataDir);
  try {
    await page.goto(again.url);
    await expect(page.getByRole('heading', { name: 'Batik Bagus' })).toBeVisible();
    await signIn(page, 'Maria Santos', '9753');
    await expect(nav(page).getByRole('link')).toHaveText(['Home', 'Training', 'Assignments', 'Playbook', 'Scenarios', 'People', 'Reports', 'Settings']);
    await nav(page).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('row', { name: /Siti Rahman/ })).toBeVisible();
  } finally {
    await again.stop();
  }
});

test('a corrupted workspace.json on start shows the leader the recovery notice and the data from the backup', async ({ page, host, dataDir }) => {
  test.slow(); // starts the host process three times
  await createWorkspace(page, host.url, 'Toko Sepatu');
  await addPerson(page, 'Dewi Lestari', /^Employee/, '1111');
  await host.stop();
  // The restart backs up the good file; then the file is damaged as a crash or a bad disk would.
  const warm = await startHost(dataDir);
  await warm.stop();
  const file = join(dataDir, 'workspace.json');
  const good = await readFile(file, 'utf8');
  await writeFile(file, good.slice(0, Math.floor(good.length / 2)));

  const again = await startHost(dataDir);
  try {
    await page.goto(again.url);
    // The data is back; the notice is for leaders, not for whoever walks up to the sign-in screen.
    await expect(page.getByRole('button', { name: 'Sign in as Dewi Lestari' })).toBeVisible();
    await expect(page.getByText('A damaged file was replaced from a backup')).toHaveCount(0);
    await signIn(page, 'Dewi Lestari', '1111');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page.getByText('A damaged file was replaced from a backup')).toHaveCount(0);
    await signOut(page);
    await signIn(page, LEADER.name, LEADER.pin);
    await expect(page.getByText('A damaged file was replaced from a backup')).toBeVisible();
    await expect(page.getByText(/workspace.json is not valid JSON.*moved to recovered\//)).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/recovery.png', fullPage: true });
  } finally {
    await again.stop();
  }
});
