/** Counts read as English: "1 word", never "1 words" (the shared plural helper, seen where a leader writes). */
import { createWorkspace, expect, test } from './support/fixtures';
import { openPlaybook, writeChapter } from './support/playbook-steps';

test('the chapter editor counts one word as "1 word" and two as "2 words"', async ({ page, host }) => {
  await createWorkspace(page, host.url);
  await openPlaybook(page);
  await writeChapter(page, 'How we answer chats', 'Hello');
  await expect(page.getByLabel('Word count')).toHaveText('1 word');
  await writeChapter(page, 'How we answer chats', 'Hello there');
  await expect(page.getByLabel('Word count')).toHaveText('2 words');
});
