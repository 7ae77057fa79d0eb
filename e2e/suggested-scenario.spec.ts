/**
 * From a real chat to a published scenario with the suggested rubrics: a six-message chat is
 * imported, turned into a scenario, each reply step's suggestion accepted, and the scenario
 * published. The clicks and fields typed are counted (the target: under 20 edits and
 * under 5 minutes) and printed with the time it took.
 */
import { createWorkspace, expect, test } from './support/fixtures';
import { importSerumChat, openStep, waitUntilSaved } from './support/scenario-steps';
import { dropFile, openTranscripts } from './support/transcript-steps';

const CHAT = [
  '03/12/2026, 10:02 - Nadia: Hi sis, the linen shirt in M still available? How much with postage to Shah Alam?',
  "03/12/2026, 10:05 - Kedai Ayu: Hi Nadia! Yes M is available. It's RM59 plus RM8 postage, so RM67 in total. We post tomorrow and it arrives in 2-3 days.",
  '03/12/2026, 10:07 - Nadia: Can I pay COD?',
  "03/12/2026, 10:09 - Kedai Ayu: Sorry Nadia, we don't do COD for Shah Alam yet, but you can pay by online transfer or Touch 'n Go. I'll send the payment link now.",
  '03/12/2026, 10:12 - Nadia: Ok paid already, thank you!',
  "03/12/2026, 10:13 - Kedai Ayu: Thank you Nadia! I'll send the tracking number tomorrow once it's posted.",
].join('\n');

test('a chat becomes a published scenario by accepting the suggested rubrics', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url, 'Kedai Ayu');
  await openTranscripts(page);
  await dropFile(page, 'WhatsApp Chat with Nadia.txt', Buffer.from(`${CHAT}\n`, 'utf8'));

  const started = Date.now();
  let edits = 0;
  const click = async (locator: ReturnType<typeof page.getByRole>) => {
    edits++;
    await locator.click();
  };
  const type = async (locator: ReturnType<typeof page.getByRole>, text: string) => {
    edits++;
    await locator.fill(text);
  };

  await click(page.getByRole('button', { name: /^Review redactions/ }));
  await type(page.getByLabel('Title'), 'Linen shirt price and COD');
  await click(page.getByRole('button', { name: /^Save (1 )?transcript$/ }));
  await expect(page.getByRole('heading', { name: 'Linen shirt price and COD' })).toBeVisible();
  await click(page.getByRole('link', { name: 'Turn into scenario' }));
  await expect(page.getByRole('button', { name: 'Publish v1' })).toBeDisabled();

  for (const stepId of ['reply-1', 'reply-2', 'reply-3']) {
    edits++;
    const step = await openStep(page, stepId);
    const card = step.getByRole('region', { name: 'Suggested rubric' });
    await expect(card.getByText('Suggested', { exact: true })).toBeVisible();
    if (stepId === 'reply-1') {
      await expect(card).toContainText('Give the amount: RM67');
      await expect(card).toContainText("counts double: it answers the customer's question");
      await card.screenshot({ path: 'test-results/screenshots/suggested-rubric-light.png' });
      await page.emulateMedia({ colorScheme: 'dark' });
      await card.screenshot({ path: 'test-results/screenshots/suggested-rubric-dark.png' });
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await click(card.getByRole('button', { name: 'Accept suggestion' }));
    await expect(card).toBeHidden();
    await expect(step.getByLabel('Model answer')).not.toHaveValue('');
    await waitUntilSaved(page);
  }

  const publish = page.getByRole('button', { name: 'Publish v1' });
  await expect(publish).toBeEnabled();
  await click(publish);
  await expect(page.getByText('Published "Linen shirt price and COD" as version 1.')).toBeVisible();
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`Chat to published scenario: ${edits} edits (clicks and fields typed), ${seconds} s`);
  test.info().annotations.push({ type: 'edits', description: `${edits} edits, ${seconds} s` });
  expect(edits).toBeLessThan(20);
});

test('the rubric check scores sample replies beside what the owner expects, and publishing asks before a should-pass sample fails', async ({ page, host }) => {
  test.slow();
  await createWorkspace(page, host.url);
  await page.evaluate(() => (window.location.hash = '/scenarios/late-courier-delivery'));
  const step = await openStep(page, 'reply-1');
  const check = step.getByRole('region', { name: 'Rubric check' });
  await expect(check.getByText('Model answer')).toBeVisible();
  await expect(check).toContainText('1 of 1 samples scored as you expect');

  // A reply the owner would pass, in words the rubric does not know.
  await check.getByLabel('A sample reply').fill('Ifeoma, I am sorry. Tomorrow morning our dispatch man fetches it from the depot and brings it to your door.');
  await check.getByRole('button', { name: 'Add: should pass' }).click();
  await expect(check).toContainText('1 of 2 samples scored as you expect');
  const sample = check.getByRole('group', { name: 'Sample 2' });
  await expect(sample).toContainText('Fails');
  await expect(sample).toContainText('was not found');
  await check.screenshot({ path: 'test-results/screenshots/rubric-check-light.png' });
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Publish v2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Some replies you would pass fail this rubric' });
  await expect(dialog).toContainText('dispatch man');
  await dialog.getByRole('button', { name: 'Fix the rubric first' }).click();
  await expect(dialog).toBeHidden();

  // The owner marks it should-fail instead: everything agrees and publishing goes through.
  await sample.getByText('Should fail').click();
  await expect(check).toContainText('2 of 2 samples scored as you expect');
  await waitUntilSaved(page);
  await page.getByRole('button', { name: 'Publish v2' }).click();
  await expect(page.getByText(/as version 2\./)).toBeVisible();
});

test('editing without losing work: a reply step turned into a choice keeps the real reply, and removing a step reconnects what led to it', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await importSerumChat(page, 'Serum rash');
  await page.getByRole('link', { name: 'Turn into scenario' }).click();
  const step = await openStep(page, 'reply-1');
  await step.getByRole('combobox', { name: 'Step type' }).click();
  await page.getByRole('option', { name: 'Choice' }).click();
  // Nothing is dropped, so nothing is asked: the real reply is now the first option.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(step.getByRole('textbox').filter({ hasText: "I'm really sorry to hear about the rashes." }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Step reply-2 actions' }).click();
  await page.getByRole('menuitem', { name: 'Remove step' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove this step?' });
  await expect(dialog).toContainText('One step leads to it:');
  await expect(dialog.getByRole('checkbox', { name: /^Reconnect it to step \d+, ending/ })).toBeChecked();
  await dialog.screenshot({ path: 'test-results/screenshots/remove-step-light.png' });
  await dialog.getByRole('button', { name: 'Remove step' }).click();
  await expect(page.getByRole('button', { name: 'Open step reply-2' })).toHaveCount(0);
  await waitUntilSaved(page);
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByRole('region', { name: 'Problems' })).not.toContainText('reply-2');
});
