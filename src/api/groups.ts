/** One function per DeepCall Group action on groups, each returning parsed, typed data (members.ts: who is in a group). */
import { callApi, type ApiConfig } from './transport';
import { parseGroupList, parseNewGroupId } from './replies';
import type { UpdateRequest } from './requests';
import type { Group } from './types';

export interface ListOptions {
  /** Case-insensitive substring filter, applied by the server. */
  name?: string;
  groupId?: string;
  /** Less detail, faster: used to verify credentials at sign-in. */
  quick?: boolean;
}

export function listGroups(config: ApiConfig, options: ListOptions = {}, signal?: AbortSignal): Promise<Group[]> {
  const payload: Record<string, unknown> = {};
  if (options.quick) payload.quick = true;
  if (options.name) payload.name = options.name;
  if (options.groupId !== undefined) payload.groupId = options.groupId;
  return callApi(config, { module: 'Group', action: 'list' }, payload, (body) => parseGroupList(body.response), signal);
}

/** Reads one group back by id; undefined when the server no longer lists it. */
export async function findGroup(config: ApiConfig, groupId: string, signal?: AbortSignal): Promise<Group | undefined> {
  // Parsed ids are trimmed, so a padded id (" 1002 ") must be too, or the group read back is never matched.
  const id = groupId.trim();
  const groups = await listGroups(config, { groupId: id }, signal);
  return groups.find((group) => group.id === id);
}

/**
 * The group as the server holds it at this moment (quick: name and status only), read just
 * before a change leaves, so a change never undoes what another supervisor did meanwhile.
 * Undefined when the server no longer lists it.
 */
export async function readGroupNow(config: ApiConfig, groupId: string, signal?: AbortSignal): Promise<Group | undefined> {
  const id = groupId.trim();
  const groups = await listGroups(config, { groupId: id, quick: true }, signal);
  return groups.find((group) => group.id === id);
}

export interface SavedGroup {
  id: string;
  /** The name the server stored: it appends a number to duplicates, so it can differ from the one typed. */
  name: string;
  requestedName: string;
  active: boolean;
  /** The update was accepted, but reading it back found the group deleted (by a colleague, just after). */
  goneAfter?: boolean;
}

/** Creates a group, then reads it back so the caller knows the name the server actually stored. */
export async function addGroup(config: ApiConfig, name: string, signal?: AbortSignal): Promise<SavedGroup> {
  const requestedName = name.trim();
  const id = await callApi(config, { module: 'Group', action: 'add' }, { name: requestedName }, parseNewGroupId, signal);
  const stored = await findGroup(config, id, signal).catch(() => undefined);
  return { id, requestedName, name: stored?.name ?? requestedName, active: stored?.active ?? true };
}

/**
 * Always sends both name and status: DeepCall requires the name and defaults a
 * missing status to 1, which would silently re-activate an inactive group.
 */
export async function updateGroup(
  config: ApiConfig,
  change: { groupId: string; name: string; active: boolean },
  signal?: AbortSignal,
): Promise<SavedGroup> {
  const requestedName = change.name.trim();
  const payload: UpdateRequest = { groupId: change.groupId, name: requestedName, status: change.active ? 1 : 0 };
  await callApi(config, { module: 'Group', action: 'update' }, payload, () => undefined, signal);
  // null: the read-back worked and the server no longer lists the group (deleted right after the update).
  const stored = await findGroup(config, change.groupId, signal).then((group) => group ?? null, () => undefined);
  return {
    id: change.groupId,
    requestedName,
    name: stored?.name ?? requestedName,
    active: stored?.active ?? change.active,
    ...(stored === null ? { goneAfter: true } : {}),
  };
}

export function deleteGroup(config: ApiConfig, groupId: string, signal?: AbortSignal): Promise<void> {
  return callApi(config, { module: 'Group', action: 'delete' }, { groupId }, () => undefined, signal);
}
