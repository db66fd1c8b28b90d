import { Alert, Button, Group as Row, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface RetryNoticeProps {
  /** The notice's words, in the language on screen. */
  words: { title: string; body: string; retry: string; reload: string };
  onRetry: () => void;
  /** A line above the body (what could not be loaded, when the title says something else). */
  lead?: string;
  /** The focus on Try again: for a notice that stands where a dialog would have been. */
  focusRetry?: boolean;
  className?: string;
  /** Another way out after Try again and Reload (a dialog's Close). */
  children?: ReactNode;
}

/** Code that could not be fetched (offline, or a new deployment removed it): say so, with Try again and Reload. */
export function RetryNotice({ words, onRetry, lead, focusRetry = false, className, children }: RetryNoticeProps) {
  return (
    <Alert className={className} color="red" title={words.title} role="alert">
      {lead && (
        <Text size="sm" fw={600} mb={4}>
          {lead}
        </Text>
      )}
      <Text size="sm" mb="sm">
        {words.body}
      </Text>
      <Row gap="xs">
        <Button size="xs" variant="default" onClick={onRetry} autoFocus={focusRetry}>
          {words.retry}
        </Button>
        <Button size="xs" variant="default" onClick={() => window.location.reload()}>
          {words.reload}
        </Button>
        {children}
      </Row>
    </Alert>
  );
}
