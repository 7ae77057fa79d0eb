/**
 * Transcripts end to end: a leader drops a WhatsApp export, checks who is who, reviews the
 * redactions (undoes one, redacts a selection), saves, and finds the chats in the library;
 * hostile chat text stays text; a garbage file is refused with its name.
 */
import { createWorkspace, expect, test } from './support/fixtures';
import { dropFile, dropFixture, messageWith, openTranscripts, selectInMessage, seriousAccessibilityProblems } from './support/transcript-steps';

const shots = process.env.CXDOJO_SHOTS ?? 'test-results/screenshots/transcripts';

test('a leader imports a WhatsApp chat, reviews the redactions and finds it in the library', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url);
  await openTranscripts(page);
  await expect(page.getByText('No chats imported yet')).toBeVisible();
  await page.screenshot({ path: `${shots}/library-empty.png`, fullPage: true });

  await dropFixture(page, 'whatsapp-android-en.txt', 'WhatsApp Chat with +60 12-345 6789.txt');
  await expect(page.getByRole('heading', { name: 'Who is who?' })).toBeVisible();
  const people = page.getByRole('table', { name: 'People in the chat' });
  await expect(people.locator('tr[data-participant="+60 12-345 6789"]')).toContainText('Customer');
  await expect(people.locator('tr[data-participant="+60 12-345 6789"]').getByRole('radio', { name: 'Customer' })).toBeChecked();
  await expect(people.locator('tr[data-participant="Butik Seri Ayu"]').getByRole('radio', { name: 'Staff' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Conversations' }).getByRole('checkbox')).toHaveCount(3);
  await expect(page.getByLabel('Personal data hidden')).toContainText('Phone number: 1');
  await expect(page.getByRole('heading', { name: 'WhatsApp Chat with Customer' })).toBeVisible();
  await page.screenshot({ path: `${shots}/preview-light.png`, fullPage: true });
  expect(await seriousAccessibilityProblems(page)).toEqual([]);

  await page.getByRole('button', { name: /^Review redactions/ }).click();
  await expect(page.getByRole('heading', { name: 'Check what will be hidden' })).toBeVisible();
  const chat = page.getByRole('region', { name: 'Redacted chat' });
  await expect(chat.locator('[data-redaction="ADDRESS"]').first()).toBeVisible();
  await expect(chat.locator('[data-redaction="EMAIL"]')).toHaveText('[EMAIL]');
  await expect(chat).not.toContainText('Nurul');
  await expect(chat).not.toContainText('17-208 4415');
  await page.screenshot({ path: `${shots}/review-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/review-dark.png`, fullPage: true });
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Undo one redaction: the email comes back.
  await chat.getByRole('button', { name: /Email address hidden/ }).click();
  await expect(page.getByText('Hides: nurul.izzati.ahmad88@gmail.com')).toBeVisible();
  await page.getByRole('button', { name: 'Undo: keep the original text' }).click();
  await expect(messageWith(page, 'Can also email the receipt')).toContainText('nurul.izzati.ahmad88@gmail.com');

  // Redact a selection.
  await selectInMessage(page, 'other shop');
  await expect(page.getByText('Selected: other shop')).toBeVisible();
  await page.getByRole('button', { name: 'Redact selection' }).click();
  await expect(messageWith(page, 'Usually M but')).toHaveText('Usually M but last time I bought M from [OTHER] very tight at the arm');
  await expect(messageWith(page, 'Usually M but').locator('[data-redaction="OTHER"]')).toBeVisible();

  await page.getByLabel('Title').fill('Sage green sizing');
  await page.getByRole('combobox', { name: 'Tags' }).fill('sizing');
  await page.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await page.getByRole('button', { name: 'Save 3 transcripts' }).click();
  await expect(page.getByText('3 transcripts saved to the library.')).toBeVisible();

  const library = page.getByRole('table', { name: 'Transcripts' });
  await expect(library.getByRole('row')).toHaveCount(4);
  await expect(library.locator('tr[data-transcript="Sage green sizing · 2024-03-14"]')).toContainText('WhatsApp');
  await expect(library.locator('tr[data-transcript="Sage green sizing · 2024-03-14"]')).toContainText('18');
  await expect(library.locator('tr[data-transcript="Sage green sizing · 2024-03-14"]')).toContainText('sizing');
  await page.screenshot({ path: `${shots}/library-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/library-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByLabel('Search transcripts').fill('03-16');
  await expect(library.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search transcripts').fill('');

  await library.getByRole('link', { name: 'Sage green sizing · 2024-03-14' }).click();
  const transcript = page.getByRole('region', { name: 'Chat' });
  await expect(transcript).toContainText('nurul.izzati.ahmad88@gmail.com');
  await expect(transcript).toContainText('Usually M but last time I bought M from [OTHER] very tight at the arm');
  await expect(transcript).not.toContainText('Nurul Izzati');
  await expect(page.getByRole('link', { name: 'Turn into scenario' })).toHaveAttribute('href', /^#\/scenarios\/from-transcript\/[A-Za-z0-9_-]+$/);
  await page.screenshot({ path: `${shots}/viewer-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/viewer-dark.png`, fullPage: true });
});

test('chat text with HTML and script shows as text; a transcript goes to the trash and comes back', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await openTranscripts(page);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold?</b>';
  const chat = [`02/04/2024, 21:14 - Rina Wati: ${hostile}`, '02/04/2024, 21:15 - Kasut Kita: Hi kak, how can we help?'].join('\n');
  await dropFile(page, 'WhatsApp Chat with Rina.txt', Buffer.from(chat));
  await page.getByRole('button', { name: /^Review redactions/ }).click();
  await expect(messageWith(page, 'onerror')).toHaveText(hostile);
  await page.getByRole('button', { name: 'Save transcript' }).click();
  const transcript = page.getByRole('region', { name: 'Chat' });
  await expect(transcript).toContainText(hostile);
  await expect(transcript.locator('img, script, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('This transcript is in the trash.')).toBeVisible();
  await page.getByRole('link', { name: 'All transcripts' }).click();
  await expect(page.getByText('No chats imported yet')).toBeVisible();
  await page.locator('label').filter({ hasText: 'Trash (1)' }).click();
  await page.getByRole('button', { name: /^Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Restore' }).click();
  await expect(page.getByText('is back in the library')).toBeVisible();
  await expect(page.getByText('The trash is empty')).toBeVisible();
});

test('a garbage file is refused with its name and what is wrong', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await openTranscripts(page);
  await dropFile(page, 'holiday.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  const alert = page.getByRole('alert').filter({ hasText: 'Could not read holiday.txt' });
  await expect(alert).toContainText('holiday.txt: this is a PNG image');
  await page.screenshot({ path: `${shots}/garbage-light.png`, fullPage: true });
  // The drop zone is still there to try another file.
  await expect(page.getByTestId('transcript-drop-zone')).toBeVisible();

  // Beside it, how to export a chat from each app; TikTok points to the CSV the importer reads.
  await page.getByRole('button', { name: 'How do I export a chat?' }).click();
  for (const app of ['WhatsApp and WhatsApp Business', 'Instagram', 'Facebook Messenger', 'Telegram', 'LINE and LINE Official Account', 'TikTok']) await expect(page.getByRole('button', { name: app, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'TikTok', exact: true }).click();
  await expect(page.getByText('timestamp, sender and message')).toBeVisible();
  await page.screenshot({ path: `${shots}/export-help-light.png`, fullPage: true });
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
});
