/** "Try a demo shop" in the browser: the same window opens the demo signed in, labelled as a demo, and goes back to one's own workspace. */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

test('welcome → Try a demo shop → the signed-in demo home → back to one’s own workspace, untouched', async ({ page, host, dataDir }) => {
  const demoDir = `${dataDir}-demo`;
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Try a demo shop' }).click();
    // Generating eight weeks of training takes a few seconds on the 2-core machine.
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 45_000 });
    const banner = page.getByRole('region', { name: 'Demo shop' });
    await expect(banner).toContainText('You are in the demo shop');
    await expect(page.getByText('Siti Rahman').first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('demo-home.png') });
    expect(existsSync(join(demoDir, 'workspace.json'))).toBe(true);
    expect(existsSync(join(dataDir, 'workspace.json'))).toBe(false);

    // A reload keeps the demo and its session: the host has switched, not the page.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(banner).toBeVisible();

    await banner.getByRole('button', { name: 'Back to my shop' }).click();
    await expect(page.getByRole('button', { name: 'Create workspace' })).toBeVisible();
    await expect(banner).toBeHidden();
    expect(existsSync(join(dataDir, 'workspace.json'))).toBe(false);
    expect(existsSync(join(demoDir, 'cxdojo.lock'))).toBe(false);
    await page.screenshot({ path: test.info().outputPath('back-home.png') });
  } finally {
    await rm(demoDir, { recursive: true, force: true });
  }
});
