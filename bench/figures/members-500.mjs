/**
 * A group with 500 members (issue 11): its relation reply received → the members section painted,
 * opened from the list after the 10,000-group figures, on the same page.
 */
import { SEED_AGENTS } from '../lib/config.mjs';
import { afterTwoFrames } from '../lib/browser.mjs';
import { sleep } from '../lib/lifecycle.mjs';
import { apiCall } from '../lib/mock-api.mjs';
import { ms, range, stat } from '../lib/stats.mjs';

/** Members given to one group in the set-up (every ninth agent), of whom four in five take calls. */
export const BIG_GROUP_MEMBERS = 500;

export const GOALS = { membersPaintMs: 150 };

/**
 * Gives one group (in the middle of the list) BIG_GROUP_MEMBERS members, every ninth agent of the
 * roster, four in five taking calls; then reads the membership back. Answers the group, the
 * roster and the member ids.
 */
export async function setUpBigGroup() {
  const roster = await apiCall('Agent', 'list', {});
  if (!Array.isArray(roster) || roster.length !== SEED_AGENTS) {
    throw new Error(`Agent/list answered ${Array.isArray(roster) ? roster.length : typeof roster} agents, expected ${SEED_AGENTS}.`);
  }
  const listed = await apiCall('Group', 'list', {});
  const groups = Array.isArray(listed) ? listed : Object.values(listed);
  const group = groups[Math.floor(groups.length * 0.43)];
  // Every ninth agent: a stride prime to the 20 first and 15 last names, so members have all names.
  const memberIds = roster.filter((_, i) => i % 9 === 4).map((a) => a.agent_unique_id).slice(0, BIG_GROUP_MEMBERS);
  const receiveCall = memberIds.filter((_, i) => i % 5 !== 0);
  await apiCall('Group', 'submitAssignGroupToAgent', { groupId: group.id, agent_unique_id: memberIds, receive_call: receiveCall });
  const { relationData } = await apiCall('Group', 'getGroupAgentRelation', { groupId: group.id });
  if (relationData.length !== BIG_GROUP_MEMBERS) throw new Error(`${group.name} has ${relationData.length} members, expected ${BIG_GROUP_MEMBERS}.`);
  return {
    group: { id: String(group.id), name: group.name, members: relationData.length, takingCalls: receiveCall.length },
    roster,
    inGroup: new Set(relationData.map((r) => r.agent_unique_id)),
  };
}

/**
 * From the list, opens the big group (search its name, click it): its relation reply's
 * responseEnd → the paint after the members table has all its rows.
 */
export async function measureMembersPaint(page, { group }) {
  await page.getByLabel('Search groups').fill(group.name);
  const link = page.getByRole('link', { name: group.name, exact: true });
  await link.waitFor();
  await sleep(300);
  await afterTwoFrames(page);
  await page.evaluate((n) => {
    performance.clearResourceTimings();
    window.__bench.watchMembers(n);
  }, group.members);
  await link.click();
  await page.waitForFunction(() => window.__bench.members?.paintedAt != null, null, { timeout: 60_000 });
  const members = await page.evaluate(() => {
    const m = window.__bench.members;
    // The relation reply the table was drawn from: the last one received before its rows appeared.
    const replies = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/Group/getGroupAgentRelation') && e.startTime >= m.armedAt - 1 && e.responseEnd <= m.domAt)
      .sort((a, b) => a.responseEnd - b.responseEnd);
    const entry = replies.at(-1);
    return { rows: m.rows, armedAt: m.armedAt, responseEnd: entry?.responseEnd ?? null, relationRequests: replies.length, domAt: m.domAt, paintedAt: m.paintedAt };
  });
  if (members.responseEnd === null) throw new Error('No getGroupAgentRelation resource entry before the members table filled.');
  return { membersPaintMs: members.paintedAt - members.responseEnd, members };
}

export function report(runs) {
  const membersPaint = runs.map((r) => r.membersPaintMs);
  const membersStat = stat(membersPaint);
  return {
    rows: [
      {
        id: 'membersPaintMs',
        figure: `${BIG_GROUP_MEMBERS}-member group: relation reply received → members section painted (${runs.length} runs)`,
        goal: `≤ ${GOALS.membersPaintMs} ms`,
        median: ms(membersStat.median),
        range: range(membersStat, ms),
        pass: membersStat.median <= GOALS.membersPaintMs,
      },
    ],
    lines: [`Members painted: ${membersPaint.map((v) => v.toFixed(1)).join(', ')} ms.`],
    stats: { membersPaintMs: membersStat },
  };
}
