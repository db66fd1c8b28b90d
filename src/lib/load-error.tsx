import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import { useErrorText } from './error-text';
import { SupportDetails } from './support-details';

export interface LoadErrorProps {
  /** What could not be loaded, in the supervisor's words ("Could not load groups"). */
  title: string;
  error: Error | null;
  /** Without it there is no Retry (retrying cannot help, e.g. the thing is gone). */
  onRetry?: () => void;
  retrying?: boolean;
  /** Said after the error's message: what still works without the data. */
  children?: ReactNode;
  /** More buttons beside Retry (a way out of the page). */
  actions?: ReactNode;
}

/** A first load that failed: why, a Retry, and the details for support when the reply could not be read. */
export function LoadError({ title, error, onRetry, retrying = false, children, actions }: LoadErrorProps) {
  const t = useNamespace(common);
  const errorText = useErrorText();
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {errorText(error, t('loadError.fallback'))}
          {children && <> {children}</>}
        </Text>
        {(onRetry || actions) && (
          <Group gap="xs">
            {onRetry && (
              <Button size="xs" variant="default" onClick={onRetry} loading={retrying}>
                {t('loadError.retry')}
              </Button>
            )}
            {actions}
          </Group>
        )}
        <SupportDetails error={error} />
      </Stack>
    </Alert>
  );
}
