/** Progress end to end: assign to a role, the employee plays it, a manager reviews with an override and a comment, the employee sees it, the heatmap and the CSV show it. */
import { readFile } from 'node:fs/promises';
import { createWorkspace, expect, LEADER, test } from './support/fixtures';
import { openStep, waitUntilSaved } from './support/scenario-steps';
import { assignScenarioToEmployees, openReportsTab, overrideElement } from './support/progress-steps';
import { addEmployee, callAsSignedIn, chooseReply, openAssignment, sendReply, switchTo, useInstantMessages } from './support/training-steps';

const MANAGER = { name: 'Maria Santos', pin: '2580' };
const EMPLOYEE = { name: 'Budi Santoso', pin: '1357' };
const SCENARIO = 'The boots from the feed are sold out';
// Honest and sorry, but the alternative is offered in words the rubric does not list: "something else".
const REPLY = 'Hi Amara, so sorry! The tan boots are sold out and we should have marked that post. Would you like to see something else for Saturday?';

test('a manager assigns to employees, reviews the reply with an override and a comment; the employee, the heatmap and the CSV all show it', async ({ page, host }) => {
  test.setTimeout(150_000);
  await useInstantMessages(page);
  await createWorkspace(page, host.url);
  await addEmployee(page, EMPLOYEE.name, EMPLOYEE.pin);
  await callAsSignedIn(page, 'addPerson', { name: MANAGER.name, role: 'manager', pin: MANAGER.pin });

  // The manager assigns the scenario to the employee role with a due date.
  await switchTo(page, MANAGER.name, MANAGER.pin);
  const due = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await assignScenarioToEmployees(page, SCENARIO, due);
  const card = page.getByLabel(`Assignment ${SCENARIO}`);
  await expect(card).toContainText(`${EMPLOYEE.name}: Not started`);
  await expect(card).toContainText('0 of 1 done');

  // The employee completes it through the training player.
  await switchTo(page, EMPLOYEE.name, EMPLOYEE.pin);
  await openAssignment(page, SCENARIO);
  await sendReply(page, REPLY);
  await chooseReply(page, 1);
  await expect(page.getByTestId('end-screen')).toBeVisible();
  await page.getByRole('button', { name: 'Back to training' }).first().click();

  // The manager reviews it: one element set differently with a reason, and a coaching comment.
  await switchTo(page, MANAGER.name, MANAGER.pin);
  await openReportsTab(page, 'Review queue');
  await page.getByRole('button', { name: `Review ${EMPLOYEE.name}'s reply on ${SCENARIO}` }).click();
  await expect(page.getByLabel('Conversation')).toContainText(REPLY);
  const row = page.getByRole('row', { name: /Offer an alternative that fits her need/ });
  await expect(row).toContainText('Missed');
  await overrideElement(page, 'Offer an alternative that fits her need', 'Met', '"Something else for Saturday" offers the brown pair.');
  await page.getByLabel('Coaching comment').fill('Nice save, Budi. Next time name the dark brown pair so she can say yes at once.');
  await page.getByRole('button', { name: 'Save review' }).click();
  const history = page.getByLabel('Review history');
  await expect(history).toContainText(`${MANAGER.name}`);
  await expect(history).toContainText('“Offer an alternative that fits her need”: missed → met — “"Something else for Saturday" offers the brown pair.”');
  await expect(page.getByText(/Reviewed score \d+/)).toBeVisible();
  // The decision stays shown as saved, with who made it; no internal ids anywhere on the screen.
  const choice = page.getByRole('radiogroup', { name: 'Your result for Offer an alternative that fits her need' });
  await expect(choice.getByRole('radio', { name: 'Met' })).toBeChecked();
  await expect(row).toContainText(`Set by ${MANAGER.name}`);
  const screen = (await page.getByRole('main').innerText()).toLowerCase();
  for (const id of ['offer-alternative', 'tailor-to-journey', 'keep-feed-honest', 'reply-1', ': not ok', '→ hit']) expect(screen).not.toContain(id);
  await expect(page.getByLabel('How reply 1 was scored')).toContainText(/After review: \d+ of \d+: the reply had/);

  // A tone check is overridden too, and both decisions are kept.
  await page.getByRole('radiogroup', { name: "Your result for Uses the customer's name" }).getByText('Not OK', { exact: true }).click();
  await page.getByRole('textbox', { name: "Reason for changing Uses the customer's name" }).fill('Her name is there but only as a greeting in the wrong place.');
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(history).toContainText("Uses the customer's name: OK → not OK — “Her name is there but only as a greeting in the wrong place.”");
  await expect(choice.getByRole('radio', { name: 'Met' })).toBeChecked();
  await page.getByRole('radiogroup', { name: "Your result for Uses the customer's name" }).getByText('OK', { exact: true }).click();
  await page.getByRole('button', { name: 'Save review' }).click();
  await expect(history.getByText(/Uses the customer's name/)).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `test-results/progress-shots/review-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The team heatmap shows the reviewed result on the standard the override touched.
  await openReportsTab(page, 'Team');
  const cell = page.locator('[data-cell="Budi Santoso|tailor-to-journey"]');
  await expect(cell).toContainText('100');
  await expect(cell.getByRole('button')).toHaveAccessibleName(/Budi Santoso, Tailor the reply.*: 100, too early/);
  await cell.getByRole('button').click();
  await expect(page.getByRole('table', { name: 'Evidence' })).toContainText(SCENARIO);
  await page.keyboard.press('Escape');

  // Twelve standards fit a 1280 px window: no sideways scrolling, no header cut short.
  await page.setViewportSize({ width: 1280, height: 900 });
  const heatmap = page.getByRole('table', { name: 'Mastery heatmap' });
  await expect(heatmap.locator('[data-standard-header]')).toHaveCount(12);
  const layout = await heatmap.evaluate((table) => {
    const paper = table.closest('.mantine-Paper-root') as HTMLElement;
    const style = getComputedStyle(paper);
    const room = paper.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const cut = [...table.querySelectorAll('[data-standard-header] p')].filter((t) => t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1).map((t) => t.textContent);
    return { width: table.getBoundingClientRect().width, room, cut };
  });
  expect(layout.width).toBeLessThanOrEqual(layout.room + 1);
  expect(layout.cut).toEqual([]);
  await expect(page.getByText('Scenario pass rate')).toBeVisible();
  await expect(page.getByText('Playbook acknowledged')).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `test-results/progress-shots/team-${scheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The attempts CSV downloads with the expected rows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Attempts CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cx-dojo-attempts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('attempt,person,scenario,version,mode,status,started (Asia/Kuala_Lumpur),finished (Asia/Kuala_Lumpur),channel,automatic score,score,passed,auto-failed,reviewed,assignment,missed elements');
  expect(lines).toHaveLength(2);
  const cells = lines[1].split(',');
  expect(cells.slice(1, 6)).toEqual([EMPLOYEE.name, SCENARIO, '1', 'coach', 'finished']);
  expect(cells[13]).toBe('yes');
  expect(cells[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(Number(cells[10])).toBeGreaterThan(Number(cells[9]));

  // The employee sees the coaching comment on their training home.
  await switchTo(page, EMPLOYEE.name, EMPLOYEE.pin);
  await expect(page.getByText('Nice save, Budi. Next time name the dark brown pair so she can say yes at once.')).toBeVisible();

  // The review teaches the rubric: the leader sees the manager's "met" in the scenario editor and
  // adds the reply's words to the element, told how many past replies it changes.
  await switchTo(page, LEADER.name, LEADER.pin);
  await page.evaluate(() => (window.location.hash = '/scenarios/boots-sold-out-instagram'));
  const step = await openStep(page, 'reply-1');
  const lessons = step.getByRole('region', { name: 'Lessons from reviews' });
  await expect(lessons).toContainText('Marked met');
  await expect(lessons).toContainText('Offer an alternative that fits her need');
  await expect(lessons).toContainText(`${MANAGER.name}, `);
  const clause = lessons.getByText('“Would you like to see something else for Saturday”').locator('..');
  await expect(clause).toContainText('changes 1 of 1 past reply');
  await clause.getByRole('button', { name: 'Add' }).click();
  await expect(clause.getByRole('button', { name: 'Added' })).toBeDisabled();
  await waitUntilSaved(page);
  await lessons.screenshot({ path: 'test-results/progress-shots/review-lessons-light.png' });
});
