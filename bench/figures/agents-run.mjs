/**
 * One run on the agents account (issue 19), on one page, as a supervisor goes: sign in to the
 * groups list, the header's Agents link (first rows), type in "Search agents", a fresh load of
 * /agents, then Import CSV with the 20,000-row file. Also notes which JS and CSS files each step
 * makes the browser fetch (agents-chunks.mjs).
 */
import { afterTwoFrames, apiCounter, openSignIn, withPage } from '../lib/browser.mjs';
import { WEB } from '../lib/config.mjs';
import { sleep } from '../lib/lifecycle.mjs';
import { installAgentsProbe } from '../page/agents-probe.mjs';
import { measureImportPreview } from './agents-import.mjs';
import { measureAgentKeystrokes, measureViewDirect, measureViewFromList } from './agents-view.mjs';

/** The app's JS and CSS requested by the page, by the step under way when each was asked for. */
function filesByStep(page) {
  const files = {};
  const state = { step: 'sign-in' };
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== WEB || !/\.(js|css)$/.test(url.pathname)) return;
    (files[state.step] ??= []).push(url.pathname.replace(/^\//, ''));
  });
  return { files, set: (step) => (state.step = step) };
}

export const measureAgentsRun = (browser, cdp, account, csv, run) =>
  withPage(browser, async (page) => {
    await page.addInitScript(installAgentsProbe, { first: account.first });
    const api = apiCounter(page);
    const steps = filesByStep(page);

    await openSignIn(page, account.ssid);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('tbody tr[aria-rowindex]').first().waitFor({ timeout: 60_000 });
    await api.settle(500);
    await sleep(300);
    await afterTwoFrames(page);

    steps.set('view');
    const view = await measureViewFromList(page, { first: account.first });
    await api.settle(500);
    steps.set('typing');
    const keys = await measureAgentKeystrokes(page, cdp, account.expect, run);

    steps.set('reload');
    const direct = await measureViewDirect(page);
    await api.settle(500);
    steps.set('import');
    const preview = await measureImportPreview(page, api, csv, run);
    return { view, keys, direct, preview, files: steps.files };
  });
