/**
 * The manager's home on the demo shop: every section shows what needs attention, each item opens
 * the screen where it is handled, and Assignments is a place of its own in the navigation.
 * Screenshots of the home in light and dark, at 1280 and 390 px wide.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createWorkspace, expect, signIn, test } from './support/fixtures';
import { startHost, type RunningHost } from './support/web-host';
import { nav } from './support/progress-steps';
import { callAsSignedIn } from './support/training-steps';

const root = resolve(import.meta.dirname, '..');
const shots = 'test-results/screenshots';
const MANAGER = 'Maria Santos';
const DEMO_PIN = '1234';

function makeDemoShop(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/main.ts'), 'demo', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`The demo shop was not made (${code}):\n${output}`))));
  });
}

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

async function openHomeAsManager(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await signIn(page, MANAGER, DEMO_PIN);
  await expect(page.getByRole('heading', { name: 'Hi Maria', level: 2 })).toBeVisible();
}

test.describe('the manager home', () => {
  let host: RunningHost;
  test.beforeEach(async ({ dataDir }) => {
    test.setTimeout(120_000);
    await makeDemoShop(dataDir);
    host = await startHost(dataDir);
  });
  test.afterEach(async () => host?.stop());

  test('shows what needs attention today, and each item opens the screen where it is handled', async ({ page }) => {
    await openHomeAsManager(page, host);
    await expect(nav(page).getByRole('link').first()).toHaveText('Home');
    await expect(nav(page).getByRole('link', { name: 'Home' })).toHaveAttribute('data-active', 'true');

    const due = section(page, 'Overdue and due soon');
    const reviews = section(page, 'Replies waiting for review');
    const reading = section(page, /^Not yet read: playbook v1/);
    const standards = section(page, 'Weakest standards this month');
    const coaching = section(page, 'Recent coaching');
    for (const s of [due, reviews, reading, standards, coaching]) await expect(s).toBeVisible();
    await expect(due).toContainText(/overdue/);
    await expect(reviews.getByRole('link', { name: /^Review .+'s reply on / })).toHaveCount(5);
    await expect(reviews.getByRole('link', { name: /^See all \d+ in the review queue$/ })).toBeVisible();
    await expect(reading).toContainText(/\d+ of \d+ acknowledged/);
    await expect(standards.getByRole('link', { name: /^Assign practice for / })).toHaveCount(5);
    await expect(standards).toContainText(/points? on the month before|same as the month before|new this month/);
    await expect(coaching).toContainText('from ');
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${shots}/manager-home-${width}-${scheme}.png`, fullPage: true });
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${width} ${scheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });

    // A waiting reply opens the review screen for that attempt.
    const first = reviews.getByRole('link', { name: /^Review .+'s reply on / }).first();
    const label = (await first.getAttribute('aria-label'))!;
    const person = /^Review (.+)'s reply on /.exec(label)![1];
    await first.click();
    await expect(page).toHaveURL(/#\/reports\/review\/[^/]+$/);
    await expect(page.getByRole('tab', { name: 'Review queue' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Conversation')).toBeVisible();
    await expect(page.getByRole('main')).toContainText(person);

    // "Assign practice" on a weak standard opens the assignment form with a scenario chosen.
    await nav(page).getByRole('link', { name: 'Home' }).click();
    await standards.getByRole('link', { name: /^Assign practice for / }).first().click();
    await expect(page).toHaveURL(/#\/assignments\/new\//);
    const dialog = page.getByRole('dialog', { name: 'New assignment' });
    await expect(dialog.getByRole('combobox', { name: 'Scenario' })).not.toHaveValue('');

    // A person behind on their work opens that person's report.
    await page.keyboard.press('Escape');
    await nav(page).getByRole('link', { name: 'Home' }).click();
    const behind = due.locator('[data-home-person]').first();
    const name = (await behind.getAttribute('data-home-person'))!;
    await behind.getByRole('link', { name }).click();
    await expect(page).toHaveURL(/#\/reports\/person\//);
    await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue(new RegExp(name));
  });

  test('Assignments is in the top navigation, and managers preview and assign scenarios without editing', async ({ page }) => {
    await openHomeAsManager(page, host);
    await nav(page).getByRole('link', { name: 'Assignments' }).click();
    await expect(page.getByRole('heading', { name: 'Assignments', level: 2 })).toBeVisible();
    await expect(page.getByLabel(/^Assignment /).first()).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Assignments' })).toHaveCount(0);

    // The old place under Reports leads to the new one.
    await page.goto(`${host.url}/#/reports/assignments`);
    await expect(page).toHaveURL(/#\/assignments$/);
    await expect(page.getByRole('heading', { name: 'Assignments', level: 2 })).toBeVisible();

    await nav(page).getByRole('link', { name: 'Scenarios' }).click();
    await expect(page.getByRole('table', { name: 'Scenarios' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New scenario' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import files' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await page.screenshot({ path: `${shots}/manager-scenario-library.png`, fullPage: true });
    const title = 'The boots from the feed are sold out';
    await page.getByRole('button', { name: `Preview ${title}` }).click();
    await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Preview as trainee' }).getByLabel('Conversation preview')).not.toBeEmpty();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
    await page.screenshot({ path: `${shots}/manager-scenario-preview.png`, fullPage: true });
    await page.getByRole('main').getByRole('link', { name: 'Assign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New assignment' });
    await expect(dialog.getByRole('combobox', { name: 'Scenario' })).toHaveValue(title);
  });
});

test('a new shop: nothing needs anyone yet, and the home says what to do next', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await expect(nav(page).getByRole('link', { name: 'Home' })).toHaveAttribute('data-active', 'true');
  await expect(page.getByRole('heading', { name: 'Nothing needs you today' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toContainText('Publish your playbook');
  await expect(page.getByRole('region', { name: 'Weakest standards this month' })).toContainText('Not enough practice');
  await page.screenshot({ path: `${shots}/manager-home-new-shop-leader.png`, fullPage: true });

  await callAsSignedIn(page, 'addPerson', { name: 'Maria Santos', role: 'manager', pin: '2580' });
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'Maria Santos', '2580');
  const steps = page.getByRole('list', { name: 'Next steps' });
  await expect(steps.getByRole('listitem')).toHaveText([/Ask the leader to publish the playbook/, /Add your team/, /Assign a first scenario/, /Let the team practise/]);
  await steps.getByRole('link', { name: 'Assign a first scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Scenarios', level: 2 })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await nav(page).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing needs you today' })).toBeVisible();
  await page.screenshot({ path: `${shots}/manager-home-new-shop-manager-dark.png`, fullPage: true });
});
