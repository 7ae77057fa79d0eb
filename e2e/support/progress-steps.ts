/** Steps for the progress e2e: the Reports page's tabs, the Assignments page and its form, and the review screen. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

export async function openReportsTab(page: Page, tab: 'Team' | 'Person' | 'Review queue'): Promise<void> {
  await nav(page).getByRole('link', { name: 'Reports' }).click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Assignments is a top-level place for managers and leaders. */
export async function openAssignments(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Assignments' }).click();
  await expect(page.getByRole('heading', { name: 'Assignments', level: 2 })).toBeVisible();
}

/** Assigns a scenario to every employee through the form, with a due date. */
export async function assignScenarioToEmployees(page: Page, scenarioTitle: string, dueDate: string): Promise<void> {
  await openAssignments(page);
  await page.getByRole('button', { name: 'New assignment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New assignment' });
  await dialog.getByRole('combobox', { name: 'Scenario' }).click();
  await page.getByRole('option', { name: scenarioTitle }).click();
  await expect(dialog.getByRole('combobox', { name: 'Assign to' })).toHaveValue(/Everyone in a role/);
  await expect(dialog.getByRole('combobox', { name: 'Role' })).toHaveValue('Employees');
  await dialog.getByLabel('Due date').fill(dueDate);
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();
}

/** On the review screen: sets one element's result and gives the reason. */
export async function overrideElement(page: Page, elementLabel: string, to: 'Met' | 'Missed' | 'N/A', reason: string): Promise<void> {
  await page.getByRole('radiogroup', { name: `Your result for ${elementLabel}` }).getByText(to, { exact: true }).click();
  await page.getByRole('textbox', { name: `Reason for changing ${elementLabel}` }).fill(reason);
}
