/** Hooks over the change path (change-path.ts) for the screens that change groups. */
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Group } from '@/api/types';
import { isApiError } from '@/api/errors';
import { errorToast } from '@/lib/support-details';
import { useSignedIn } from '@/features/session/signed-in';
import { groupChangeOptions, runGroupChange } from './change-path';
import { isGroupGone } from '../queries';

/** A change of one group (or, without an id, a new group), with its pending and error state for a form or dialog. */
export function useGroupChange(groupId: string | undefined) {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useMutation(groupChangeOptions(client, ctx, groupId));
}

/**
 * One function for every row's switch: flips at once, flips back with a reason when refused,
 * and says so when the name was changed elsewhere meanwhile (that name is kept).
 */
export function useToggleGroup(): (group: Group, active: boolean) => void {
  const ctx = useSignedIn();
  const client = useQueryClient();
  return useCallback(
    (group, active) => {
      runGroupChange(client, ctx, { kind: 'status', group, active, optimistic: true }).then(
        (result) => {
          if (result.note) notifications.show({ color: 'yellow', title: `${result.name} ${active ? 'activated' : 'deactivated'}`, message: result.note });
        },
        (error: Error) => {
          if (isGroupGone(error)) {
            notifications.show({ color: 'red', title: `${group.name} no longer exists`, message: 'It was deleted elsewhere. The list has been refreshed.' });
          } else if (!(isApiError(error) && error.isSessionEnded)) {
            notifications.show({ color: 'red', title: `${group.name} was not ${active ? 'activated' : 'deactivated'}`, ...errorToast(error.message, error) });
          }
        },
      );
    },
    [client, ctx],
  );
}
