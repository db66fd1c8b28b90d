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

export function seedAgentNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const first = firstNames[i % firstNames.length];
    const last = lastNames[Math.floor(i / firstNames.length + i) % lastNames.length];
    names.push(`${first} ${last}`);
  }
  return names;
}

/** "YYYY-MM-DD HH:mm:ss", DeepCall's date format. */
export function formatDeepCallDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  );
}
