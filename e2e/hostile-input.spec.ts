/**
 * Hostile content in every surface that shows user-made text — people's names, the brand name,
 * playbook Markdown, chapter titles, standard texts, the publish note, scenario titles, persona
 * names and customer messages, coaching comments, reports, imported transcript messages — planted through the operations over HTTP, then
 * viewed by a leader and an employee in the real app: nothing runs (no dialog, no `window.__xss`,
 * no CSP violation, no live handler or script URL in the DOM), and names and chat text show as
 * literal text. Also: a save the disk refuses is reported on screen and lost nowhere.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createWorkspace, expect, test } from './support/fixtures';
import { callAsSignedIn, conversation, practise, switchTo, useInstantMessages } from './support/training-steps';
import { MARKDOWN_PAYLOADS, TEXT_PAYLOADS, watchForXss } from './support/xss-corpus';

const EMPLOYEE = { name: 'Budi Santoso', pin: '1357' };
const CHAT_LINE = TEXT_PAYLOADS.slice(0, 4).join(' ');
const COMMENT = `Great work! ${TEXT_PAYLOADS[0]} ${TEXT_PAYLOADS[2]}`;

function hostileScenarioYaml(): string {
  const starter = readFileSync(join(import.meta.dirname, '..', 'content', 'scenarios', 'address-and-hours.yaml'), 'utf8');
  return starter
    .replace(/^id: address-and-hours$/m, 'id: hostile-chat')
    .replace(/^title: .*$/m, `title: ${JSON.stringify(`Hostile ${TEXT_PAYLOADS[1]}`)}`)
    .replace(/^(\s+)- text: Yo do you guys.*$/m, (_line, indent: string) => `${indent}- text: ${JSON.stringify(CHAT_LINE)}`);
}

test('hostile text everywhere is shown as text and never runs', async ({ page, host }) => {
  test.setTimeout(120_000);
  const watch = await watchForXss(page);
  await useInstantMessages(page);
  await createWorkspace(page, host.url);

  // Plant the payloads through the operations, as a leader.
  const names = TEXT_PAYLOADS.slice(0, 4);
  for (const name of names) await callAsSignedIn(page, 'addPerson', { name, role: 'manager', pin: '8642' });
  const employee = await callAsSignedIn<{ id: string }>(page, 'addPerson', { name: EMPLOYEE.name, role: 'employee', pin: EMPLOYEE.pin });
  const hostileEmployee = await callAsSignedIn<{ id: string }>(page, 'addPerson', { name: TEXT_PAYLOADS[4], role: 'employee', pin: '9753' });
  await callAsSignedIn(page, 'updateSettings', { brandName: TEXT_PAYLOADS[0] });
  const playbook = await callAsSignedIn<{ draft: { chapters: { id: string; title: string }[] } }>(page, 'getPlaybook', {});
  const chapter = playbook.draft.chapters[0];
  await callAsSignedIn(page, 'savePlaybookChapterBody', { id: chapter.id, body: `# Hostile chapter\n\n${MARKDOWN_PAYLOADS.join('\n\n')}\n` });
  await callAsSignedIn(page, 'renamePlaybookChapter', { id: chapter.id, title: `Chapter ${TEXT_PAYLOADS[2]}` });
  await callAsSignedIn(page, 'createPlaybookStandard', {
    title: `Standard ${TEXT_PAYLOADS[0]}`,
    statement: MARKDOWN_PAYLOADS.slice(0, 6).join(' '),
    whyItMatters: MARKDOWN_PAYLOADS.join('\n\n'),
    lookFors: MARKDOWN_PAYLOADS.slice(6, 12),
    donts: MARKDOWN_PAYLOADS.slice(12, 16),
    examples: { good: TEXT_PAYLOADS, poor: MARKDOWN_PAYLOADS.slice(16) },
    channels: [],
  });
  await callAsSignedIn(page, 'publishPlaybook', { summary: `Release ${TEXT_PAYLOADS[3]}` });
  await callAsSignedIn(page, 'importScenarioFiles', { files: [{ name: 'hostile-chat.yaml', text: hostileScenarioYaml() }] });
  await callAsSignedIn(page, 'publishScenario', { id: 'hostile-chat' });
  await callAsSignedIn(page, 'addCoachingComment', { personId: employee.id, text: COMMENT });

  // The leader's screens.
  await page.reload();
  await watch.expectNothingRan('home after planting');
  await page.goto(`${host.url}/#/people`);
  for (const name of names) await expect(page.getByText(name, { exact: true }).first()).toBeVisible();
  await watch.expectNothingRan('people');
  await page.goto(`${host.url}/#/settings`);
  await expect(page.getByRole('textbox', { name: 'Brand name' })).toHaveValue(TEXT_PAYLOADS[0]);
  await watch.expectNothingRan('settings');
  await page.goto(`${host.url}/#/playbook`);
  await expect(page.getByText('Hostile chapter').first()).toBeVisible();
  await watch.expectNothingRan('playbook');
  for (const tab of ['Standards', 'Versions', 'Edit draft']) {
    const button = page.getByRole('tab', { name: tab });
    if ((await button.count()) === 0) continue;
    await button.click();
    await page.waitForTimeout(300);
    await watch.expectNothingRan(`playbook ${tab}`);
  }
  await page.goto(`${host.url}/#/scenarios`);
  await expect(page.getByText(`Hostile ${TEXT_PAYLOADS[1]}`).first()).toBeVisible();
  await watch.expectNothingRan('scenario library');
  await page.goto(`${host.url}/#/scenarios/hostile-chat`);
  await page.waitForTimeout(500);
  await watch.expectNothingRan('scenario editor');
  await page.screenshot({ path: 'test-results/screenshots/hostile-scenario-editor.png', fullPage: true });
  await page.goto(`${host.url}/#/reports`);
  await expect(page.getByText(TEXT_PAYLOADS[4], { exact: true }).first()).toBeVisible();
  await watch.expectNothingRan('team report');
  for (const route of [`reports/person/${hostileEmployee.id}`, `reports/person/${employee.id}`, 'reports/assignments']) {
    await page.goto(`${host.url}/#/${route}`);
    await page.waitForTimeout(500);
    await watch.expectNothingRan(route);
  }
  await page.screenshot({ path: 'test-results/screenshots/hostile-person-report.png', fullPage: true });

  // The sign-in screen lists the names; then the employee's screens.
  await switchTo(page, EMPLOYEE.name, EMPLOYEE.pin);
  await watch.expectNothingRan('sign-in and training home');
  await expect(page.getByText(COMMENT).first()).toBeVisible();
  await page.goto(`${host.url}/#/playbook`);
  await expect(page.getByText('Hostile chapter').first()).toBeVisible();
  await watch.expectNothingRan('playbook reader');
  await page.screenshot({ path: 'test-results/screenshots/hostile-playbook-reader.png', fullPage: true });
  await page.goto(`${host.url}/#/training`);
  await practise(page, `Hostile ${TEXT_PAYLOADS[1]}`);
  await expect(conversation(page)).toContainText(CHAT_LINE);
  await watch.expectNothingRan('training player');
  await page.screenshot({ path: 'test-results/screenshots/hostile-chat.png', fullPage: true });
});

test('the watcher itself catches markup that got into the page', async ({ page, host }) => {
  const watch = await watchForXss(page);
  await page.goto(host.url);
  await expect(page.getByLabel('Brand name')).toBeVisible();
  await watch.expectNothingRan('clean welcome screen');
  // What a sanitiser bug would do: hostile markup inserted into the live page.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__xss=1"><a href="javascript:void 0">x</a>'));
  await page.waitForTimeout(300);
  const caught = await watch.expectNothingRan('after injection').then(
    () => null,
    (error: Error) => error.message,
  );
  expect(caught).toMatch(/script-src-attr inline on <img/);
  expect(caught).toMatch(/<img onerror>/);
  expect(caught).toMatch(/<a href=\\?"javascript:void 0/);
});

test('a save the disk refuses is shown on screen, kept, and written once the disk allows it', async ({ page, host, dataDir }) => {
  await createWorkspace(page, host.url);
  // A directory where the atomic write puts its temp file: the write fails even for root.
  const squatter = join(dataDir, '.workspace.json.tmp');
  await mkdir(squatter);
  await page.goto(`${host.url}/#/settings`);
  await page.getByLabel('Brand name').fill('Kasut Kita Baru');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/Could not save workspace\.json \(EISDIR\)\. Your change is kept in memory/).first()).toBeVisible();
  // The notice stays in the app's banner after moving on.
  await page.goto(`${host.url}/#/people`);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'A change could not be saved' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/write-failed-notice.png', fullPage: true });
  expect(JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).settings.brandName).toBe('Kasut Kita');

  await rmdir(squatter);
  await page.goto(`${host.url}/#/settings`);
  await page.getByLabel('Lock after idle (minutes)').fill('20');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  const saved = JSON.parse(await readFile(join(dataDir, 'workspace.json'), 'utf8')).settings;
  expect([saved.brandName, saved.idleMinutes]).toEqual(['Kasut Kita Baru', 20]);
});

test('hostile messages in an imported chat show as text where the transcript is shown', async ({ page, host }) => {
  const watch = await watchForXss(page);
  await createWorkspace(page, host.url);
  const lines = [
    '14/03/2024, 10:02 - Ayu: Hi, is the blue kebaya in M?',
    ...TEXT_PAYLOADS.slice(0, 4).map((payload, i) => `14/03/2024, 10:0${3 + i} - ${i % 2 ? 'Butik Seri' : 'Ayu'}: ${payload}`),
    `14/03/2024, 10:09 - Butik Seri: ${MARKDOWN_PAYLOADS[1]}`,
  ];
  const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
  const started = await callAsSignedIn<{ sessionId: string }>(page, 'startTranscriptImport', { files: [{ fileName: 'WhatsApp Chat with Ayu.txt', size: bytes.length }] });
  await callAsSignedIn(page, 'sendTranscriptImportChunk', { sessionId: started.sessionId, fileIndex: 0, offset: 0, data: bytes.toString('base64') });
  await callAsSignedIn(page, 'parseTranscriptImport', { sessionId: started.sessionId });
  const saved = await callAsSignedIn<{ transcripts: { id: string }[] }>(page, 'saveTranscriptImport', { sessionId: started.sessionId, title: `Chat ${TEXT_PAYLOADS[1]}` });
  const id = saved.transcripts[0].id;

  await page.goto(`${host.url}/#/scenarios/from-transcript/${id}`);
  await expect(page.getByText(TEXT_PAYLOADS[0]).first()).toBeVisible();
  await watch.expectNothingRan('scenario from transcript');
  await page.screenshot({ path: 'test-results/screenshots/hostile-transcript.png', fullPage: true });
  await page.getByRole('tab', { name: 'Flow' }).click();
  await page.waitForTimeout(500);
  await watch.expectNothingRan('scenario flow graph');
  await page.getByRole('button', { name: 'Preview as trainee' }).click();
  await expect(page.getByText(TEXT_PAYLOADS[0]).first()).toBeVisible();
  await watch.expectNothingRan('preview as trainee');
  await page.goto(`${host.url}/#/transcripts`);
  await page.waitForTimeout(500);
  await watch.expectNothingRan('transcripts page');
});
