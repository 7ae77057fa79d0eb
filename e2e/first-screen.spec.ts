/**
 * The sign-in screen, the one most starts show: compressed and free of the pages behind it, and
 * every name on it shown whole. (How fast it paints is a figure of `npm run bench`, not a test.)
 */
import type { Page } from '@playwright/test';
import { createWorkspace, expect, signOut, test } from './support/fixtures';

const LONG_NAMES = ['Nurul Aisyah binti Abdul Rahman', 'Nurul Aisyah binti Abdul Hamid', 'Nguyễn Thị Minh Khai'];

async function addPeople(page: Page, names: string[]): Promise<void> {
  await page.evaluate(async (list) => {
    const token = sessionStorage.getItem('cxdojo.session');
    for (const name of list) {
      const response = await fetch('/api/addPerson', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ name, role: 'employee', pin: '1357' }) });
      if (!response.ok) throw new Error(`addPerson ${name}: ${response.status}`);
    }
  }, names);
}

test('the sign-in screen loads under 300 KB of compressed JavaScript, and the pages behind it only when opened', async ({ page, browser, host }) => {
  await createWorkspace(page, host.url);
  await signOut(page);

  const fresh = await browser.newContext();
  const visitor = await fresh.newPage();
  const scripts: { url: string; encoding?: string; sent: Promise<number> }[] = [];
  visitor.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), encoding: response.headers()['content-encoding'], sent: response.request().sizes().then((s) => s.responseBodySize) });
  });
  await visitor.goto(host.url);
  await expect(visitor.getByRole('button', { name: 'Sign in as Siti Rahman' })).toBeVisible();
  const onSignIn = scripts.length;
  expect(scripts.map((s) => s.encoding)).toEqual(scripts.map(() => 'br'));
  const sent = (await Promise.all(scripts.map((s) => s.sent))).reduce((a, b) => a + b, 0);
  expect(sent).toBeLessThan(300 * 1024);

  await visitor.getByRole('button', { name: 'Sign in as Siti Rahman' }).click();
  await visitor.getByLabel('PIN').fill('2468');
  await visitor.getByRole('button', { name: 'Sign in', exact: true }).click();
  await visitor.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Scenarios' }).click();
  await expect(visitor.getByRole('heading', { name: 'Scenarios', level: 2 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(onSignIn);
  await fresh.close();
});

test('the sign-in screen shows long names whole, wrapped, never cut short', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await addPeople(page, LONG_NAMES);
  await signOut(page);
  for (const name of LONG_NAMES) {
    const card = page.getByRole('button', { name: `Sign in as ${name}` });
    const shown = card.getByText(name, { exact: true });
    await expect(shown).toBeVisible();
    // A clamped or clipped name is taller or wider inside than the box that shows it.
    const clipped = await shown.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
    expect(clipped, name).toBe(false);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/screenshots/sign-in-long-names.png', fullPage: true });
});
