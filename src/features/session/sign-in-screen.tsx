import { Container, Paper, Text, Title } from '@mantine/core';
import { ColorSchemeControl } from '@/lib/color-scheme-control';
import { LocalMockNotice } from './local-mock-notice';
import type { Session } from './session-store';
import { SignInForm } from './sign-in-form';
import classes from './sign-in-form.module.css';

/** The sign-in page's content, usable with or without the router. */
export function SignInScreen({ onSignedIn }: { onSignedIn: (session: Omit<Session, 'expired'>) => void }) {
  return (
    <Container size={440} py={48} component="main">
      <div className={classes.scheme}>
        <ColorSchemeControl />
      </div>
      <Title order={1} ta="center" mb={4}>
        Group Console
      </Title>
      <Text c="dimmed" ta="center" mb="lg">
        Sign in to manage your DeepCall agent groups.
      </Text>
      <LocalMockNotice />
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <SignInForm onSignedIn={onSignedIn} />
      </Paper>
    </Container>
  );
}
