/**
 * The review of an Indonesian shipping-block chat, through the browser: a WhatsApp export from an
 * unsaved contact (the sender is a phone number) who types name, address and phone and is later
 * called "pak <name>". Nothing personal shows on the review screen, the housing estate included
 * where it is mentioned again; the customer's directions to the house are hidden, with the
 * neighbour named in them ("kak Melati", also a flower); the landmark the shop repeats is hidden by
 * the leader everywhere at once;
 * deleted messages and media left out of the export show as such; and the saved files hold none of
 * the personal strings.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { dropFile, messageWith, openTranscripts, selectInMessage, seriousAccessibilityProblems } from './support/transcript-steps';
import { createWorkspaceIn, filesUnder } from './support/redaction-review-steps';

const shots = process.env.CXDOJO_SHOTS ?? 'test-results/screenshots/redaction-review';
const fixture = new URL('./fixtures/whatsapp-shipping-block-id.txt', import.meta.url);

/** Must never be seen or stored: the customer's name, phone, and the parts of the address the detector finds. */
const PERSONAL = ['Bambang', 'Sutrisno', '812-9034-5521', '0812-9034-5521', 'Jl. Melati Indah', 'No. 27', 'RT 004/RW 011', 'Kel. Sukamaju', 'Sukamaju', 'Kec. Cibitung', 'Cibitung', '17435', 'Blok C3', 'Griya Asri'];
/** A landmark the shop repeats, left by the detector and hidden by the leader with "Hide every occurrence". */
const HIDDEN_IN_REVIEW = 'Al-Ikhlas';
/** The neighbour named in the directions: hidden with them. */
const NEIGHBOUR = 'Melati';

test('a shipping block from an unsaved contact is hidden on screen and on disk, directions to the house too, and a repeated landmark by the leader', async ({ page, host }) => {
  test.slow();
  await createWorkspaceIn(page, host.url, 'Toko Gamis Lestari', /Indonesia/);
  await openTranscripts(page);
  await dropFile(page, 'WhatsApp Chat with +62 812-9034-5521.txt', await readFile(fixture));

  await expect(page.getByRole('heading', { name: 'WhatsApp Chat with Customer' })).toBeVisible();
  await page.getByRole('button', { name: /^Review redactions/ }).click();
  await expect(page.getByRole('heading', { name: 'Check what will be hidden' })).toBeVisible();
  const chat = page.getByRole('region', { name: 'Redacted chat' });
  await expect(messageWith(page, 'Nama:')).toBeVisible();
  for (const secret of PERSONAL) await expect(chat, secret).not.toContainText(secret);
  await expect(messageWith(page, 'Siap pak')).toContainText('Siap pak [NAME');
  // Media left out and a deleted message are said for what they are, not shown as text.
  await expect(chat.locator('[data-marker="media-omitted"]')).toHaveText('Photo or file not included in the export');
  await expect(chat.locator('[data-marker="deleted"]')).toHaveText('Message deleted');
  await expect(chat).not.toContainText('<Media omitted>');
  await expect(chat).not.toContainText('This message was deleted');
  await page.screenshot({ path: `${shots}/review-light.png`, fullPage: true });

  // The second conversation, two days later: the housing estate is hidden where it is mentioned again.
  await page.getByRole('combobox', { name: 'Conversation' }).click();
  await page.getByRole('option', { name: /^Conversation 2/ }).click();
  await expect(messageWith(page, 'kurang jelas')).toHaveText('Kak paketnya belum sampai, kurirnya bilang alamat di [ADDRESS] kurang jelas');
  await expect(messageWith(page, 'satpam')).toContainText('satpam [ADDRESS] aja');

  // "kak Melati" (also a flower) stands in a message that gives directions to the house: a third
  // person named beside personal data is hidden outright, so there is nothing left to suggest.
  await expect(messageWith(page, 'satpam')).toContainText('tetangga kak [NAME]');
  await expect(page.getByText(/suggestions? to check/)).toHaveCount(0);

  // The customer's directions to the house are hidden by the detector; the landmark the shop repeats
  // is left, and the leader hides it wherever it appears.
  await expect(messageWith(page, 'satpam')).toContainText('[ADDRESS]. Kalau saya');
  await expect(messageWith(page, 'patokan masjid')).toContainText(HIDDEN_IN_REVIEW);
  await page.getByRole('combobox', { name: 'Hide it as' }).click();
  await page.getByRole('option', { name: 'Address', exact: true }).click();
  await selectInMessage(page, HIDDEN_IN_REVIEW);
  await page.getByRole('button', { name: 'Hide every occurrence' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hidden in 1 place across the import.' })).toBeVisible();
  await expect(messageWith(page, 'patokan masjid')).toContainText('patokan masjid [ADDRESS] sudah');
  await expect(chat).not.toContainText(HIDDEN_IN_REVIEW);
  await expect(chat).not.toContainText(NEIGHBOUR);
  for (const secret of PERSONAL) await expect(chat, secret).not.toContainText(secret);
  await page.screenshot({ path: `${shots}/review-bulk-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${shots}/review-bulk-dark.png`, fullPage: true });
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Save 2 transcripts' }).click();
  await expect(page.getByText('2 transcripts saved to the library.')).toBeVisible();
  const library = page.getByRole('table', { name: 'Transcripts' });
  await expect(library.getByRole('link', { name: 'WhatsApp Chat with Customer · 2024-06-05' })).toBeVisible();

  const files = await filesUnder(host.dataDir);
  const transcripts = files.filter((f) => /transcripts[\\/][^\\/]+\.json$/.test(f.file) && !f.file.includes('backups'));
  expect(transcripts.length).toBeGreaterThanOrEqual(2);
  for (const { file, text } of files) {
    for (const secret of [...PERSONAL, HIDDEN_IN_REVIEW, NEIGHBOUR]) expect(text, `${secret} in ${file}`).not.toContain(secret);
  }

  // The viewer shows the same markers.
  await library.getByRole('link', { name: 'WhatsApp Chat with Customer · 2024-06-05' }).click();
  const stored = page.getByRole('region', { name: 'Chat' });
  await expect(stored.locator('[data-marker="media-omitted"]')).toHaveText('Photo or file not included in the export');
  await expect(stored.locator('[data-marker="deleted"]')).toHaveText('Message deleted');
  await expect(stored).toContainText('Siap pak [NAME');
  await page.screenshot({ path: `${shots}/viewer-light.png`, fullPage: true });
});
