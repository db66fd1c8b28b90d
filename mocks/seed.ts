/** Deterministic, realistic demo data: group names, agents and who sits in which group. */
import type { MockAccount, MockAgent, MockGroup, MockRelation } from './types';

const departments = [
  'Inside Sales', 'Support', 'Billing', 'Retention', 'Onboarding', 'Collections', 'Technical Support',
  'Customer Care', 'Escalations', 'VIP Desk', 'Returns', 'Renewals', 'Outbound Campaigns',
  'Inbound Leads', 'Quality Assurance', 'Back Office', 'Partner Desk', 'Priority Support', 'Claims', 'Bookings',
];
const qualifiers = [
  '', 'North', 'South', 'EMEA', 'APAC', 'Night Shift', 'Weekend', 'Spanish', 'Hindi', 'French',
  'German', 'Tier 2', 'Tier 3', 'Mumbai', 'Delhi', 'Bengaluru', 'London', 'Berlin', 'Overflow', 'Callbacks',
];
const firstNames = [
  'Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sara', 'Lena', 'Mateo', 'Chloe', 'Omar', 'Fatima',
  'Noah', 'Mia', 'Ishaan', 'Kavya', 'Lucas', 'Emma', 'Arjun', 'Neha', 'Daniel',
];
const lastNames = [
  'Sharma', 'Patel', 'Khan', 'Iyer', 'Fischer', 'Garcia', 'Martin', 'Okafor', 'Nair', 'Rossi',
  'Singh', 'Dubois', 'Müller', 'Mehta', 'Costa',
];

/** mulberry32: a tiny seeded PRNG so every run of the mock holds the same demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct group names: department × qualifier, then numbered rounds. */
export function seedGroupNames(count: number): string[] {
  const names: string[] = [];
  for (let round = 0; names.length < count; round++) {
    for (const qualifier of qualifiers) {
      for (const department of departments) {
        if (names.length >= count) break;
        const base = qualifier ? `${department} ${qualifier}` : department;
        names.push(round === 0 ? base : `${base} ${round + 1}`);
      }
      if (names.length >= count) break;
    }
  }
  return names;
}

/**
 * `count` distinct agent names: every first/last pair once, then the pairs again with a middle
 * initial (`Priya C. Patel`), then with a number, so 5,000 agents stay tellable apart.
 */
export function seedAgentNames(count: number): string[] {
  const names: string[] = [];
  const pairs = firstNames.length * lastNames.length;
  for (let i = 0; i < count; i++) {
    const q = Math.floor((i % pairs) / firstNames.length);
    const first = firstNames[i % firstNames.length] ?? '';
    // 6q + r alone repeats after five rows of first names; the q/5 shift reaches every last name.
    const last = lastNames[(q + i + Math.floor(q / 5)) % lastNames.length] ?? '';
    const round = Math.floor(i / pairs);
    names.push(
      round === 0
        ? `${first} ${last}`
        : round <= 26
          ? `${first} ${String.fromCharCode(64 + round)}. ${last}`
          : `${first} ${last} ${round - 25}`,
    );
  }
  return names;
}

/** A work address made from the name: "Priya C. Patel" → priya.c.patel@example.com. */
export function seedAgentEmail(name: string): string {
  const local = name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '');
  return `${local}@example.com`;
}

/** "YYYY-MM-DD HH:mm:ss", DeepCall's date format. */
export function formatDeepCallDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}

const SEED_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

/** `count` agents with ids `ag-<account>-<n>`; every seventeenth is inactive. */
export function seedAgents(accountId: string, count: number): MockAgent[] {
  return seedAgentNames(count).map((name, i) => ({
    agent_unique_id: `ag-${accountId}-${i + 1}`,
    name,
    email: seedAgentEmail(name),
    status: i % 17 === 16 ? 0 : 1,
  }));
}

/**
 * Groups (ids from `nextGroupId`), then agents spread over them: each group draws up to eight members
 * from the first nine tenths of the agents (so some agents sit in several groups and the last tenth in
 * none), 80% of them taking calls. Deterministic per `seed`; linear in groups + agents.
 */
export function seedAccount(
  account: MockAccount,
  counts: { groups: number; agents: number },
  seed: number,
  nextGroupId: () => number,
): void {
  const random = seededRandom(seed);
  account.agents = seedAgents(account.id, counts.agents);
  const assignable = counts.agents - Math.floor(counts.agents / 10);
  // Seeded names are distinct already: no uniqueness check, which keeps a 50,000-group seed linear.
  seedGroupNames(counts.groups).forEach((name, i) => {
    const created = new Date(SEED_EPOCH + i * 3_600_000 * 7);
    const group: MockGroup = { id: nextGroupId(), name, status: i % 7 === 6 ? 0 : 1, createDate: formatDeepCallDate(created) };
    account.groups.push(group);
    const draws = Math.floor(random() * 9);
    const seated = new Set<string>();
    const relations: MockRelation[] = [];
    for (let m = 0; m < draws; m++) {
      const agent = account.agents[Math.floor(random() * assignable)];
      if (agent === undefined || seated.has(agent.agent_unique_id)) continue;
      seated.add(agent.agent_unique_id);
      relations.push({ agent_unique_id: agent.agent_unique_id, group_id: group.id, receive_call: random() < 0.8 ? 1 : 0 });
    }
    if (relations.length > 0) account.relationsByGroup.set(group.id, relations);
  });
}
