import { Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { shell } from '@/i18n/namespaces/shell';

/** Last line of defence: a render error, or a page's code failing to load, shows a way back instead of a blank page. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}

function RouteError() {
  const t = useNamespace(shell);
  return (
    <Container size="sm" py="xl" component="main">
      <Stack align="flex-start">
        <Title order={1}>{t('crashed.title')}</Title>
        <Text>{t('crashed.body')}</Text>
        <Button onClick={() => window.location.assign('/groups')}>{t('crashed.reload')}</Button>
      </Stack>
    </Container>
  );
}

/** Shown while a page's code loads. */
export function PageLoading() {
  const t = useNamespace(shell);
  return (
    <Center py="xl" role="status" aria-label={t('loading')}>
      <Loader size="sm" />
    </Center>
  );
}
