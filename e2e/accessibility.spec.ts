import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, groupRow, test } from './fixtures';

/** WCAG 2.1 A/AA rules, colour contrast included; a violation is listed by rule and element. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').at(-1)?.trim() ?? ''})`).join('; ')}`,
  );
  expect.soft(found, `accessibility violations on ${where}`).toEqual([]);
}

test('sign-in, groups and edit pages pass axe (WCAG 2.1 AA)', async ({ page, account, signIn }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoViolations(page, '/login');

  await signIn(account);
  await expect(groupRow(page, 'Billing')).toBeVisible();
  await expectNoViolations(page, '/groups');

  await page.getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(page.getByLabel('Name')).toHaveValue('Billing');
  await expectNoViolations(page, '/groups/:id');
});
