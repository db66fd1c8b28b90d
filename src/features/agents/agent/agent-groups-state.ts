/**
 * The agent page's pending edit of the agent's groups and its save: collected per group, saved as
 * one membership change per group (membership-run.ts), asking first when a change leaves an active
 * group with nobody taking its calls. What failed or was not sent stays pending for a retry.
 */
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { Agent, Group } from '@/api/types';
import type { SignedIn } from '@/features/session/signed-in';
import type { AccountMemberships } from '@/features/groups/account-memberships';
import { groupQueries, isGroupGone } from '@/features/groups/queries';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { useErrorText } from '@/lib/error-text';
import type { AgentDirectory, AgentGroup } from '../agent-directory';
import {
  changesOf,
  countEdits,
  leavesNobody,
  liveEdits,
  shownGroups,
  takesAwayCalls,
  withEdit,
  type GroupEdit,
  type GroupEdits,
} from './agent-groups-model';
import { runMembershipChanges } from '../membership-run';
import { useMounted } from '@/lib/use-mounted';

export interface SaveReport {
  saved: { group: Group; note?: string }[];
  failed: { group: Group; message: string; error: unknown }[];
  /** Not sent: the session ended first. */
  notSent: Group[];
}

interface Sources {
  ctx: SignedIn;
  agent: Agent;
  /** The agent's groups as the server holds them now (the directory's row). */
  current: readonly AgentGroup[];
  groups: readonly Group[];
  memberships: AccountMemberships;
  directory: AgentDirectory;
}

export function useAgentGroupEdits({ ctx, agent, current, groups, memberships, directory }: Sources) {
  const client = useQueryClient();
  const t = useNamespace(agents);
  const errorText = useErrorText();
  const [edits, setEdits] = useState<GroupEdits>(new Map());
  const [progress, setProgress] = useState<{ settled: number; total: number } | null>(null);
  const [report, setReport] = useState<SaveReport | null>(null);
  const [nobody, setNobody] = useState<Group[] | null>(null);
  const inFlight = useRef(false);
  // A save goes on after the page is left (the leave question says so): a failure is then told in a toast.
  const mounted = useMounted();

  const groupsById = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const pending = useMemo(() => liveEdits(edits, groupsById), [edits, groupsById]);
  const shown = useMemo(() => shownGroups(current, pending), [current, pending]);
  const counts = countEdits(pending);
  const changeCount = pending.length;

  /** The group's membership as the page knows it, flags and all; undefined when not known in full. */
  const membershipOf = (groupId: string) => {
    const read = client.getQueryData(groupQueries.members(ctx, groupId).queryKey)?.members;
    // Group by group, a group not read yet is simply absent from the directory: only its own read says.
    if (memberships.source === 'per-group') return read;
    const links = directory.membersByGroup.get(groupId) ?? [];
    if (links.some((m) => m.receivesCalls === undefined)) return read;
    const agents = new Map(memberships.agents.map((a) => [a.agentId, a]));
    return links.map(({ agentId, receivesCalls }) => {
      const who = agents.get(agentId);
      return { agentId, name: who?.name ?? agentId, ...(who?.email ? { email: who.email } : {}), receivesCalls: receivesCalls === true };
    });
  };

  const start = (group: Group, receivesCalls: boolean | undefined, member: boolean) => ({
    group,
    was: member ? { member: true as const, receivesCalls } : { member: false as const },
    loaded: membershipOf(group.id),
  });
  const setCalls = (group: Group, was: boolean, receivesCalls: boolean) =>
    setEdits((e) => withEdit(e, start(group, was, true), { member: true, receivesCalls }));
  const remove = (group: Group, was: boolean | undefined) => setEdits((e) => withEdit(e, start(group, was, true), { member: false }));
  const add = (chosen: readonly Group[]) =>
    setEdits((e) => {
      let next = new Map(e);
      for (const group of chosen) {
        const edit = next.get(group.id);
        // Adding back a group removed here is going back to how it was.
        if (edit?.was.member) next.delete(group.id);
        else next = withEdit(next, start(group, undefined, false), { member: true, receivesCalls: true });
      }
      return next;
    });
  const discard = () => {
    setEdits(new Map());
    setReport(null);
  };

  /** The membership to judge "nobody takes calls" from, read now when the page does not know every flag. */
  const baseFor = async (edit: GroupEdit) => {
    const known = edit.loaded ?? membershipOf(edit.group.id);
    if (known) return known;
    return (await client.fetchQuery(groupQueries.members(ctx, edit.group.id))).members;
  };

  const send = async (toSend: readonly GroupEdit[]) => {
    setNobody(null);
    setProgress({ settled: 0, total: toSend.length });
    const outcome = await runMembershipChanges(client, ctx, changesOf(agent, toSend), {
      signal: new AbortController().signal,
      onProgress: (settled) => setProgress({ settled, total: toSend.length }),
    });
    const saved = new Set(outcome.done.map((d) => d.change.group.id));
    // A group deleted meanwhile has nothing left to retry: its failure is reported, its edit goes.
    for (const f of outcome.failures) if (isGroupGone(f.error)) saved.add(f.change.group.id);
    setEdits((e) => new Map([...e].filter(([id]) => !saved.has(id))));
    setProgress(null);
    const next: SaveReport = {
      saved: outcome.done.map(({ change, result }) => ({ group: change.group, ...(result.note ? { note: result.note } : {}) })),
      failed: outcome.failures.map(({ change, message, error }) => ({ group: change.group, message, error })),
      notSent: outcome.notRun.map((c) => c.group),
    };
    setReport(next);
    if (next.saved.length > 0 && next.failed.length === 0 && next.notSent.length === 0) {
      notifications.show({ color: 'green', title: t('editor.savedTitle', { name: agent.name }), message: t('editor.savedMessage', { count: next.saved.length }) });
    } else if (!mounted.current && next.failed.length > 0) {
      notifications.show({
        color: 'red',
        title: t('editor.notAllSavedTitle', { name: agent.name }),
        message: next.failed.map((f) => t('editor.groupSays', { group: f.group.name, message: errorText(f.error, t('unknownError')) })).join(' '),
      });
    }
  };

  /** Save, after asking first when a change leaves an active group with nobody taking its calls. */
  const save = async () => {
    if (inFlight.current || pending.length === 0) return;
    inFlight.current = true;
    const toSend = pending;
    try {
      setProgress({ settled: 0, total: toSend.length });
      const left: Group[] = [];
      for (const edit of toSend) {
        if (edit.group.active && takesAwayCalls(edit) && leavesNobody(agent, edit, await baseFor(edit))) left.push(edit.group);
      }
      if (left.length > 0) {
        setProgress(null);
        setNobody(left);
        return;
      }
      await send(toSend);
    } catch (error) {
      // Only the read for the question can throw here (the run reports its own failures).
      setProgress(null);
      setReport({ saved: [], failed: toSend.map((e) => ({ group: e.group, message: error instanceof Error ? error.message : String(error), error })), notSent: [] });
    } finally {
      inFlight.current = false;
    }
  };
  const saveAnyway = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await send(pending);
    } finally {
      inFlight.current = false;
    }
  };

  return {
    shown,
    pending,
    counts,
    changeCount,
    saving: progress,
    report,
    dismissReport: () => setReport(null),
    nobody,
    cancelNobody: () => setNobody(null),
    setCalls,
    remove,
    add,
    discard,
    save,
    saveAnyway,
  };
}
