import { TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { GROUP_NAME_MAX } from '@/api/requests';
import { useSignedIn } from '@/features/session/signed-in';
import { groupQueries } from '../queries';
import { NAME_COUNT_FROM, nameIndexOf, takenNameFor } from './group-name';

type Props = Omit<ComponentProps<typeof TextInput>, 'description'> & {
  /** What is in the field now. */
  typed: string;
  /** The group's own name on the server, when renaming it. */
  ownName?: string;
};

/**
 * A group's name field that says, before anything is sent, what DeepCall will make of the name: the
 * number it appends when another group has it (read from the account's list, as last read), and the
 * limit as the name nears it. Neither stops the supervisor: the server's answer is still reported.
 */
export function GroupNameField({ typed, ownName, ...input }: Props) {
  // The list as the screens hold it: this field never reads it on its own.
  const { data: groups } = useQuery({ ...groupQueries.list(useSignedIn()), refetchOnMount: false });
  const taken = groups ? takenNameFor(nameIndexOf(groups), typed, ownName) : undefined;
  const length = typed.trim().length;
  const over = length - GROUP_NAME_MAX;
  const counted = length >= NAME_COUNT_FROM;
  return (
    <TextInput
      {...input}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        taken || counted ? (
          <>
            {taken && (
              <span style={{ display: 'block', color: 'var(--mantine-color-text)' }}>
                A group named {taken.existing} exists — DeepCall will save this as {taken.saved}. You can go on, or change the name.
              </span>
            )}
            {counted && (
              <span style={{ display: 'block' }}>
                {length} of {GROUP_NAME_MAX} characters{over > 0 ? ` — ${over} too many` : ''}
              </span>
            )}
          </>
        ) : undefined
      }
    />
  );
}
