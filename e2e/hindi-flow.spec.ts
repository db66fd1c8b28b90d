/**
 * A supervisor's working session in Hindi on the production build (issue 20): signed in in English, they
 * switch the header's Language control to हिन्दी and search, rename, deactivate (the confirmation in
 * Hindi), run a bulk change and read its report, read the Audit log, reload, and switch back to English.
 * Every text asserted is the Hindi catalog's own (src/i18n/messages/hi/*.json), with the names of groups
 * shown as they are; each screen is also checked for English left over and for Hindi that does not fit.
 * A hi-IN browser's first visit, axe in Hindi and the header at 375 px are in language.spec.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { SEEDED, expect, expectSameDocument, groupRow, groupRows, markDocument, test, twoFramesLater, type Account, type MockApi } from './fixtures';

const html = (page: Page) => page.locator('html');
const header = (page: Page) => page.getByRole('banner');
const searchBox = (page: Page, label: string) => page.getByRole('searchbox', { name: label, exact: true });
const bulkBar = (page: Page) => page.getByRole('region', { name: 'एक साथ कार्रवाइयाँ' });
const selectBox = (page: Page, name: string) => page.getByRole('checkbox', { name: `${name} चुनें`, exact: true });
const rowSwitch = (page: Page, name: string) => groupRow(page, name).getByRole('switch', { name: `${name} सक्रिय`, exact: true });

/** The status a row shows in words ("सक्रिय" / "निष्क्रिय"), not only its switch's position. */
async function expectRowStatus(page: Page, name: string, status: 'सक्रिय' | 'निष्क्रिय'): Promise<void> {
  await expect(groupRow(page, name).getByText(status, { exact: true })).toBeVisible();
}

/**
 * Nothing in English is left on a Hindi screen, seen or read aloud: once the names shown as they are
 * (groups, agents, their emails) are taken out, every Latin word left is a term the glossary keeps (CSV,
 * ID, DeepCall, API, the product's name), the Language control's English, or a Hindi time's am/pm.
 * Read once, not polled: English shown at any moment, even while a catalog loads, is a fault.
 */
async function expectNoEnglish(page: Page, where: string, names: readonly string[]): Promise<void> {
  // What is read as well as what is seen: accessible names, placeholders and tooltips too.
  const said = await page
    .locator('body [aria-label], body [placeholder], body [title]')
    .evaluateAll((elements) => elements.flatMap((element) => ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? '')));
  let text = [await page.locator('body').innerText(), ...said].join('\n');
  // Longest first, so "Billing EMEA" goes before "Billing".
  for (const name of [...names].sort((a, b) => b.length - a.length)) text = text.replaceAll(name, ' ');
  const english = [...new Set(text.match(/[A-Za-z][A-Za-z'’]*/g) ?? [])].filter((word) => !KEPT_IN_HINDI.has(word));
  expect(english, `English words on ${where} in Hindi`).toEqual([]);
}
const KEPT_IN_HINDI = new Set(['CSV', 'ID', 'DeepCall', 'API', 'Group', 'Console', 'English', 'am', 'pm']);

/**
 * The longer Hindi words fit at 1280 px (the project's viewport) and 375 px: the page does not scroll
 * sideways and no button's label, select or tab is cut short. The viewport is put back afterwards.
 */
async function expectHindiFits(page: Page, where: string): Promise<void> {
  const wide = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of [wide.width, 375]) {
    await page.setViewportSize({ width, height: wide.height });
    // Layouts that follow the width through React (media queries in code) have re-rendered by then.
    await twoFramesLater(page);
    const cut = await page.evaluate(() => {
      const clipped = [...document.querySelectorAll<HTMLElement>('button, [class*="Button-label"], select, [role="tab"]')].filter(
        (element) => element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1,
      );
      const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      return [...(sideways > 0 ? [`the page scrolls sideways by ${sideways} px`] : []), ...clipped.map((element) => `cut short: “${element.textContent}”`)];
    });
    expect(cut, `${where} in Hindi at ${width} px`).toEqual([]);
  }
  await page.setViewportSize(wide);
}

/** Gives a group an agent who takes its calls, so switching it off asks first (whatever the seed gave it). */
async function giveCallTaker(mock: MockApi, account: Account, name: string): Promise<void> {
  const group = await mock.get(account, name);
  const agent = (await mock.agents(account))[0];
  if (!agent) throw new Error('the mock account has no agents');
  await mock.setMembers(account, group.id, [{ agentId: agent.agentId, receivesCalls: true }]);
}

/** Selects groups by their row checkboxes, checking the bar counts them in Hindi. */
async function select(page: Page, names: string[], counted: string): Promise<void> {
  for (const name of names) {
    await selectBox(page, name).check();
    await expect(selectBox(page, name)).toBeChecked();
  }
  await expect(bulkBar(page)).toContainText(counted);
}

/** Runs a bulk action from the bar through its Hindi confirmation, and returns its report. */
async function runBulk(page: Page, action: string, title: string, confirm: string): Promise<Locator> {
  await bulkBar(page).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
  return bulkBar(page).getByRole('status');
}

/** The Audit log's rows as a supervisor reads them: the group's name, the change, the outcome (first lines). */
async function auditRows(page: Page): Promise<string[]> {
  const rows = await page
    .getByRole('table', { name: 'ऑडिट लॉग की प्रविष्टियाँ' })
    .getByRole('row')
    .evaluateAll((elements) =>
      elements.flatMap((row) => {
        const cells = [...row.querySelectorAll('td')];
        if (cells.length < 4) return [];
        // Each cell's own first line: the group's ID, notes and reasons are spans after it.
        const first = (cell: Element | undefined) => (cell?.childNodes[0]?.textContent ?? '').trim();
        return [`${first(cells[1])} | ${first(cells[2])} | ${first(cells[3])}`];
      }),
    );
  return rows.sort();
}

test('a supervisor works in Hindi: search, rename, deactivate, a bulk run, the Audit log; reload keeps Hindi, and back to English', async ({
  page,
  mock,
  account,
  signIn,
}) => {
  test.slow(); // One long walk through four screens, on a loaded machine.
  await giveCallTaker(mock, account, 'Support');
  // What is shown as it is, in any language: the groups' names, and the agents' names and emails.
  const asTheyAre = [...SEEDED, 'Billing EMEA', ...(await mock.agents(account)).flatMap((agent) => [agent.name, agent.email])];
  await signIn(account);

  // 1. The header's Language control switches the signed-in console to Hindi, without a reload.
  await markDocument(page);
  await header(page).getByRole('combobox', { name: 'Language' }).selectOption('हिन्दी');
  await expect(page.getByRole('heading', { level: 1, name: 'समूह', exact: true })).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'hi');
  await expect(header(page).getByRole('combobox', { name: 'भाषा' })).toHaveValue('hi');
  await expect(header(page).getByRole('button', { name: 'साइन आउट' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'नया समूह' })).toBeVisible();
  await expectSameDocument(page);
  const search = searchBox(page, 'समूह खोजें');
  await expect(search).toHaveAttribute('placeholder', 'नाम से समूह खोजें');
  await expect(groupRows(page)).toHaveCount(3);
  await expect(bulkBar(page)).toContainText('कई समूहों को एक साथ सक्रिय, निष्क्रिय करने या हटाने के लिए उन पर टिक करें।');
  await expectNoEnglish(page, 'the groups list', asTheyAre);
  await expectHindiFits(page, 'the groups list');

  // 2. Searching in the Hindi search box narrows the rows.
  await search.pressSequentially('bill');
  await expect(groupRows(page)).toHaveCount(1);
  await expect(groupRow(page, 'Billing')).toBeVisible();
  await search.fill('कोई नहीं');
  await expect(page.getByText('कोई समूह “कोई नहीं” से मेल नहीं खाता', { exact: true })).toBeVisible();
  await expect(groupRows(page)).toHaveCount(0);
  await expectNoEnglish(page, 'a search that matches nothing', asTheyAre);
  await search.fill('bill');
  await expect(groupRows(page)).toHaveCount(1);

  // 3. Rename Billing on its page: the form and the saved notice in Hindi, the name as typed.
  await groupRow(page, 'Billing').getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Billing', exact: true })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'सक्रिय', exact: true })).toBeChecked();
  await page.getByRole('textbox', { name: 'नाम', exact: true }).fill('Billing EMEA');
  await page.getByRole('button', { name: 'सहेजें', exact: true }).click();
  const saved = page.getByRole('alert').filter({ hasText: 'समूह सहेजा गया' });
  await expect(saved).toContainText('Billing EMEA सक्रिय है।');
  await expect(page.getByRole('heading', { level: 1, name: 'Billing EMEA', exact: true })).toBeVisible();
  await expect.poll(async () => (await mock.find(account, 'Billing EMEA'))?.status).toBe(1);
  await expectNoEnglish(page, 'the group page with its saved notice', asTheyAre);
  await expectHindiFits(page, 'the group page with its saved notice');
  await page.getByRole('link', { name: '← सभी समूह', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'समूह', exact: true })).toBeVisible();
  await expect(groupRows(page)).toHaveCount(3);
  await expect(groupRow(page, 'Billing EMEA')).toBeVisible();
  await expect(groupRow(page, 'Billing')).toHaveCount(0);

  // 4. Switching Support off from its row asks in Hindi, with its agents counted.
  await rowSwitch(page, 'Support').click();
  const question = page.getByRole('dialog', { name: 'Support को निष्क्रिय करें?', exact: true });
  await expect(question).toContainText('1 एजेंट असाइन है; उनमें से 1 इस समूह की कॉल लेता है। समूह निष्क्रिय रहने तक उन्हें इसकी कोई कॉल नहीं मिलेगी।');
  await expect(question).toContainText('इसके एजेंट और इतिहास बने रहते हैं; आप इसे कभी भी फिर से चालू कर सकते हैं।');
  await expect(question.getByRole('button', { name: 'रद्द करें', exact: true })).toBeVisible();
  await expectNoEnglish(page, 'the row switch’s question', asTheyAre);
  await expectHindiFits(page, 'the row switch’s question');
  await question.getByRole('button', { name: 'निष्क्रिय करें', exact: true }).click();
  await expect(question).toBeHidden();
  await expect(rowSwitch(page, 'Support')).not.toBeChecked();
  await expectRowStatus(page, 'Support', 'निष्क्रिय');
  await expect.poll(async () => Number((await mock.get(account, 'Support')).status)).toBe(0);

  // 5. Bulk runs and their reports, in both plural forms (Hindi verbs agree: किया गया / किए गए).
  await select(page, ['Inside Sales', 'Billing EMEA'], '2 समूह चुने गए');
  let report = await runBulk(page, 'निष्क्रिय करें', '2 समूह निष्क्रिय करें?', '2 समूह निष्क्रिय करें');
  await expect(report).toContainText('2 समूह निष्क्रिय किए गए');
  await expectNoEnglish(page, 'the list with a bulk report', asTheyAre);
  await expectHindiFits(page, 'the list with a bulk report');
  await expectRowStatus(page, 'Inside Sales', 'निष्क्रिय');
  await expectRowStatus(page, 'Billing EMEA', 'निष्क्रिय');
  await expect.poll(async () => (await mock.list(account)).map((g) => Number(g.status))).toEqual([0, 0, 0]);

  await select(page, ['Support'], '1 समूह चुना गया');
  report = await runBulk(page, 'सक्रिय करें', '1 समूह सक्रिय करें?', '1 समूह सक्रिय करें');
  await expect(report).toContainText('1 समूह सक्रिय किया गया');
  await expectRowStatus(page, 'Support', 'सक्रिय');
  await expect.poll(async () => Number((await mock.get(account, 'Support')).status)).toBe(1);
  await report.getByRole('button', { name: 'रिपोर्ट बंद करें' }).click();
  await expect(report).toBeHidden();

  // 6. The Audit log, from the header: each change described in Hindi, the names as they are.
  await header(page).getByRole('link', { name: 'ऑडिट लॉग', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ऑडिट लॉग', exact: true })).toBeVisible();
  const logged = [
    // A rename is filed under the name the group had.
    'Billing | नाम बदला “Billing” → “Billing EMEA” | हो गया',
    'Support | सक्रिय → निष्क्रिय | हो गया',
    'Inside Sales | सक्रिय → निष्क्रिय | हो गया',
    'Billing EMEA | सक्रिय → निष्क्रिय | हो गया',
    'Support | निष्क्रिय → सक्रिय | हो गया',
  ].sort();
  await expect.poll(() => auditRows(page)).toEqual(logged);
  await expect(page.getByText('5 प्रविष्टियाँ', { exact: true })).toBeVisible();
  await expectDatesInHindi(page);
  await expectNoEnglish(page, 'the Audit log', asTheyAre);
  await expectHindiFits(page, 'the Audit log');

  // 7. A reload keeps Hindi, and the session.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'ऑडिट लॉग', exact: true })).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'hi');
  await expect(header(page).getByRole('combobox', { name: 'भाषा' })).toHaveValue('hi');
  await expect(header(page).getByRole('button', { name: 'साइन आउट' })).toBeVisible();
  await expect.poll(() => auditRows(page)).toEqual(logged);

  // Back to English from the groups list, with a search typed: the search is kept, and no reload.
  await header(page).getByRole('link', { name: 'Group Console', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'समूह', exact: true })).toBeVisible();
  await searchBox(page, 'समूह खोजें').pressSequentially('sup');
  await expect(groupRows(page)).toHaveCount(1);
  await markDocument(page);
  await header(page).getByRole('combobox', { name: 'भाषा' }).selectOption('English');
  await expect(page.getByRole('heading', { level: 1, name: 'Groups', exact: true })).toBeVisible();
  await expect(html(page)).toHaveAttribute('lang', 'en');
  await expect(header(page).getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Audit log', exact: true })).toBeVisible();
  await expect(searchBox(page, 'Search groups')).toHaveValue('sup');
  await expect(groupRows(page)).toHaveCount(1);
  await expect(groupRow(page, 'Support').getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select Support', exact: true })).toBeVisible();
  await expectSameDocument(page);
});

/** The log's times are written in Hindi: each as Intl writes its instant in Hindi in this browser. */
async function expectDatesInHindi(page: Page): Promise<void> {
  const times = page.getByRole('table', { name: 'ऑडिट लॉग की प्रविष्टियाँ' }).locator('time');
  const pairs = await times.evaluateAll((elements) =>
    elements.map((element) => ({
      shown: element.textContent,
      hindi: new Intl.DateTimeFormat('hi', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(element.getAttribute('datetime') ?? '')),
    })),
  );
  expect(pairs.length).toBeGreaterThan(0);
  for (const { shown, hindi } of pairs) expect(shown).toBe(hindi);
}
