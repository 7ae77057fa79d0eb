/**
 * The first-run smoke through Playwright's Electron driver against the built app. Where the
 * Electron binary is not installed (it cannot be downloaded on every machine), the spec is
 * skipped with the reason printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { makeDataDir, removeDataDir } from './support/web-host';

const root = resolve(import.meta.dirname, '..');

function electronBinary(): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.log('[electron.spec] skipped: the Electron binary is not installed (node_modules/electron/path.txt or its binary is missing).');

test('the desktop app opens on the welcome screen and creates a workspace', async () => {
  test.skip(!binary, 'The Electron binary is not installed on this machine.');
  const dataDir = await makeDataDir();
  const app = await electron.launch({ executablePath: binary!, args: [join(root, 'out', 'main', 'index.js')], env: { ...process.env, CXDOJO_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Welcome to CX Dojo' })).toBeVisible();
    await page.getByLabel('Brand name').fill('Kasut Kita');
    await page.getByRole('combobox', { name: 'Home country or region' }).click();
    await page.getByRole('option', { name: /Malaysia/ }).click();
    await page.getByLabel('Your name').fill('Siti Rahman');
    await page.getByLabel('Choose a PIN').fill('2468');
    await page.getByLabel('Repeat the PIN').fill('2468');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  } finally {
    await app.close();
    await removeDataDir(dataDir);
  }
});
