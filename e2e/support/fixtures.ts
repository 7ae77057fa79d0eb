/** Playwright fixtures: a fresh data folder and a running host per test, torn down after. */
import { test as base, expect, type Page } from '@playwright/test';
import { makeDataDir, removeDataDir, startHost, type RunningHost } from './web-host';

export const test = base.extend<{ dataDir: string; host: RunningHost }>({
  dataDir: async ({}, use) => {
    const dir = await makeDataDir();
    await use(dir);
    await removeDataDir(dir);
  },
  host: async ({ dataDir }, use) => {
    const host = await startHost(dataDir);
    await use(host);
    await host.stop();
  },
});

export { expect };

export const LEADER = { name: 'Siti Rahman', pin: '2468' };

/** Goes through the welcome screen and lands signed in as the leader. */
export async function createWorkspace(page: Page, url: string, brand = 'Kasut Kita'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Brand name').fill(brand);
  await page.getByRole('combobox', { name: 'Home country or region' }).click();
  await page.getByRole('option', { name: /Malaysia/ }).click();
  await page.getByLabel('Your name').fill(LEADER.name);
  await page.getByLabel('Choose a PIN').fill(LEADER.pin);
  await page.getByLabel('Repeat the PIN').fill(LEADER.pin);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  // Seeding reads and checks the whole starter pack (~1 s alone); two hosts and two browsers on
  // the 2-core CI machine can take several times that.
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 25_000 });
}

export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByText('Sign in to CX Dojo')).toBeVisible();
}
