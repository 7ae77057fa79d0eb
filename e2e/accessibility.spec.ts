/** Every main screen, light and dark, checked with axe: no serious or critical violations. */
import AxeBuilder from '@axe-core/playwright';
import { createWorkspace, expect, test } from './support/fixtures';

const SCREENS = ['home', 'training', 'assignments', 'playbook', 'scenarios', 'transcripts', 'people', 'reports', 'settings'];

for (const scheme of ['light', 'dark'] as const) {
  test(`the main screens have no serious accessibility problems in the ${scheme} theme`, async ({ page, host }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await createWorkspace(page, host.url);
    const problems: string[] = [];
    for (const screen of SCREENS) {
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: new RegExp(screen, 'i') }).click();
      await expect(page.locator('main')).toBeVisible();
      await expect(page.locator('[aria-label^="Loading"]')).toHaveCount(0);
      await page.screenshot({ path: `test-results/screenshots/${screen}-${scheme}.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        problems.push(`${screen}: ${v.id} (${v.impact}) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
}
