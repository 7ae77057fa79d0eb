/** Steps the transcript specs share: open the page, drop an export file, select text in a message. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const transcriptFixture = (name: string) => resolve(import.meta.dirname, '..', '..', 'src', 'core', 'transcripts', 'fixtures', name);

export async function openTranscripts(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Transcripts' }).click();
  await expect(page.getByRole('heading', { name: 'Transcripts', exact: true })).toBeVisible();
}

/** Drops a file on the drop zone the way a desktop drag does (a real DataTransfer with a File). */
export async function dropFile(page: Page, fileName: string, bytes: Uint8Array | Buffer, target: Locator = page.getByTestId('transcript-drop-zone')): Promise<void> {
  const data = Buffer.from(bytes).toString('base64');
  const transfer = await page.evaluateHandle(
    ({ fileName, data }) => {
      const binary = atob(data);
      const array = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) array[i] = binary.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([array], fileName));
      return dt;
    },
    { fileName, data },
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

export async function dropFixture(page: Page, name: string, asName = name): Promise<void> {
  await dropFile(page, asName, await readFile(transcriptFixture(name)));
}

/** Selects `text` inside the message element whose text contains it, as a mouse selection would. */
export async function selectInMessage(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const element = [...document.querySelectorAll<HTMLElement>('[data-message-text]')].find((el) => el.textContent?.includes(text));
    if (!element) throw new Error(`No message contains "${text}"`);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${text}" spans several parts of the message`);
  }, text);
}

/** The message text element (review or viewer) containing `text`. */
export const messageWith = (page: Page, text: string) => page.locator('[data-message-text]').filter({ hasText: text });

/** Serious or critical axe findings on the current screen, one line each. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}
