/**
 * The culture playbook end to end: the leader edits, adds a standard and publishes; the employee
 * reads and acknowledges; the manager sees who is pending; hostile Markdown stays inert; and the
 * playbook survives an export/import round trip.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createWorkspace, expect, signIn, signOut, test } from './support/fixtures';
import { addPerson, openPlaybook, publish, writeChapter } from './support/playbook-steps';

const shots = process.env.CXDOJO_SHOTS ?? 'test-results/screenshots/playbook';

test('the leader publishes v2 with a new standard, the employee acknowledges it, the manager sees who is pending', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url);
  await addPerson(page, 'Budi Santoso', 'Employee', '1357');
  await addPerson(page, 'Maria Cruz', 'Manager', '8642');
  await signOut(page);
  await signIn(page, 'Maria Cruz', '8642');
  await openPlaybook(page);
  await expect(page.getByText("Your leader hasn't published the playbook yet")).toBeVisible();
  await page.screenshot({ path: `${shots}/manager-nothing-published.png`, fullPage: true });
  await signOut(page);
  await signIn(page, 'Siti Rahman', '2468');

  await openPlaybook(page);
  await expect(page.getByText('Not published yet')).toBeVisible();
  await page.screenshot({ path: `${shots}/leader-not-published.png`, fullPage: true });
  await publish(page, 'The starter playbook, adapted for our shop');
  await expect(page.getByText(/Version 1, published/)).toBeVisible();

  await page.getByRole('tab', { name: 'Standards' }).click();
  await expect(page.getByText('Draft — only leaders can see this')).toBeVisible();
  await page.getByRole('button', { name: 'Add standard' }).click();
  const form = page.getByRole('dialog', { name: 'Add a service standard' });
  await form.getByLabel('Title').fill('Confirm the order back');
  await form.getByLabel('The standard in one sentence').fill('Before asking for payment, repeat the item, size, price and delivery address.');
  await form.getByLabel('Look for').fill('Repeats the size and colour\nStates the total with delivery');
  await form.getByRole('button', { name: 'Add standard' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Confirm the order back' })).toBeVisible();
  await page.screenshot({ path: `${shots}/leader-standard-page.png`, fullPage: true });

  await writeChapter(page, 'How we answer chats', '# How we answer chats\n\n## Before payment\n\nAlways read the order back to the customer.\n\n[[standard:confirm-the-order-back]]\n');
  await expect(page.getByLabel('Preview').getByLabel('Service standard: Confirm the order back')).toBeVisible();
  await expect(page.getByLabel('Word count')).toHaveText(/\d+ words/);
  await page.screenshot({ path: `${shots}/leader-editor.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/leader-editor-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await publish(page, 'New standard: confirm the order back before payment');
  await expect(page.getByText(/Version 2, published/)).toBeVisible();
  await page.getByRole('tab', { name: 'Versions' }).click();
  await page.getByRole('combobox', { name: 'From' }).click();
  await page.getByRole('option', { name: 'Version 1' }).click();
  await page.getByRole('combobox', { name: 'To' }).click();
  await page.getByRole('option', { name: 'Version 2' }).click();
  await expect(page.getByLabel('Chapter “How we answer chats”: changed')).toBeVisible();
  await expect(page.getByLabel('Standard “Confirm the order back”: added')).toBeVisible();
  await page.screenshot({ path: `${shots}/versions-diff.png`, fullPage: true });
  await signOut(page);

  await signIn(page, 'Budi Santoso', '1357');
  await openPlaybook(page);
  await page.getByRole('textbox', { name: 'Search the playbook' }).fill('order back');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: 'Standard: Confirm the order back' })).toBeVisible();
  await page.screenshot({ path: `${shots}/employee-search.png`, fullPage: true });
  await page.getByRole('button', { name: 'Clear search' }).click();
  const banner = page.getByRole('region', { name: 'Playbook acknowledgement' });
  await expect(banner).toContainText('Please read version 2 of the playbook');
  await expect(banner).toContainText('New standard: confirm the order back before payment');
  await expect(page.getByRole('tab', { name: 'Edit draft' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Chapters' }).getByText('How we answer chats').click();
  await expect(page.getByText('Always read the order back to the customer.')).toBeVisible();
  await page.screenshot({ path: `${shots}/employee-reading.png`, fullPage: true });
  await page.getByLabel('Service standard: Confirm the order back').click();
  await expect(page.getByRole('heading', { name: 'Confirm the order back' })).toBeVisible();
  await expect(page.getByText('Repeats the size and colour')).toBeVisible();
  await page.getByRole('tab', { name: 'Read' }).click();
  await banner.getByRole('button', { name: 'I have read and will apply version 2' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByText(/^You acknowledged version 2 on/)).toBeVisible();
  await signOut(page);

  await signIn(page, 'Maria Cruz', '8642');
  await openPlaybook(page, 'Acknowledgements');
  const table = page.getByRole('table', { name: 'Acknowledgements of version 2' });
  await expect(table.getByRole('row', { name: /Budi Santoso/ })).toContainText('Acknowledged');
  await expect(table.getByRole('row', { name: /Maria Cruz/ })).toContainText('Pending');
  await expect(page.getByText('1 of 2', { exact: false })).toBeVisible();
  await page.screenshot({ path: `${shots}/manager-acknowledgements.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/manager-acknowledgements-dark.png`, fullPage: true });
});

test('script hidden in a chapter stays inert in the editor preview and for readers', async ({ page, host }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await createWorkspace(page, host.url);
  await openPlaybook(page);
  const payload = [
    '# Tricky chapter',
    '<script>window.__xss = "script"; alert("script")</script>',
    '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')">',
    '<svg><script>window.__xss = "svg"</script><animate onbegin="window.__xss=\'svg-animate\'"/></svg>',
    '<iframe src="javascript:window.parent.__xss=\'iframe\'"></iframe>',
    '[Click for a discount](javascript:window.__xss=\'link\')',
    '<a href="#" onclick="window.__xss=\'onclick\'">Harmless looking</a>',
    '<details open ontoggle="window.__xss=\'details\'"><summary>More</summary>x</details>',
    'Normal text after the payloads.',
  ].join('\n\n');
  await writeChapter(page, 'The experience we want every customer to have', payload);
  const preview = page.getByLabel('Preview');
  await expect(preview.getByText('Normal text after the payloads.')).toBeVisible();
  await preview.getByText('Click for a discount').click();
  await preview.getByText('Harmless looking').click();
  await publish(page, 'Testing hostile text');
  await page.getByRole('tab', { name: 'Read' }).click();
  await expect(page.getByText('Normal text after the payloads.')).toBeVisible();
  await page.getByText('Click for a discount').click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('.playbook-markdown script, .playbook-markdown iframe, .playbook-markdown svg, .playbook-markdown [onerror], .playbook-markdown [onclick]')).toHaveCount(0);
});

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

test('the playbook exported as a zip imports back unchanged with its images, and a broken file is listed before anything is imported', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url);
  await openPlaybook(page, 'Import & export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download playbook.zip' }).click()]);
  expect(download.suggestedFilename()).toBe('playbook.zip');
  const exported = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const paths = Object.keys(exported);
  expect(paths).toContain('playbook.yaml');
  expect(paths.filter((p) => p.startsWith('chapters/')).length).toBe(5);
  expect(paths.filter((p) => p.startsWith('standards/')).length).toBe(12);

  const broken = { ...exported, 'chapters/01-our-experience-statement.md': strToU8(strFromU8(exported['chapters/01-our-experience-statement.md']).replace(/^---\n/, '')) };
  await page.getByLabel('Playbook zip').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(broken)) });
  const check = page.getByRole('region', { name: 'Import check' });
  await expect(check).toContainText('Found 4 chapters and 12 standards');
  await expect(check.getByRole('table', { name: 'Problems per file' })).toContainText('chapters/01-our-experience-statement.md');
  await page.screenshot({ path: `${shots}/import-problems.png`, fullPage: true });
  await check.getByRole('button', { name: 'Cancel' }).click();

  // A chapter showing an image from the folder's assets/, as another workspace's export has it.
  const first = 'chapters/01-our-experience-statement.md';
  const withImage = { ...exported, [first]: strToU8(`${strFromU8(exported[first])}\n![Our shelf](asset:shelf-photo)\n`), 'assets/shelf-photo.png': new Uint8Array(Buffer.from(PNG_1PX, 'base64')) };
  await page.getByLabel('Playbook zip').setInputFiles({ name: 'playbook.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(withImage)) });
  await expect(check).toContainText('No problems found');
  await expect(check).toContainText('and 1 image');
  await page.screenshot({ path: `${shots}/import-with-image.png`, fullPage: true });
  await check.getByRole('button', { name: 'Import into the draft' }).click();
  await expect(page.getByRole('list', { name: 'Chapters of the draft' }).getByRole('listitem')).toHaveCount(5);

  await page.getByRole('tab', { name: 'Import & export' }).click();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download playbook.zip' }).click()]);
  const reexported = unzipSync(new Uint8Array(await readFile((await again.path())!)));
  const strip = (files: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(files).map(([p, b]) => [p, p.endsWith('.png') ? Buffer.from(b).toString('base64') : strFromU8(b).replace(/^updated(At|By):.*$/gm, '')]));
  expect(strip(reexported)).toEqual(strip(withImage));
});
