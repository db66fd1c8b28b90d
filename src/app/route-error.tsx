import { Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { Component, type ReactNode } from 'react';

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
  return (
    <Container size="sm" py="xl" component="main">
      <Stack align="flex-start">
        <Title order={1}>Something went wrong</Title>
        <Text>The console hit an unexpected problem. Nothing was changed on the server by this error.</Text>
        <Button onClick={() => window.location.assign('/groups')}>Reload the console</Button>
      </Stack>
    </Container>
  );
}

/** Shown while a page's code loads. */
export function PageLoading() {
  return (
    <Center py="xl" role="status" aria-label="Loading">
      <Loader size="sm" />
    </Center>
  );
}
