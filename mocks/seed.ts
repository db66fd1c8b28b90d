/** Deterministic, realistic demo data: group names, agents and who sits in which group. */

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
