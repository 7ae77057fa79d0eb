/**
 * Steps for driving training in e2e specs: calling operations as the signed-in person (for setting
 * up people, assignments and scenarios quickly), and playing a scenario in the player.
 * Other specs (progress) may use these to complete an assignment through the real player.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, signOut } from './fixtures';

/** Calls an operation over HTTP as whoever is signed in on the page; throws the host's message on refusal. */
export async function callAsSignedIn<T = unknown>(page: Page, operation: string, input: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ operation, input }) => {
      const token = sessionStorage.getItem('cxdojo.session');
      const response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { operation, input },
  );
  if (!envelope.ok) throw new Error(`${operation} was refused: ${envelope.error?.message}`);
  return envelope.value as T;
}

/** Customer messages arrive at once, so tests do not wait on typing delays. Call before the first page.goto. */
export async function useInstantMessages(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('cxdojo.training.speed', 'instant'));
}

/** As a signed-in manager or leader: adds an employee and returns their id. */
export async function addEmployee(page: Page, name: string, pin: string): Promise<string> {
  const person = await callAsSignedIn<{ id: string }>(page, 'addPerson', { name, role: 'employee', pin });
  return person.id;
}

/** As a signed-in manager or leader: assigns a scenario to people. */
export async function assignScenario(page: Page, scenarioId: string, personIds: string[], options: { mode?: 'coach' | 'assessment'; dueDate?: string | null } = {}): Promise<string> {
  const assignment = await callAsSignedIn<{ id: string }>(page, 'createAssignment', {
    kind: 'scenario',
    scenarioId,
    mode: options.mode ?? 'coach',
    target: { type: 'people', personIds },
    dueDate: options.dueDate ?? null,
  });
  return assignment.id;
}

/** As a signed-in leader: imports one scenario file and publishes it. */
export async function publishScenarioFile(page: Page, id: string, yaml: string): Promise<void> {
  await callAsSignedIn(page, 'importScenarioFiles', { files: [{ name: `${id}.yaml`, text: yaml }] });
  await callAsSignedIn(page, 'publishScenario', { id });
}

/** Signs in as someone else and opens their training (managers and leaders land on their own home). */
export async function switchTo(page: Page, name: string, pin: string): Promise<void> {
  await signOut(page);
  await signIn(page, name, pin);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Training' }).click();
  await expect(page.getByRole('heading', { name: 'Training', level: 2 })).toBeVisible();
}

export const conversation = (page: Page) => page.getByRole('log', { name: /^Conversation with/ });

/** Waits for the composer, types the reply and sends it with Enter. */
export async function sendReply(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: /^Your reply to/ });
  await expect(box).toBeEnabled();
  await box.fill(text);
  await box.press('Enter');
  await expect(conversation(page)).toContainText(text);
}

/** Chooses reply number n (1–4) of a choice step with the keyboard. */
export async function chooseReply(page: Page, n: number): Promise<void> {
  await expect(page.getByTestId('choice-option').first()).toBeVisible();
  const count = await page.getByTestId('choice-option').count();
  await page.locator('body').press(String(n));
  await expect(page.getByTestId('choice-option')).toHaveCount(0);
  expect(n).toBeLessThanOrEqual(count);
}

/** From the training home: starts (or continues) the assignment card with this title. */
export async function openAssignment(page: Page, title: string | RegExp): Promise<void> {
  const card = page.getByTestId('assignment-card').filter({ hasText: title });
  await card.getByRole('button').click();
  await expect(page.getByTestId('chat-frame')).toBeVisible();
}

/** From the training home: practises a scenario from the library. */
export async function practise(page: Page, title: string | RegExp): Promise<void> {
  const card = page.getByTestId('practice-card').filter({ hasText: title });
  await card.getByRole('button', { name: /^(Practise|Continue):/ }).click();
  await expect(page.getByTestId('chat-frame')).toBeVisible();
}
