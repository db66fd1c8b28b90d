/**
 * Coming back to the list from a group page (issue 5): within 30 s of the list load the app asks
 * the server nothing again.
 */
import { range, stat } from '../lib/stats.mjs';
import { GOALS as LIST_GOALS } from './list-10k.mjs';

/** After a list visit (list-visit.mjs) on the same page: open its first group, then go back. */
export async function measureReturnToList(page, api, { listLoadedAt, typingRequests }) {
  const link = page.locator('tbody tr[aria-rowindex] a').first();
  const groupName = (await link.textContent()) ?? '';
  await link.click();
  await page.waitForURL(/\/groups\/[^/?#]+$/);
  await page.getByRole('heading', { level: 1, name: groupName, exact: true }).waitFor();
  await api.settle(1000);
  const groupPageRequests = api.count - typingRequests;
  api.reset();
  await page.goBack();
  await page.locator('tbody tr[aria-rowindex]').first().waitFor();
  await api.settle(1000);
  return { groupPageRequests, returnRequests: api.count, returnUrls: api.urls, secondsSinceListLoad: (Date.now() - listLoadedAt) / 1000 };
}

export function report(runs) {
  const returnStat = stat(runs.map((r) => r.returnRequests));
  const latest = Math.ceil(Math.max(...runs.map((r) => r.secondsSinceListLoad)));
  return {
    rows: [
      {
        id: 'returnRequests',
        figure: `/api/ requests on returning to the list from a group page (≤ ${latest} s after load)`,
        goal: '0',
        median: String(returnStat.median),
        range: range(returnStat, String),
        pass: returnStat.max === LIST_GOALS.requests && runs.every((r) => r.secondsSinceListLoad < 30),
      },
    ],
    lines: [`Group page made ${runs.map((r) => r.groupPageRequests).join(', ')} /api/ request(s) per run (its own data; not counted above).`],
    stats: { returnRequests: returnStat },
  };
}
