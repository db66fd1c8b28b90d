/**
 * The mock's state and DeepCall's documented Group rules, in one place. The
 * three hosts (msw browser worker, msw node server, node:http server) all run
 * these same rules through handlers.ts.
 */
import { demoAccounts, ErrorCode, serverErrorMessages, type DeepCallCode } from '../src/api/contract';
import { formatDeepCallDate, seedAgentNames, seedGroupNames, seededRandom } from './seed';

export interface MockGroup {
  id: number;
  name: string;
  status: 0 | 1;
  createDate: string;
}
export interface MockAgent {
  agent_unique_id: string;
  name: string;
  email: string;
}
export interface MockRelation {
  agent_unique_id: string;
  group_id: number;
  receive_call: 0 | 1;
}

/** A fault the test harness asks for; applies to one account's requests, `times` times (default: until cleared). */
export interface MockFault {
  kind: 'latency' | 'http' | 'malformed' | 'shape' | 'drop' | 'code';
  /** Only these actions; all when absent. */
  actions?: string[];
  ms?: number;
  /** HTTP status for 'http'; with `withBody` a DeepCall error body comes along. */
  status?: number;
  withBody?: boolean;
  /** DeepCall code for 'code' (1014, 1503…). */
  code?: number;
  times?: number;
}

export interface MockAccount {
  id: string;
  ssid?: string;
  userId?: string;
  token?: string;
  groups: MockGroup[];
  agents: MockAgent[];
  relations: MockRelation[];
  faults: MockFault[];
}

export class DeepCallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** The error a DeepCall server answers with this code, in its own words. */
export function deepCallError(code: DeepCallCode): DeepCallError {
  return new DeepCallError(code, serverErrorMessages[code]);
}

export const errors = {
  nameMissing: () => deepCallError(ErrorCode.NameMissing),
  idMissing: () => deepCallError(ErrorCode.GroupIdMissing),
  notFound: () => deepCallError(ErrorCode.GroupNotFound),
  badToken: () => deepCallError(ErrorCode.SessionInvalid),
  noToken: () => deepCallError(ErrorCode.CredentialsMissing),
  notJson: () => deepCallError(ErrorCode.BodyNotJson),
};

export const DEFAULT_SEED_GROUPS = 25;
const SEED_AGENTS = 40;
const SEED_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

export interface StoreSnapshot {
  nextGroupId: number;
  nextAccount: number;
  accounts: MockAccount[];
}

export class MockStore {
  private accounts = new Map<string, MockAccount>();
  private nextGroupId = 1001;
  private nextAccount = 1;

  constructor(options: { seedGroups?: number } = {}) {
    this.reset(options);
  }

  /** Back to the demo accounts (contract.ts): `demo` with seeded groups, and `other` with three of its own. */
  reset(options: { seedGroups?: number } = {}): void {
    this.accounts.clear();
    this.nextGroupId = 1001;
    this.nextAccount = 1;
    const demo = this.addAccount({ id: 'demo', ...demoAccounts.demo });
    this.seedAccount(demo, options.seedGroups ?? DEFAULT_SEED_GROUPS, 1);
    const other = this.addAccount({ id: 'other', ...demoAccounts.other });
    for (const name of ['Other Co Sales', 'Other Co Support', 'Other Co Billing']) this.insertGroup(other, name);
  }

  snapshot(): StoreSnapshot {
    return structuredClone({
      nextGroupId: this.nextGroupId,
      nextAccount: this.nextAccount,
      accounts: [...this.accounts.values()],
    });
  }

  restore(snapshot: StoreSnapshot): void {
    this.accounts = new Map(snapshot.accounts.map((account) => [account.id, structuredClone(account)]));
    this.nextGroupId = snapshot.nextGroupId;
    this.nextAccount = snapshot.nextAccount;
  }

  /** A fresh, isolated account with its own seeded groups, so parallel tests never meet. */
  createAccount(seedGroups = DEFAULT_SEED_GROUPS): { userId: string; token: string; ssid: string } {
    const n = this.nextAccount++;
    const suffix = `${n}-${Math.random().toString(36).slice(2, 8)}`;
    const credentials = { userId: `test-${suffix}`, token: `token-${suffix}`, ssid: `ssid-${suffix}` };
    const account = this.addAccount({ id: credentials.userId, ...credentials });
    this.seedAccount(account, seedGroups, n + 1);
    return credentials;
  }

  account(id: string): MockAccount | undefined {
    return this.accounts.get(id);
  }

  /** Who is asking: ssid alone, or userId + token. */
  authenticate(body: Record<string, unknown>): MockAccount {
    const { ssid, userId, token } = body;
    if (ssid !== undefined && ssid !== null && ssid !== '') {
      const account = typeof ssid === 'string' ? this.findAccount((a) => a.ssid === ssid) : undefined;
      if (!account) throw errors.badToken();
      return account;
    }
    const hasUser = userId !== undefined && userId !== null && userId !== '';
    const hasToken = token !== undefined && token !== null && token !== '';
    if (!hasToken) throw errors.noToken();
    if (!hasUser || typeof userId !== 'string' || typeof token !== 'string') throw errors.badToken();
    const account = this.findAccount((a) => a.userId === userId && a.token === token);
    if (!account) throw errors.badToken();
    return account;
  }

  list(account: MockAccount, filter: { name?: string; groupId?: unknown }): MockGroup[] {
    let groups = account.groups;
    if (filter.groupId !== undefined && filter.groupId !== null && filter.groupId !== '') {
      const id = parseGroupId(filter.groupId);
      groups = groups.filter((group) => group.id === id);
    }
    const needle = typeof filter.name === 'string' ? filter.name.trim().toLowerCase() : '';
    if (needle) groups = groups.filter((group) => group.name.toLowerCase().includes(needle));
    return groups;
  }

  /** Agents per group, counted once per request (a list can hold 10,000 groups). */
  agentCounts(account: MockAccount): Map<number, number> {
    const counts = new Map<number, number>();
    for (const relation of account.relations) counts.set(relation.group_id, (counts.get(relation.group_id) ?? 0) + 1);
    return counts;
  }

  add(account: MockAccount, name: unknown): MockGroup {
    return this.insertGroup(account, requireName(name));
  }

  update(account: MockAccount, groupId: unknown, name: unknown, status: unknown): MockGroup {
    const group = this.requireGroup(account, groupId, () => requireName(name));
    group.name = uniqueName(account, requireName(name), group.id);
    // DeepCall's documented default: a missing status means 1 (active).
    group.status = status === undefined || status === null || status === '' ? 1 : Number(status) === 0 ? 0 : 1;
    return group;
  }

  delete(account: MockAccount, groupId: unknown): void {
    const group = this.requireGroup(account, groupId);
    account.groups = account.groups.filter((g) => g.id !== group.id);
    account.relations = account.relations.filter((relation) => relation.group_id !== group.id);
  }

  relations(account: MockAccount, groupId: unknown) {
    const group = this.requireGroup(account, groupId);
    const relationData = account.relations.filter((relation) => relation.group_id === group.id);
    const memberIds = new Set(relationData.map((relation) => relation.agent_unique_id));
    return {
      group,
      agentData: account.agents.filter((agent) => memberIds.has(agent.agent_unique_id)),
      relationData,
    };
  }

  addFault(accountId: string, fault: MockFault): void {
    const account = this.accounts.get(accountId);
    if (account) account.faults.push({ ...fault });
  }

  clearFaults(accountId?: string): void {
    for (const account of this.accounts.values()) {
      if (accountId === undefined || account.id === accountId) account.faults = [];
    }
  }

  /** The first fault that matches this action, counting down its remaining uses. */
  takeFault(account: MockAccount, action: string): MockFault | undefined {
    const index = account.faults.findIndex((fault) => !fault.actions || fault.actions.includes(action));
    if (index < 0) return undefined;
    const fault = account.faults[index];
    if (fault === undefined) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) account.faults.splice(index, 1);
    }
    return fault;
  }

  private findAccount(match: (account: MockAccount) => boolean): MockAccount | undefined {
    for (const account of this.accounts.values()) if (match(account)) return account;
    return undefined;
  }

  private addAccount(identity: Pick<MockAccount, 'id' | 'ssid' | 'userId' | 'token'>): MockAccount {
    const account: MockAccount = { ...identity, groups: [], agents: [], relations: [], faults: [] };
    this.accounts.set(account.id, account);
    return account;
  }

  private insertGroup(account: MockAccount, name: string, status: 0 | 1 = 1, createDate?: string, unique = false): MockGroup {
    const group: MockGroup = {
      id: this.nextGroupId++,
      // Seeded names are distinct already; skipping the check keeps a 10,000-group seed fast.
      name: unique ? name : uniqueName(account, name),
      status,
      createDate: createDate ?? formatDeepCallDate(new Date()),
    };
    account.groups.push(group);
    return group;
  }

  private requireGroup(account: MockAccount, groupId: unknown, validate?: () => void): MockGroup {
    if (groupId === undefined || groupId === null || groupId === '') throw errors.idMissing();
    validate?.();
    const id = parseGroupId(groupId);
    const group = account.groups.find((g) => g.id === id);
    if (!group) throw errors.notFound();
    return group;
  }

  private seedAccount(account: MockAccount, groupCount: number, seed: number): void {
    const random = seededRandom(seed);
    account.agents = seedAgentNames(SEED_AGENTS).map((name, i) => ({
      agent_unique_id: `ag-${account.id}-${i + 1}`,
      name,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
    }));
    seedGroupNames(groupCount).forEach((name, i) => {
      const created = new Date(SEED_EPOCH + i * 3_600_000 * 7);
      const group = this.insertGroup(account, name, i % 7 === 6 ? 0 : 1, formatDeepCallDate(created), true);
      const members = Math.floor(random() * 9);
      const seated = new Set<string>();
      for (let m = 0; m < members; m++) {
        const agent = account.agents[Math.floor(random() * account.agents.length)];
        if (agent === undefined || seated.has(agent.agent_unique_id)) continue;
        seated.add(agent.agent_unique_id);
        account.relations.push({ agent_unique_id: agent.agent_unique_id, group_id: group.id, receive_call: random() < 0.8 ? 1 : 0 });
      }
    });
  }
}

/** Ids arrive as numbers or strings; anything else can never match a group. */
function parseGroupId(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return NaN;
}

function requireName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw errors.nameMissing();
  return name.trim();
}

/** Case-insensitive per account; a taken name gets the smallest free number appended: Sales → Sales1. */
export function uniqueName(account: MockAccount, name: string, ownId?: number): string {
  const taken = new Set(account.groups.filter((g) => g.id !== ownId).map((g) => g.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 1; ; n++) {
    const candidate = `${name}${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
