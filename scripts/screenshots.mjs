/**
 * `npm run screenshots`: the README's pictures, taken in Chromium from the
 * console as a supervisor uses it (dev server, mock API in the page).
 * Writes docs/screenshots/*.png.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 5197);
const BASE = `http://localhost:${PORT}`;
const OUT = 'docs/screenshots';
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : undefined);

const server = spawn('npx', ['vite', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`dev server did not start on ${BASE}`);
}

async function mock(page, path, body) {
  return page.evaluate(
    ([p, b]) => fetch(p, { method: 'POST', body: JSON.stringify(b) }).then((r) => r.json()),
    [path, body],
  );
}

try {
  await waitForServer();
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const context = await browser.newContext({ viewport: { width: 1200, height: 760 }, colorScheme: 'light' });
  const page = await context.newPage();
  // A cold dev server optimizes dependencies on the first visit and reloads the page once: let it.
  await page.goto(`${BASE}/login`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await page.waitForTimeout(2000);
  await page.reload();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  const account = await mock(page, '/__mock/accounts', { seedGroups: 25 });
  await page.getByRole('tab', { name: 'User ID and token' }).click();
  await page.getByLabel('User ID').fill(account.userId);
  await page.getByLabel('Token').fill(account.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Groups' }).waitFor();
  await page.getByRole('switch').first().waitFor();
  const shot = (name) => page.screenshot({ path: `${OUT}/${name}.png`, animations: 'disabled' });
  await shot('groups-light');

  // The console follows the system's scheme until one is picked: a dark system makes it dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' });
  await page.getByRole('combobox', { name: 'Theme' }).waitFor();
  await shot('groups-dark');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light theme' });

  // Bulk progress: slow the account down so the bar is caught mid-way.
  await mock(page, '/__mock/faults', { account: account.userId, fault: { kind: 'latency', ms: 1500, actions: ['update'] } });
  await page.getByRole('checkbox', { name: 'Select Support', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select Escalations' }).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await page.getByRole('button', { name: /^Deactivate \d+ groups$/ }).click();
  await page.getByRole('progressbar', { name: 'Bulk change progress' }).waitFor();
  await page.waitForTimeout(1700);
  await shot('bulk-progress');
  await page.getByRole('region', { name: 'Bulk actions' }).getByText(/groups deactivated/).waitFor({ timeout: 20_000 });

  await page.getByRole('button', { name: /Recent changes/ }).click();
  await page.getByRole('dialog', { name: 'Recent changes' }).waitFor();
  await page.waitForTimeout(300);
  await shot('history');
  await page.keyboard.press('Escape');

  // The members editor with a pending change: one agent removed, one no longer taking calls, one added.
  await page.getByRole('dialog', { name: 'Recent changes' }).waitFor({ state: 'hidden' });
  await page.getByRole('link', { name: 'Billing', exact: true }).click();
  const members = page.getByRole('table', { name: 'Agents in this group' });
  await members.waitFor();
  await members.getByRole('button', { name: /^Remove / }).first().click();
  await members.getByRole('switch', { name: / takes calls$/ }).first().click();
  await page.getByRole('button', { name: 'Add agents' }).click();
  const picker = page.getByRole('dialog', { name: 'Add agents' });
  await picker.getByRole('checkbox').first().click();
  await picker.getByRole('button', { name: 'Add 1 agent' }).click();
  await picker.waitFor({ state: 'hidden' });
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.getByRole('region', { name: 'Pending member changes' }).scrollIntoViewIfNeeded();
  // The bulk run's notification closes by itself; the picture is of the members, not of it.
  await page.getByText('All done.').waitFor({ state: 'hidden', timeout: 10_000 });
  await shot('members');

  // The import preview: a small team sheet with one unknown agent, before anything is sent.
  await page.setViewportSize({ width: 1200, height: 1480 });
  await page.goto(`${BASE}/agents/import`);
  await page.getByRole('heading', { name: 'Import memberships' }).waitFor();
  await page.getByRole('radio', { name: /^Add/ }).check();
  const id = (n) => `ag-${account.userId}-${n}`;
  const sheet = ['group,agent_id,takes_calls', `Billing,${id(1)},yes`, `Billing,${id(2)},no`, `Support,${id(3)},yes`, `Support,${id(999)},yes`, `Retention,${id(4)},`];
  await page.getByLabel('Or paste the CSV text').fill(sheet.join('\n'));
  await page.getByText('Changes by group').waitFor();
  await page.getByRole('checkbox', { name: 'Skip rows with errors' }).check();
  await page.waitForTimeout(300);
  await shot('import-preview');

  // The groups list in Hindi (issue 20): the header's Language control, applied at once.
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto(`${BASE}/groups`);
  await page.getByRole('switch').first().waitFor();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'हिन्दी' });
  await page.getByRole('heading', { name: 'समूह', level: 1 }).waitFor();
  await page.waitForTimeout(300);
  await shot('groups-hindi');
  await page.getByRole('combobox', { name: 'भाषा' }).selectOption({ label: 'English' });
  await browser.close();
  console.log(`screenshots written to ${OUT}/`);
} finally {
  stop();
}
