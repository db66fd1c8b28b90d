/**
 * Names the tolerated shapes (shared/deepcall-group-api.md) a DeepCall reply came in, for `npm run
 * check-api`. Which field a value was read from is asked of the console's own parsers, one candidate
 * field at a time, so this file keeps no second list of the field names they accept and cannot drift
 * from them: it only describes what the parsers did with the reply.
 */
import { parseAgentGroups } from '@/api/agent-groups-reply';
import { parseGroup } from '@/api/replies';
import { parseAgent, parseGroupMembership } from '@/api/member-replies';
import type { Agent, GroupMembership } from '@/api/types';
import { isRecord } from '@/lib/is-record';

type Raw = Record<string, unknown>;
/** A value no reply holds: a parse that returns it read nothing from the field tried. */
const NOTHING = '\u0000nothing';

/** How a value is written, in words. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'string') return /^\s*-?\d+\s*$/.test(value) ? 'a text of digits' : 'a text';
  return Array.isArray(value) ? 'an array' : 'an object';
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The first field of `raw` that, given to the parser alone, yields `wanted` (quoted); none for a value not read. */
function fieldYielding(raw: Raw, wanted: unknown, read: (field: Raw) => unknown): string | undefined {
  if (wanted === undefined) return undefined;
  const key = Object.keys(raw).find((k) => attempt(() => read({ [k]: raw[k] })) === wanted);
  return key === undefined ? undefined : `\`${key}\``;
}

/** The distinct phrases of a list, in words: "`id`", "`id` or `groupId`". */
function either(items: Iterable<string | undefined>): string | undefined {
  const found = [...new Set([...items].filter((item) => item !== undefined))];
  return found.length === 0 ? undefined : found.join(' or ');
}

/** An entry of a reply keyed by id may carry no id of its own: the console takes the key. */
const BY_KEY = 'the key it is listed under';

/** The entries of a list reply, each with the key it sat under when the reply was keyed by id. */
function entriesOf(response: unknown): { form: string; entries: Array<[string | undefined, Raw]> } {
  if (Array.isArray(response)) {
    return { form: `an array of ${response.length}`, entries: response.filter(isRecord).map((e) => [undefined, e]) };
  }
  if (!isRecord(response)) return { form: kindOf(response), entries: [] };
  const values = Object.entries(response);
  if (values.length > 0 && values.every(([, value]) => isRecord(value))) {
    return { form: `an object keyed by id (${values.length} entries)`, entries: values as Array<[string, Raw]> };
  }
  return { form: 'one object (a single entry, not a list)', entries: [[undefined, response]] };
}

/** "groups: an array of 25, id under `id` (a number), name under `name`, status a number; …". */
export function describeGroupList(response: unknown): string {
  const { form, entries } = entriesOf(response);
  const ids: Array<string | undefined> = [];
  const idKinds: string[] = [];
  const names: Array<string | undefined> = [];
  const statuses: string[] = [];
  const counts: Array<string | undefined> = [];
  const dates: Array<string | undefined> = [];
  for (const [key, raw] of entries) {
    const group = attempt(() => parseGroup(raw, key));
    if (!group) continue;
    const idField = fieldYielding(raw, group.id, (f) => parseGroup({ name: NOTHING, ...f }).id);
    ids.push(idField ?? BY_KEY);
    idKinds.push(kindOf(idField === undefined ? key : raw[idField.slice(1, -1)]));
    names.push(fieldYielding(raw, group.name, (f) => parseGroup({ ...f, id: NOTHING }).name));
    statuses.push(kindOf(raw.status));
    if (group.agentCount !== undefined) counts.push(fieldYielding(raw, group.agentCount, (f) => parseGroup({ id: NOTHING, name: NOTHING, ...f }).agentCount));
    if (group.createdAt !== undefined) dates.push(fieldYielding(raw, group.createdAt, (f) => parseGroup({ id: NOTHING, name: NOTHING, ...f }).createdAt));
  }
  const parts = [`groups: ${form}`];
  if (entries.length > 0) {
    parts.push(`id under ${either(ids)} (${either(idKinds)})`);
    parts.push(`name under ${either(names) ?? 'no field read'}`);
    const status = either(statuses);
    parts.push(status === 'missing' ? 'no status (read as active)' : `status ${status}`);
  }
  const extras = [
    either(counts) ? `agent count under ${either(counts)}` : 'no agent count (shown as absent)',
    either(dates) ? `created date under ${either(dates)}` : 'no created date (shown as absent)',
  ];
  return `${parts.join(', ')}; ${extras.join(', ')}`;
}

/** The reply's own key for one part of a relation reply (`groupData`, `GroupData`, `group_data`…). */
function partKey(response: Raw, wanted: string): string | undefined {
  return Object.keys(response).find((key) => key.toLowerCase().replaceAll('_', '') === wanted);
}

function partText(response: Raw, wanted: string): string {
  const key = partKey(response, wanted);
  if (key === undefined) return `no ${wanted.replace('data', 'Data')}`;
  const value = response[key];
  const size = Array.isArray(value) ? ` of ${value.length}` : '';
  return `\`${key}\` ${kindOf(value)}${size}`;
}

/** The relation reply: its three parts, how a relation names its agent and call flag, and what agentData holds. */
export function describeRelation(response: unknown, membership: GroupMembership): string[] {
  if (!isRecord(response)) return [`relation: ${kindOf(response)}`];
  const lines = [`relation: ${['groupdata', 'agentdata', 'relationdata'].map((part) => partText(response, part)).join(', ')}`];
  const relationKey = partKey(response, 'relationdata');
  const relations = relationKey === undefined ? [] : entriesOf(response[relationKey]).entries.map(([, raw]) => raw);
  const groupData = { id: membership.group.id, name: NOTHING };
  const member = (relation: Raw) =>
    attempt(() => parseGroupMembership({ groupData, relationData: [relation] }, membership.group.id).members[0]);
  const agentKeys = relations.map((raw) => fieldYielding(raw, member(raw)?.agentId, (f) => member({ receive_call: 1, ...f })?.agentId));
  const flagKeys = relations.map((raw) => fieldYielding(raw, member(raw)?.receivesCalls, (f) => member({ agent_unique_id: NOTHING, ...f })?.receivesCalls));
  const flagKinds = relations.map((raw, i) => (flagKeys[i] === undefined ? undefined : kindOf(raw[flagKeys[i].slice(1, -1)])));
  if (relations.length > 0) {
    lines.push(`relations: agent under ${either(agentKeys) ?? 'no field read'}, call flag under ${either(flagKeys) ?? 'no field read'} (${either(flagKinds) ?? 'none read'})`);
  } else lines.push('relations: none (the group has no members, so their shape is not seen)');
  lines.push(
    membership.roster
      ? `agentData carries the account's agents (${membership.roster.length}): the console offers them when adding members`
      : "agentData carries only the group's members: the console reads the roster from Agent/list",
  );
  return lines;
}

/** How one agent entry carries its groups, and the field that holds them. */
function groupsOf(raw: Raw): { field: string; form: string | undefined; idFields: Array<string | undefined>; flagFields: Array<string | undefined> } | undefined {
  const field = Object.keys(raw).find((key) => attempt(() => parseAgentGroups({ [key]: raw[key] })) !== undefined);
  if (field === undefined) return undefined;
  const quoted = `\`${field}\``;
  const value = raw[field];
  const read = (link: Raw) => parseAgentGroups({ [field]: [link] })?.[0];
  if (typeof value === 'string') return { field: quoted, form: 'a comma-separated text of ids', idFields: [], flagFields: [] };
  if (!Array.isArray(value)) return { field: quoted, form: `one id (${kindOf(value)})`, idFields: [], flagFields: [] };
  const objects = value.filter(isRecord);
  // An empty list (an agent in no group) says nothing about the form the others use.
  const form = value.length === 0 ? undefined : objects.length === 0 ? 'a list of ids' : objects.length === value.length ? 'a list of objects' : 'a list of ids and objects';
  return {
    field: quoted,
    form,
    idFields: objects.map((o) => fieldYielding(o, read(o)?.groupId, (f) => read(f)?.groupId)),
    flagFields: objects.map((o) => fieldYielding(o, read(o)?.receivesCalls, (f) => read({ id: NOTHING, ...f })?.receivesCalls)),
  };
}

/** Agent/list: the entries, then how (and whether) they carry each agent's groups. */
export function describeAgentList(response: unknown, agents: Agent[]): string[] {
  const { form, entries } = entriesOf(response);
  const ids: Array<string | undefined> = [];
  const idKinds: string[] = [];
  const names: Array<string | undefined> = [];
  const emails: Array<string | undefined> = [];
  const statuses: string[] = [];
  const carried: NonNullable<ReturnType<typeof groupsOf>>[] = [];
  for (const [key, raw] of entries) {
    const agent = attempt(() => parseAgent(raw, key));
    if (!agent) continue;
    const idField = fieldYielding(raw, agent.agentId, (f) => parseAgent(f).agentId);
    ids.push(idField ?? BY_KEY);
    idKinds.push(kindOf(idField === undefined ? key : raw[idField.slice(1, -1)]));
    // Fields that name the agent: alone they give a name other than the placeholder id (and are not an id).
    const nameFields = Object.keys(raw).filter(
      (k) => attempt(() => parseAgent({ [k]: raw[k] })) === undefined && ![undefined, NOTHING].includes(attempt(() => parseAgent({ [k]: raw[k] }, NOTHING).name)),
    );
    // One field holding the whole name wins (as in the parser); else the parts it was joined from.
    const whole = nameFields.find((k) => attempt(() => parseAgent({ [k]: raw[k] }, NOTHING).name) === agent.name);
    names.push(whole !== undefined ? `\`${whole}\`` : nameFields.length > 0 ? nameFields.map((k) => `\`${k}\``).join(' + ') : undefined);
    emails.push(fieldYielding(raw, agent.email, (f) => parseAgent(f, NOTHING).email));
    const statusField = fieldYielding(raw, agent.active, (f) => parseAgent(f, NOTHING).active);
    statuses.push(statusField === undefined ? 'no status read' : `status ${kindOf(raw[statusField.slice(1, -1)])}`);
    const groups = groupsOf(raw);
    if (groups) carried.push(groups);
  }
  const lines = [
    `agents: ${form}` +
      (entries.length === 0
        ? ''
        : `, id under ${either(ids)} (${either(idKinds)}), name under ${either(names) ?? 'no field (the id is shown)'}, ` +
          `email under ${either(emails) ?? 'no field (none shown)'}, ${either(statuses)}`),
  ];
  const linked = agents.flatMap((agent) => agent.groups ?? []);
  if (!agents.some((agent) => agent.groups !== undefined)) {
    lines.push("agents carry no groups: the console will read each group's relation (three at a time) to learn who is in which group");
    return lines;
  }
  const unknownFlags = linked.filter((link) => link.receivesCalls === undefined).length;
  const flagFields = either(carried.flatMap((c) => c.flagFields));
  const flags =
    unknownFlags === 0
      ? linked.length === 0
        ? 'no agent is in a group, so no call flag is seen'
        : `with ${flagFields ?? 'a call flag'} on every group`
      : `without a call flag on ${unknownFlags} of ${linked.length} groups (unknown, read from the group's relation when needed)`;
  const idFields = either(carried.flatMap((c) => c.idFields));
  lines.push(
    `agents carry their groups under ${either(carried.map((c) => c.field))} (${either(carried.map((c) => c.form)) ?? 'empty lists'}` +
      `${idFields ? `, group id under ${idFields}` : ''}) ${flags}: the console reads every membership from this one call`,
  );
  const without = agents.length - agents.filter((agent) => agent.groups !== undefined).length;
  if (without > 0) lines.push(`${without} of ${agents.length} agents carry no groups field: the console counts them in no group`);
  return lines;
}
