import { TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, type ComponentProps } from 'react';
import { GROUP_NAME_MAX } from '@/api/requests';
import { useSignedIn } from '@/features/session/signed-in';
import { groupQueries } from '../queries';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { NAME_COUNT_FROM, NAME_PROBLEMS, nameIndexOf, takenNameFor } from './group-name';

type NameProblem = keyof typeof NAME_PROBLEMS;
const problemOf = new Map(Object.entries(NAME_PROBLEMS).map(([key, english]) => [english as string, key as NameProblem]));

/** A name's error (the schema's or DeepCall's English sentence) in the language on screen; any other as it is. */
export function useNameErrorText(): (message: string | undefined) => string | undefined {
  const t = useNamespace(groupEdit);
  return useCallback(
    (message: string | undefined) => {
      const problem = message === undefined ? undefined : problemOf.get(message);
      return problem ? t(`nameInvalid.${problem}`, { max: GROUP_NAME_MAX }) : message;
    },
    [t],
  );
}

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
export function GroupNameField({ typed, ownName, error, ...input }: Props) {
  const t = useNamespace(groupEdit);
  const nameErrorText = useNameErrorText();
  // The list as the screens hold it: this field never reads it on its own.
  const { data: groups } = useQuery({ ...groupQueries.list(useSignedIn()), refetchOnMount: false });
  const taken = groups ? takenNameFor(nameIndexOf(groups), typed, ownName) : undefined;
  const length = typed.trim().length;
  const over = length - GROUP_NAME_MAX;
  const counted = length >= NAME_COUNT_FROM;
  return (
    <TextInput
      {...input}
      error={typeof error === 'string' ? nameErrorText(error) : error}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        taken || counted ? (
          <>
            {taken && (
              <span style={{ display: 'block', color: 'var(--mantine-color-text)' }}>
                {t('nameField.taken', { existing: taken.existing, saved: taken.saved })}
              </span>
            )}
            {counted && (
              <span style={{ display: 'block' }}>
                {over > 0 ? t('nameField.countOver', { length, max: GROUP_NAME_MAX, over }) : t('nameField.count', { length, max: GROUP_NAME_MAX })}
              </span>
            )}
          </>
        ) : undefined
      }
    />
  );
}
