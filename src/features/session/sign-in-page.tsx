import { Container, Paper, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { accountKey, sessionStore } from './session-store';
import { SignInForm } from './sign-in-form';

/** Where a signed-out visitor was going; only same-site paths, never another origin. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/groups';
}

export function SignInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  return (
    <Container size={440} py={48} component="main">
      <Title order={1} ta="center" mb={4}>
        Group Console
      </Title>
      <Text c="dimmed" ta="center" mb="lg">
        Sign in to manage your DeepCall agent groups.
      </Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <SignInForm
          onSignedIn={(session) => {
            const previous = sessionStore.get();
            if (!previous || accountKey(previous) !== accountKey(session)) queryClient.clear();
            sessionStore.signIn(session);
            navigate(returnPath(location.state), { replace: true });
          }}
        />
      </Paper>
    </Container>
  );
}

export default SignInPage;
