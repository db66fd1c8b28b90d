import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import type { Group, GroupMember } from '@/api/types';
import { diffOf, isEmpty, NO_CHANGE, takingCalls } from '@/features/change-record/membership-diff';
import { isApiError } from '@/api/errors';
import { useChangeErrorText } from '../changes/use-change-error-text';
import { changes } from '@/i18n/namespaces/changes';
import { noteOf } from '@/features/change-record/describe-change';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { errorToast } from '@/lib/support-details';
import { NobodyTakesCallsError } from '../changes/change-errors';
import { useGroupChange } from '../changes/use-group-changes';
import { isGroupGone } from '../queries';
import { useMounted } from '@/lib/use-mounted';
import { useFocusGoesOn } from '@/lib/use-focus-goes-on';

/**
 * The supervisor's edit of a group's members, on top of the members as loaded: what is shown, the
 * difference Save sends (through the change path), the ticked rows, and where focus goes when the
 * control a keyboard user was on vanishes.
 */
export function useMemberEdits(group: Group, loaded: GroupMember[], groupGone: boolean) {
  const t = useNamespace(groupEdit);
  const errorText = useChangeErrorText();
  const tc = useNamespace(changes);
  const save = useGroupChange(group.id);
  // The members as the page showed them when editing began, and the supervisor's edit of them.
  const [edit, setEdit] = useState<{ base: GroupMember[]; members: GroupMember[] } | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [confirmingNobody, setConfirmingNobody] = useState(false);
  const [goneOnSave, setGone] = useState(false);
  const gone = goneOnSave || groupGone;
  const inFlight = useRef(false);
  // A save goes on after the page is left (the leave question says so): its outcome is then told in a toast.
  const mounted = useMounted();

  const shown = edit?.members ?? loaded;
  const base = edit?.base ?? loaded;
  const diff = useMemo(() => (edit ? diffOf(edit.base, edit.members) : NO_CHANGE), [edit]);
  const pending = !isEmpty(diff);
  /** How many changes the pending edit holds: each agent joining or leaving, each call setting changed. */
  const changeCount = diff.add.length + diff.remove.length + diff.calls.length;
  const memberIds = useMemo(() => new Set(shown.map((m) => m.agentId)), [shown]);

  // The control a keyboard user was on can vanish (a removed row, the pending bar): focus goes on from there.
  const { section, addButton, focusNext } = useFocusGoesOn();

  const change = (next: (members: GroupMember[]) => GroupMember[]) =>
    setEdit((current) => ({ base: current?.base ?? loaded, members: next(current?.members ?? loaded) }));
  const setCalls = (agentId: string, receivesCalls: boolean) =>
    change((members) => members.map((m) => (m.agentId === agentId ? { ...m, receivesCalls } : m)));
  const add = (chosen: GroupMember[]) => change((members) => [...members, ...chosen.filter((a) => !memberIds.has(a.agentId))]);
  const remove = (ids: ReadonlySet<string>) => {
    const index = shown.findIndex((m) => ids.has(m.agentId));
    const remaining = shown.filter((m) => !ids.has(m.agentId));
    change((members) => members.filter((m) => !ids.has(m.agentId)));
    setTicked(new Set());
    // The row that took the removed one's place, or the one before it at the end of the list.
    focusNext((remaining[Math.max(0, index)] ?? remaining[remaining.length - 1])?.agentId ?? null);
  };
  const tick = (agentId: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(agentId);
      else next.delete(agentId);
      return next;
    });
  const untickAll = () => setTicked(new Set());
  const startOver = () => {
    setEdit(null);
    setTicked(new Set());
    focusNext(null);
  };
  const discard = () => {
    startOver();
    save.reset();
  };

  const send = async (allowNobody = false) => {
    if (!edit || inFlight.current) return;
    inFlight.current = true;
    try {
      const result = await save.mutateAsync({ kind: 'members', group, loaded: edit.base, diff, allowNobody });
      startOver();
      notifications.show({
        color: result.note ? 'yellow' : 'green',
        title: t('members.savedTitle', { group: result.name }),
        message: noteOf(result, tc) ?? t('members.savedMessage', { agents: result.members?.length ?? 0, calls: takingCalls(result.members ?? []) }),
        autoClose: result.note ? 12_000 : 4_000,
      });
    } catch (error) {
      if (!mounted.current && !(isApiError(error) && error.isSessionEnded)) {
        notifications.show({ color: 'red', title: t('members.notSavedToast', { group: group.name }), ...errorToast(errorText(error, String(error)), error) });
      }
      // How a save learns the group is gone.
      if (isGroupGone(error)) setGone(true);
      // The fresh membership (a colleague's change) would leave nobody taking calls: ask, as for the supervisor's own edit.
      if (error instanceof NobodyTakesCallsError) setConfirmingNobody(true);
    } finally {
      inFlight.current = false;
    }
  };
  /** Save, after asking first when the edit leaves an active group with nobody taking its calls. */
  const confirmSave = () => {
    if (group.active && takingCalls(shown) === 0 && takingCalls(base) > 0) setConfirmingNobody(true);
    else void send();
  };

  return {
    save,
    shown,
    base,
    diff,
    pending,
    changeCount,
    memberIds,
    ticked,
    gone,
    goneOnSave,
    confirmingNobody,
    setConfirmingNobody,
    section,
    addButton,
    setCalls,
    add,
    remove,
    tick,
    untickAll,
    discard,
    send,
    confirmSave,
  };
}
