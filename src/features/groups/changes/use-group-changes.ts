/** Hooks over the change path (change-path.ts) for the screens that change groups. */
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Group } from '@/api/types';
import { isApiError } from '@/api/errors';
import { errorToast } from '@/lib/support-details';
import { describeNote } from '@/features/change-record/describe-change';
import { statusOf } from '@/features/change-record/changes-text';
import { useSignedIn } from '@/features/session/signed-in';
import { changeErrorText, changesText } from './changes-message';
import { groupChangeOptions, runGroupChange } from './change-path';
import { groupQueries, isGroupGone } from '../queries';

/** A change of one group (or, without an id, a new group), with its pending and error state for a form or dialog. */
export function useGroupChange(groupId: string | undefined) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useMutation(groupChangeOptions(client, ctx, groupId));
}

/** The rows' switch: one function for every row, and the one confirmation it may open. */
export interface RowToggle {
  toggle: (group: Group, active: boolean) => void;
  /** A group being switched off while agents take its calls, waiting for the supervisor's answer. */
  confirming: Group | null;
  confirm: () => void;
  cancel: () => void;
}

/**
 * One function for every row's switch: flips at once, flips back with a reason when refused,
 * and says so when the name was changed elsewhere meanwhile (that name is kept). Switching off
 * a group whose agents take its calls asks first (`confirming`); a group nobody answers, and
 * switching on, go at once. Who takes calls is read only then, when a group is switched off.
 */
export function useToggleGroup(): RowToggle {
  const ctx = useSignedIn();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState<Group | null>(null);
  // A second click while the members are read is the same intent: one read, one answer.
  const checking = useRef(new Set<string>());

  const gone = useCallback((group: Group) => {
    notifications.show({
      color: 'red',
      title: changesText((t) => t('toggle.goneTitle', { name: group.name })),
      message: changesText((t) => t('toggle.goneMessage')),
    });
  }, []);

  const switchNow = useCallback(
    (group: Group, active: boolean) => {
      runGroupChange(client, ctx, { kind: 'status', group, active, optimistic: true }).then(
        (result) => {
          const { note, noteFacts } = result;
          if (!note) return;
          notifications.show({
            color: 'yellow',
            title: changesText((t) => t('toggle.switchedTitle', { name: result.name, status: statusOf({ active }) })),
            message: noteFacts ? changesText((t) => describeNote(noteFacts, t)) : note,
          });
        },
        (error: Error) => {
          if (isGroupGone(error)) gone(group);
          else if (!(isApiError(error) && error.isSessionEnded)) {
            notifications.show({
              color: 'red',
              title: changesText((t) => t('toggle.notSwitchedTitle', { name: group.name, status: statusOf({ active }) })),
              ...errorToast(changeErrorText(error), error),
            });
          }
        },
      );
    },
    [client, ctx, gone],
  );

  const toggle = useCallback(
    (group: Group, active: boolean) => {
      if (active || group.agentCount === 0) return switchNow(group, active);
      if (checking.current.has(group.id)) return;
      checking.current.add(group.id);
      // Read now, not from an earlier visit: a colleague may have changed who takes calls since.
      client
        .fetchQuery({ ...groupQueries.members(ctx, group.id), staleTime: 0 })
        .then(
          ({ members }) => (members.some((m) => m.receivesCalls) ? setConfirming(group) : switchNow(group, false)),
          (error: unknown) => {
            if (isGroupGone(error)) gone(group);
            // Not known who takes calls: ask, the confirmation says the count failed.
            else if (!(isApiError(error) && error.isSessionEnded)) setConfirming(group);
          },
        )
        .finally(() => checking.current.delete(group.id));
    },
    [client, ctx, switchNow, gone],
  );

  const confirm = useCallback(() => {
    if (confirming) switchNow(confirming, false);
    setConfirming(null);
  }, [confirming, switchNow]);
  const cancel = useCallback(() => setConfirming(null), []);

  return { toggle, confirming, confirm, cancel };
}
