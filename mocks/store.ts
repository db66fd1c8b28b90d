/**
 * The mock's state and DeepCall's documented rules for it, in one place. The three hosts (msw
 * browser worker, msw node server, node:http server) all run these same rules through handlers.ts;
 * the data types are in types.ts, the value rules in rules.ts, the faults a test asks for in faults.ts.
 */
import { AgentErrorCode, demoAccounts } from '../src/api/contract';
import { agentError, errors } from './errors';
import type { MockFault } from './faults';
import { isStringList, parseGroupId, present, requireName, uniqueName } from './rules';
import { formatDeepCallDate, seedAccount, seedAgents } from './seed';
import { accountFromSnapshot, accountSnapshot, type StoreSnapshot } from './snapshot';
import type { AccountSeed, MockAccount, MockAgent, MockGroup, MockRelation, MockSettings } from './types';

export const DEFAULT_SEED_GROUPS = 25;
export const DEFAULT_SEED_AGENTS = 40;

const noRelations: readonly MockRelation[] = Object.freeze([]);

export class MockStore {
  private accounts = new Map<string, MockAccount>();
  private nextGroupId = 1001;
  private nextAccount = 1;
  private readonly defaults: Required<AccountSeed>;
  private readonly newGroupId = () => this.nextGroupId++;

  /** The options are also the defaults of every later reset and new account. */
  constructor(options: AccountSeed = {}) {
    this.defaults = {
      seedGroups: options.seedGroups ?? DEFAULT_SEED_GROUPS,
      seedAgents: options.seedAgents ?? DEFAULT_SEED_AGENTS,
      membersOnlyAgentData: options.membersOnlyAgentData ?? false,
      agentListWithoutGroups: options.agentListWithoutGroups ?? false,
    };
    this.reset();
  }

  /** Back to the demo accounts (contract.ts): `demo` with seeded groups and agents, and `other` with three of each of its own. */
  reset(options: AccountSeed = {}): void {
    const seed = { ...this.defaults, ...definedOnly(options) };
    this.accounts.clear();
    this.nextGroupId = 1001;
    this.nextAccount = 1;
    const demo = this.addAccount({ id: 'demo', ...demoAccounts.demo }, settingsOf(seed));
    seedAccount(demo, { groups: seed.seedGroups, agents: seed.seedAgents }, 1, this.newGroupId);
    const other = this.addAccount({ id: 'other', ...demoAccounts.other }, settingsOf(seed));
    for (const name of ['Other Co Sales', 'Other Co Support', 'Other Co Billing']) this.insertGroup(other, name);
    other.agents = seedAgents(other.id, 3);
  }

  snapshot(): StoreSnapshot {
    return { nextGroupId: this.nextGroupId, nextAccount: this.nextAccount, accounts: [...this.accounts.values()].map(accountSnapshot) };
  }

  /** Also reads snapshots saved by older versions (snapshot.ts). */
  restore(snapshot: StoreSnapshot): void {
    this.accounts = new Map(snapshot.accounts.map((saved) => [saved.id, accountFromSnapshot(saved)]));
    this.nextGroupId = snapshot.nextGroupId;
    this.nextAccount = snapshot.nextAccount;
  }

  /** A fresh, isolated account with its own seeded groups and agents, so parallel tests never meet. */
  createAccount(options: AccountSeed | number = {}): { userId: string; token: string; ssid: string } {
    const seed = { ...this.defaults, ...definedOnly(typeof options === 'number' ? { seedGroups: options } : options) };
    const n = this.nextAccount++;
    const suffix = `${n}-${Math.random().toString(36).slice(2, 8)}`;
    const credentials = { userId: `test-${suffix}`, token: `token-${suffix}`, ssid: `ssid-${suffix}` };
    const account = this.addAccount({ id: credentials.userId, ...credentials }, settingsOf(seed));
    seedAccount(account, { groups: seed.seedGroups, agents: seed.seedAgents }, n + 1, this.newGroupId);
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
    if (settings.agentListWithoutGroups !== undefined) account.settings.agentListWithoutGroups = settings.agentListWithoutGroups;
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

  private findAccount(match: (account: MockAccount) => boolean): MockAccount | undefined {
    for (const account of this.accounts.values()) if (match(account)) return account;
    return undefined;
  }

  /** Each agent's relations, by agent id: Agent/list names every agent's groups. One pass over the relations. */
  relationsByAgent(account: MockAccount): Map<string, MockRelation[]> {
    const byAgent = new Map<string, MockRelation[]>();
    for (const relations of account.relationsByGroup.values()) {
      for (const relation of relations) {
        const list = byAgent.get(relation.agent_unique_id);
        if (list) list.push(relation);
        else byAgent.set(relation.agent_unique_id, [relation]);
      }
    }
    return byAgent;
  }

  private addAccount(identity: Pick<MockAccount, 'id' | 'ssid' | 'userId' | 'token'>, settings: MockSettings): MockAccount {
    const account: MockAccount = {
      ...identity,
      groups: [],
      agents: [],
      relationsByGroup: new Map(),
      faults: [],
      settings: { ...settings },
    };
    this.accounts.set(account.id, account);
    return account;
  }

  private insertGroup(account: MockAccount, name: string): MockGroup {
    const createDate = formatDeepCallDate(new Date());
    const group: MockGroup = { id: this.nextGroupId++, name: uniqueName(account, name), status: 1, createDate };
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
}

function settingsOf(seed: Required<AccountSeed>): MockSettings {
  return { membersOnlyAgentData: seed.membersOnlyAgentData, agentListWithoutGroups: seed.agentListWithoutGroups };
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
