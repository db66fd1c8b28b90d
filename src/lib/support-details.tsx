import { Button, Group, InputBase, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { isApiError } from '@/api/errors';
import { formatSupportDetails, type SupportDetails as Details } from '@/api/support-details';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';

type Outcome = { for: Details; copied: boolean };

/**
 * `Copy details for support` under an error whose reply could not be read; nothing for any other
 * error. Copies a plain-text block with no value from the reply and no credentials; when the
 * browser refuses the clipboard, shows the same text to select and copy by hand.
 */
export function SupportDetails({ error }: { error: unknown }) {
  const details = isApiError(error) ? error.support : undefined;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const t = useNamespace(common);
  if (!details) return null;
  // An outcome belongs to the error it was for: a new failure starts over.
  const shown = outcome?.for === details ? outcome : null;
  const text = formatSupportDetails(details);

  const copy = () => {
    const write = navigator.clipboard?.writeText?.bind(navigator.clipboard);
    const attempt = write ? write(text) : Promise.reject(new Error('no clipboard'));
    attempt.then(
      () => setOutcome({ for: details, copied: true }),
      () => setOutcome({ for: details, copied: false }),
    );
  };

  return (
    <Stack gap="xs" mt="xs">
      <Group gap="sm">
        <Button size="xs" variant="default" onClick={copy}>
          {t('support.copy')}
        </Button>
        {shown?.copied && (
          <Text size="sm" role="status">
            {t('support.copied')}
          </Text>
        )}
      </Group>
      {shown && !shown.copied && (
        // Textarea without autosize is this same InputBase; naming it directly keeps Textarea's autosize
        // code (1.3 kB gzip) off the sign-in page, where this can show.
        <InputBase
          component="textarea"
          multiline
          label={t('support.label')}
          description={t('support.description')}
          value={text}
          readOnly
          rows={10}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          // Focused and selected at once, so Ctrl+C / Cmd+C is all that is left to do.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </Stack>
  );
}

/**
 * A toast's message and closing for `error`: with the details for support when its reply could not
 * be read, and then it stays until closed, so there is time to copy them.
 */
export function errorToast(message: ReactNode, error: unknown): { message: ReactNode; autoClose?: false } {
  if (!(isApiError(error) && error.support)) return { message };
  return {
    message: (
      <>
        {message}
        <SupportDetails error={error} />
      </>
    ),
    autoClose: false,
  };
}
