/** Training through the real player: assignments, feedback with highlights, resuming after a reload, retrying, accessibility, and chat text that is never HTML. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createWorkspace, expect, test } from './support/fixtures';
import { addEmployee, assignScenario, chooseReply, conversation, openAssignment, practise, publishScenarioFile, sendReply, switchTo, useInstantMessages } from './support/training-steps';

const EMPLOYEE = { name: 'Budi Santoso', pin: '1357' };
const SHOTS = process.env.CXDOJO_SHOTS_DIR ?? 'test-results/training-shots';
const GOOD_REPLY = "Hi Amara, so sorry! The tan boots are sold out and we should have marked that post. We do have the same cut in dark brown in size 39 — would you like a photo? 😊";

async function expectNoSeriousAxeViolations(page: Page, where: string) {
  // The training page itself (the app's shared header and navigation are checked by their own spec).
  const results = await new AxeBuilder({ page }).include('main').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} — ${v.help} (${v.nodes.map((n) => `${n.html.slice(0, 120)} ${n.any[0]?.message ?? ''}`).slice(0, 3).join(' | ')})`)).toEqual([]);
}

test('an employee plays an assignment: good free-text reply, poor choice, reload mid-way, finish and retry', async ({ page, host }) => {
  test.setTimeout(120_000);
  await useInstantMessages(page);
  await createWorkspace(page, host.url);
  const budi = await addEmployee(page, EMPLOYEE.name, EMPLOYEE.pin);
  const due = new Date(Date.now() + 3 * 86400_000).toISOString().slice(0, 10);
  await assignScenario(page, 'boots-sold-out-instagram', [budi], { dueDate: due });
  await switchTo(page, EMPLOYEE.name, EMPLOYEE.pin);

  const card = page.getByTestId('assignment-card').filter({ hasText: 'The boots from the feed are sold out' });
  await expect(card).toContainText('Due ');
  await expect(card).toContainText('Not started');
  await openAssignment(page, 'The boots from the feed are sold out');

  // The Instagram DM look, with the customer's pseudonym and the image placeholder as a card.
  await expect(page.getByTestId('chat-frame')).toContainText('Amara');
  await expect(conversation(page).getByRole('img', { name: /Image: Screenshot of the tan ankle boots/ })).toBeVisible();
  await expect(conversation(page)).toContainText('Amara said: Hiii are these still available in 39??');
  await expect(page.getByRole('textbox', { name: 'Your reply to Amara' })).toBeVisible();
  await expect(page.getByText('A model answer')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, 'player');
  await page.screenshot({ path: `${SHOTS}/training-player-instagram.png`, fullPage: true });

  await sendReply(page, GOOD_REPLY);
  const feedback = page.getByTestId('step-feedback').first();
  await expect(feedback).toContainText('Reply 1');
  await expect(feedback).toContainText('8 of 8 points');
  const hits = feedback.getByTestId('highlighted-reply').locator('mark[data-kind="hit"]');
  await expect(hits.first()).toBeVisible();
  expect(await hits.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('sold out'), expect.stringContaining('should have marked'), expect.stringContaining('same cut'), expect.stringContaining('would you like')]));
  expect(await feedback.getByTestId('highlighted-reply').locator('mark[data-kind="tone"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^sorry/), expect.stringMatching(/^Amara/)]));
  await expect(feedback.getByRole('list', { name: 'Rubric elements' }).getByRole('listitem')).toHaveText([/Hit.*Say plainly that they are sold out.*2 of 2 points/, /Hit.*Own the post/, /Hit.*Offer an alternative/, /Hit.*Let her decide/]);
  await expect(feedback).toContainText('A model answer');
  await expectNoSeriousAxeViolations(page, 'coach feedback');

  // The standard's playbook passage opens in a side panel.
  await feedback.getByRole('table', { name: 'Points per standard for reply 1' }).getByRole('button').first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Close the page mid-scenario: it resumes at the same step with the same reply.
  await page.reload();
  await expect(conversation(page)).toContainText(`You replied: ${GOOD_REPLY}`);
  await expect(page.getByTestId('choice-option')).toHaveCount(3);
  await expect(page.getByTestId('step-feedback')).toHaveCount(1);

  await chooseReply(page, 3); // "Instagram doesn't let us edit posts" — the poor one
  const end = page.getByTestId('end-screen');
  await expect(end).toBeVisible();
  await expect(end.getByRole('heading', { level: 2 })).toContainText('Not passed yet');
  await expect(end).toContainText('Poor outcome');
  await expect(end.getByRole('table', { name: 'Time per reply against targets' })).toContainText('Reply 2');
  const choiceFeedback = page.getByTestId('step-feedback').nth(1);
  await expect(choiceFeedback).toContainText('You chose:');
  await expect(choiceFeedback).toContainText('A stronger reply:');
  await expect(choiceFeedback.getByRole('table')).toContainText('0 of 2');
  await expectNoSeriousAxeViolations(page, 'end screen and feedback');
  await page.screenshot({ path: `${SHOTS}/training-end-screen.png`, fullPage: true });

  const firstUrl = page.url();
  await end.getByRole('button', { name: 'Try again' }).click();
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByRole('textbox', { name: 'Your reply to Amara' })).toBeVisible();
  await expect(conversation(page)).not.toContainText('You replied');

  await page.getByRole('button', { name: 'Back to training' }).first().click();
  await expect(card.getByRole('button', { name: /^Continue:/ })).toBeVisible();
  await expect(card).toContainText('In progress');
  const results = page.getByRole('region', { name: 'Your latest results' });
  await expect(results).toContainText('not passed');
  await page.screenshot({ path: `${SHOTS}/training-home.png`, fullPage: true });
});

const HOSTILE_SCENARIO = `schemaVersion: 1
id: hostile-text
title: Hostile text
channel: whatsapp
journeyStage: before
touchpoint: people
difficulty: easy
standards: [human-tone]
persona: { name: "<b>Mallory</b>" }
start: c1
steps:
  c1:
    type: customer
    messages:
      - text: "<img src=x onerror=window.__xss=1>"
      - text: "<script>window.__xss=2</script> hello"
    next: r1
  r1:
    type: free-text
    modelAnswer: "hello <img src=x onerror=window.__xss=4>"
    rubric:
      elements:
        - { id: greet, label: Greet, standardId: human-tone, phrases: [[hello, hi]] }
    next: end
  end: { type: ending, outcome: Done, rating: good }
`;

test('chat text containing HTML or script is shown as text and nothing runs', async ({ page, host }) => {
  await useInstantMessages(page);
  await createWorkspace(page, host.url);
  await publishScenarioFile(page, 'hostile-text', HOSTILE_SCENARIO);
  await page.reload();
  // A leader lands on their home; practice is on Training.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Training' }).click();
  await practise(page, 'Hostile text');
  await expect(conversation(page)).toContainText('<img src=x onerror=window.__xss=1>');
  await expect(conversation(page)).toContainText('<script>window.__xss=2</script> hello');
  await expect(page.getByTestId('chat-frame')).toContainText('<b>Mallory</b>');
  await sendReply(page, 'hi <img src=x onerror=window.__xss=3>');
  await expect(page.getByTestId('end-screen')).toBeVisible();
  await expect(page.getByTestId('step-feedback')).toContainText('<img src=x onerror=window.__xss=4>');
  await expect(page.getByTestId('highlighted-reply')).toContainText('<img src=x onerror=window.__xss=3>');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await conversation(page).locator('img, script').count()).toBe(0);
});

test('every channel look renders in light and dark (screenshots for review)', async ({ page, host }) => {
  test.setTimeout(180_000);
  await useInstantMessages(page);
  await createWorkspace(page, host.url);
  for (const [title, file] of [
    ['"This serum is a SCAM" under your Facebook post', 'facebook-comments'],
    ['Tawad sa live selling comments', 'live-sale'],
    ['Sahkan pesanan COD dengan jelas', 'whatsapp'],
  ] as const) {
    for (const scheme of ['light', 'dark']) {
      await page.evaluate((s) => localStorage.setItem('cxdojo.color-scheme', s), scheme);
      await page.goto(`${host.url}/#/training`);
      await page.reload();
      await practise(page, title);
      await expect(page.getByTestId('chat-message').first()).toBeVisible();
      await expectNoSeriousAxeViolations(page, `${file} ${scheme}`);
      await page.screenshot({ path: `${SHOTS}/training-${file}-${scheme}.png`, fullPage: true });
    }
  }
});
