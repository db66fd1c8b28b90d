/**
 * The mock's state and DeepCall's documented rules, in one place. The three
 * hosts (msw browser worker, msw node server, node:http server) all run these
 * same rules through handlers.ts.
 */
import {
  AgentErrorCode,
  agentServerErrorMessages,
  demoAccounts,
  ErrorCode,
  serverErrorMessages,
  type AgentCode,
  type DeepCallCode,
} from '../src/api/contract';
import { formatDeepCallDate, seedAgentEmail, seedAgentNames, seedGroupNames, seededRandom } from './seed';

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
  status: 0 | 1;
}
export interface MockRelation {
  agent_unique_id: string;
  group_id: number;
  receive_call: 0 | 1;
}

/**
 * A fault the test harness asks for; applies to one account's requests, `times` times (default: until cleared).
 * Credentials are checked first: a fault never answers a request the account did not make.
 */
export interface MockFault {
  kind: 'latency' | 'http' | 'malformed' | 'shape' | 'drop' | 'code' | 'elsewhere';
  /**
   * Only these actions; all when absent. Group actions by their bare name (`list`, `update`,
   * `submitAssignGroupToAgent`…), Agent actions with their module: `Agent/list`. So `['list']`
   * is the group list only, never the roster.
   */
  actions?: string[];
  ms?: number;
  /** HTTP status for 'http'; with `withBody` a DeepCall error body comes along. */
  status?: number;
  withBody?: boolean;
  /** DeepCall code for 'code' (1014, 1503…), answered in the wording of the module asked. */
  code?: number;
  /**
   * For 'elsewhere': a colleague's change to one group, made the moment a request about that group
   * (or a `list` of every group) arrives, before it is answered normally. So a change lands exactly
   * between the console's read and its change: a `list` sees it, an `update` of a deleted group gets 1503.
   */
  elsewhere?: ElsewhereChange;
  times?: number;
}

/** What a colleague does to a group behind the console's back: delete it, or rename it and/or switch it. */
export interface ElsewhereChange {
  groupId: number | string;
  delete?: boolean;
  name?: string;
  status?: 0 | 1;
}

/** How an account's server behaves, switchable per account through POST /__mock/settings. */
export interface MockSettings {
  /**
   * `getGroupAgentRelation`'s `agentData` holds only the group's members instead of the account's
   * agents, so the client must read the roster from Agent/list.
   */
  membersOnlyAgentData: boolean;
}

export interface MockAccount {
  id: string;
  ssid?: string;
  userId?: string;
  token?: string;
  groups: MockGroup[];
  agents: MockAgent[];
  /** Each group's relations, by group id: a membership is read and replaced as a whole, and never scanned for. */
  relationsByGroup: Map<number, MockRelation[]>;
  faults: MockFault[];
  settings: MockSettings;
}

/** What a new account is seeded with; absent fields take the store's defaults. */
export interface AccountSeed {
  seedGroups?: number;
  seedAgents?: number;
  membersOnlyAgentData?: boolean;
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

/** The same for the Agent module, whose numbers mean other things. */
export function agentError(code: AgentCode): DeepCallError {
  return new DeepCallError(code, agentServerErrorMessages[code]);
}

export const errors = {
  nameMissing: () => deepCallError(ErrorCode.NameMissing),
  idMissing: () => deepCallError(ErrorCode.GroupIdMissing),
  notFound: () => deepCallError(ErrorCode.GroupNotFound),
  invalidParameters: () => deepCallError(ErrorCode.InvalidParameters),
  badToken: () => deepCallError(ErrorCode.SessionInvalid),
  noToken: () => deepCallError(ErrorCode.CredentialsMissing),
  notJson: () => deepCallError(ErrorCode.BodyNotJson),
};

export const DEFAULT_SEED_GROUPS = 25;
export const DEFAULT_SEED_AGENTS = 40;
const SEED_EPOCH = Date.UTC(2025, 0, 6, 9, 0, 0);

/** An account as a snapshot holds it: plain JSON, relations as one list. */
export interface AccountSnapshot extends Omit<MockAccount, 'relationsByGroup' | 'settings'> {
  relations: MockRelation[];
  /** Absent in snapshots saved before settings existed. */
  settings?: MockSettings;
}

export interface StoreSnapshot {
  nextGroupId: number;
  nextAccount: number;
  accounts: AccountSnapshot[];
}

const noRelations: readonly MockRelation[] = Object.freeze([]);

export class MockStore {
  private accounts = new Map<string, MockAccount>();
  private nextGroupId = 1001;
  private nextAccount = 1;
  private readonly defaults: Required<AccountSeed>;

  /** The options are also the defaults of every later reset and new account. */
  constructor(options: AccountSeed = {}) {
    this.defaults = {
      seedGroups: options.seedGroups ?? DEFAULT_SEED_GROUPS,
      seedAgents: options.seedAgents ?? DEFAULT_SEED_AGENTS,
      membersOnlyAgentData: options.membersOnlyAgentData ?? false,
    };
    this.reset();
  }

  /** Back to the demo accounts (contract.ts): `demo` with seeded groups and agents, and `other` with three of each of its own. */
  reset(options: AccountSeed = {}): void {
    const seed = { ...this.defaults, ...definedOnly(options) };
    this.accounts.clear();
    this.nextGroupId = 1001;
    this.nextAccount = 1;
    const demo = this.addAccount({ id: 'demo', ...demoAccounts.demo }, seed.membersOnlyAgentData);
    this.seedAccount(demo, seed.seedGroups, seed.seedAgents, 1);
    const other = this.addAccount({ id: 'other', ...demoAccounts.other }, seed.membersOnlyAgentData);
    for (const name of ['Other Co Sales', 'Other Co Support', 'Other Co Billing']) this.insertGroup(other, name);
    other.agents = seedAgents(other.id, 3);
  }

  snapshot(): StoreSnapshot {
    return {
      nextGroupId: this.nextGroupId,
      nextAccount: this.nextAccount,
      accounts: [...this.accounts.values()].map(({ relationsByGroup, ...rest }) => ({
        ...structuredClone(rest),
        relations: [...relationsByGroup.values()].flatMap((relations) => relations.map((relation) => ({ ...relation }))),
      })),
    };
  }

  /** Also reads snapshots saved before agents had a status and accounts had settings. */
  restore(snapshot: StoreSnapshot): void {
    this.accounts = new Map(
      snapshot.accounts.map((saved) => {
        const { relations, settings, ...rest } = structuredClone(saved);
        const account: MockAccount = {
          ...rest,
          agents: rest.agents.map((agent) => ({ ...agent, status: agent.status === 0 ? 0 : 1 })),
          relationsByGroup: groupRelations(relations ?? []),
          settings: { membersOnlyAgentData: settings?.membersOnlyAgentData === true },
        };
        return [account.id, account];
      }),
    );
    this.nextGroupId = snapshot.nextGroupId;
    this.nextAccount = snapshot.nextAccount;
  }

  /** A fresh, isolated account with its own seeded groups and agents, so parallel tests never meet. */
  createAccount(options: AccountSeed | number = {}): { userId: string; token: string; ssid: string } {
    const seed = { ...this.defaults, ...definedOnly(typeof options === 'number' ? { seedGroups: options } : options) };
    const n = this.nextAccount++;
    const suffix = `${n}-${Math.random().toString(36).slice(2, 8)}`;
    const credentials = { userId: `test-${suffix}`, token: `token-${suffix}`, ssid: `ssid-${suffix}` };
    const account = this.addAccount({ id: credentials.userId, ...credentials }, seed.membersOnlyAgentData);
    this.seedAccount(account, seed.seedGroups, seed.seedAgents, n + 1);
    return credentials;
  }

  account(id: string): MockAccount | undefined {
    return this.accounts.get(id);
  }

  /** Changes how one account's server behaves; false when there is no such account. */
  configure(accountId: string, settings: Partial<MockSettings>): boolean {
    const account = this.accounts.get(accountId);
    if (!account) return false;
    if (settings.membersOnlyAgentData !== undefined) account.settings.membersOnlyAgentData = settings.membersOnlyAgentData;
    return true;
  }

  /** Who is asking, in the Group module: ssid alone, or userId + token; ssid wins when both arrive. */
  authenticate(body: Record<string, unknown>): MockAccount {
    const { ssid, userId, token } = body;
    if (present(ssid)) {
      const account = typeof ssid === 'string' ? this.findAccount((a) => a.ssid === ssid) : undefined;
      if (!account) throw errors.badToken();
      return account;
    }
    if (!present(token)) throw errors.noToken();
    if (!present(userId) || typeof userId !== 'string' || typeof token !== 'string') throw errors.badToken();
    const account = this.findAccount((a) => a.userId === userId && a.token === token);
    if (!account) throw errors.badToken();
    return account;
  }

  /**
   * Who is asking, in the Agent module, where "with userId + token, ssid must be absent". Both
   * schemes at once are refused with 1000 Invalid parameter(s): the request is malformed, the
   * credentials may well be fine, so the answer must not read as an ended session (1014).
   */
  authenticateAgentModule(body: Record<string, unknown>): MockAccount {
    if (present(body.ssid) && (present(body.userId) || present(body.token))) throw errors.invalidParameters();
    return this.authenticate(body);
  }

  list(account: MockAccount, filter: { name?: string; groupId?: unknown }): MockGroup[] {
    let groups = account.groups;
    if (present(filter.groupId)) {
      const id = parseGroupId(filter.groupId);
      groups = groups.filter((group) => group.id === id);
    }
    const needle = typeof filter.name === 'string' ? filter.name.trim().toLowerCase() : '';
    if (needle) groups = groups.filter((group) => group.name.toLowerCase().includes(needle));
    return groups;
  }

  /** A group's number of relations: its `agent_count`. */
  agentCount(account: MockAccount, groupId: number): number {
    return account.relationsByGroup.get(groupId)?.length ?? 0;
  }

  /** Agents per group, for every group that has any. */
  agentCounts(account: MockAccount): Map<number, number> {
    const counts = new Map<number, number>();
    for (const [groupId, relations] of account.relationsByGroup) if (relations.length > 0) counts.set(groupId, relations.length);
    return counts;
  }

  /** One group's relations as the server holds them (empty for a group without members, or no such group). */
  relationsOf(account: MockAccount, groupId: number): readonly MockRelation[] {
    return account.relationsByGroup.get(groupId) ?? noRelations;
  }

  /** Every relation of the account, group by group. */
  allRelations(account: MockAccount): MockRelation[] {
    return [...account.relationsByGroup.values()].flat();
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

  /** Deleting a group removes all its agent-group relations (documented); the agents stay. */
  delete(account: MockAccount, groupId: unknown): void {
    const group = this.requireGroup(account, groupId);
    account.groups = account.groups.filter((g) => g.id !== group.id);
    account.relationsByGroup.delete(group.id);
  }

  /**
   * getGroupAgentRelation: the group, the agents (the account's roster, or only the members when
   * the account's `membersOnlyAgentData` switch is on) and the group's relations.
   */
  relations(account: MockAccount, groupId: unknown) {
    const group = this.requireGroup(account, groupId);
    const relationData = this.relationsOf(account, group.id);
    let agentData: MockAgent[] = account.agents;
    if (account.settings.membersOnlyAgentData) {
      const byId = new Map(account.agents.map((agent) => [agent.agent_unique_id, agent]));
      agentData = relationData.flatMap((relation) => byId.get(relation.agent_unique_id) ?? []);
    }
    return { group, agentData, relationData };
  }

  /**
   * submitAssignGroupToAgent: REPLACES the group's membership with exactly `agentIds`, of whom exactly
   * `receiveCall` take its calls. 1502 without a group id, 1503 for a group not of this account, 1000
   * when either list is missing or not a list of strings, names an agent that is not this account's,
   * or `receiveCall` names an id outside `agentIds`. Checked in full before anything changes.
   */
  assign(account: MockAccount, groupId: unknown, agentIds: unknown, receiveCall: unknown): MockRelation[] {
    const group = this.requireGroup(account, groupId);
    if (!isStringList(agentIds) || !isStringList(receiveCall)) throw errors.invalidParameters();
    const members = new Set(agentIds);
    const known = new Set(account.agents.map((agent) => agent.agent_unique_id));
    for (const id of members) if (!known.has(id)) throw errors.invalidParameters();
    const takesCalls = new Set(receiveCall);
    for (const id of takesCalls) if (!members.has(id)) throw errors.invalidParameters();
    const relations = [...members].map(
      (id): MockRelation => ({ agent_unique_id: id, group_id: group.id, receive_call: takesCalls.has(id) ? 1 : 0 }),
    );
    if (relations.length > 0) account.relationsByGroup.set(group.id, relations);
    else account.relationsByGroup.delete(group.id);
    return relations;
  }

  /**
   * Agent/list: the account's agents. The filters are the mock's guess (DeepCall names none):
   * `name` a case-insensitive substring of name or email, `status` 0 or 1 (else 1508), `groupId`
   * one of the account's groups (else 1502, "Invalid filter value").
   */
  agentList(account: MockAccount, filter: { name?: unknown; status?: unknown; groupId?: unknown }): MockAgent[] {
    let agents = account.agents;
    if (present(filter.groupId)) {
      const id = parseGroupId(filter.groupId);
      if (!account.groups.some((group) => group.id === id)) throw agentError(AgentErrorCode.InvalidFilter);
      const members = new Set(this.relationsOf(account, id).map((relation) => relation.agent_unique_id));
      agents = agents.filter((agent) => members.has(agent.agent_unique_id));
    }
    if (present(filter.status)) {
      const status = typeof filter.status === 'string' ? filter.status.trim() : filter.status;
      if (status !== 0 && status !== 1 && status !== '0' && status !== '1') throw agentError(AgentErrorCode.InvalidStatus);
      agents = agents.filter((agent) => agent.status === Number(status));
    }
    if (filter.name !== undefined) {
      if (typeof filter.name !== 'string') throw agentError(AgentErrorCode.InvalidFilter);
      const needle = filter.name.trim().toLowerCase();
      if (needle) agents = agents.filter((a) => a.name.toLowerCase().includes(needle) || a.email.toLowerCase().includes(needle));
    }
    return agents;
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

  /**
   * The first fault that matches this action (`Agent/list` for the Agent module), counting down its remaining uses.
   * An 'elsewhere' fault matches only a request about its group (`groupId`), or a `list` of every group.
   */
  takeFault(account: MockAccount, action: string, groupId?: unknown): MockFault | undefined {
    const about = (fault: MockFault) =>
      fault.kind !== 'elsewhere' ||
      (fault.elsewhere !== undefined &&
        (present(groupId) ? parseGroupId(groupId) === parseGroupId(fault.elsewhere.groupId) : action === 'list'));
    const index = account.faults.findIndex((fault) => (!fault.actions || fault.actions.includes(action)) && about(fault));
    const fault = account.faults[index];
    if (fault === undefined) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) account.faults.splice(index, 1);
    }
    return fault;
  }

  /** A colleague's change (an 'elsewhere' fault): by DeepCall's own rules; nothing when the group is gone already. */
  changeElsewhere(account: MockAccount, change: ElsewhereChange): void {
    const id = parseGroupId(change.groupId);
    const group = account.groups.find((g) => g.id === id);
    if (!group) return;
    if (change.delete) return this.delete(account, group.id);
    this.update(account, group.id, change.name ?? group.name, change.status ?? group.status);
  }

  private findAccount(match: (account: MockAccount) => boolean): MockAccount | undefined {
    for (const account of this.accounts.values()) if (match(account)) return account;
    return undefined;
  }

  private addAccount(identity: Pick<MockAccount, 'id' | 'ssid' | 'userId' | 'token'>, membersOnlyAgentData: boolean): MockAccount {
    const account: MockAccount = {
      ...identity,
      groups: [],
      agents: [],
      relationsByGroup: new Map(),
      faults: [],
      settings: { membersOnlyAgentData },
    };
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
    if (!present(groupId)) throw errors.idMissing();
    validate?.();
    const id = parseGroupId(groupId);
    const group = account.groups.find((g) => g.id === id);
    if (!group) throw errors.notFound();
    return group;
  }

  /**
   * Groups, then agents spread over them: each group draws up to eight members from the first nine
   * tenths of the agents (so some agents sit in several groups and the last tenth in none), 80% of
   * them taking calls. Deterministic per `seed`; linear in groups + agents.
   */
  private seedAccount(account: MockAccount, groupCount: number, agentCount: number, seed: number): void {
    const random = seededRandom(seed);
    account.agents = seedAgents(account.id, agentCount);
    const assignable = agentCount - Math.floor(agentCount / 10);
    seedGroupNames(groupCount).forEach((name, i) => {
      const created = new Date(SEED_EPOCH + i * 3_600_000 * 7);
      const group = this.insertGroup(account, name, i % 7 === 6 ? 0 : 1, formatDeepCallDate(created), true);
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
}

/** `count` agents with ids `ag-<account>-<n>`; every seventeenth is inactive. */
function seedAgents(accountId: string, count: number): MockAgent[] {
  return seedAgentNames(count).map((name, i) => ({
    agent_unique_id: `ag-${accountId}-${i + 1}`,
    name,
    email: seedAgentEmail(name),
    status: i % 17 === 16 ? 0 : 1,
  }));
}

function groupRelations(relations: MockRelation[]): Map<number, MockRelation[]> {
  const byGroup = new Map<number, MockRelation[]>();
  for (const relation of relations) {
    const list = byGroup.get(relation.group_id);
    if (list) list.push(relation);
    else byGroup.set(relation.group_id, [relation]);
  }
  return byGroup;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
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
