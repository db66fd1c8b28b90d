import { Container, Paper, Text, Title } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import { session } from '@/i18n/namespaces/session';
import { ColorSchemeControl } from '@/lib/color-scheme-control';
import { LanguageControl } from '@/lib/language-control';
import { LocalMockNotice } from './local-mock-notice';
import type { Session } from './session-store';
import { SignInForm } from './sign-in-form';
import classes from './sign-in-form.module.css';

/** The sign-in page's content, usable with or without the router. */
export function SignInScreen({ onSignedIn }: { onSignedIn: (session: Omit<Session, 'expired'>) => void }) {
  const t = useNamespace(session);
  const tc = useNamespace(common);
  return (
    <Container size={440} py={48} component="main">
      <div className={classes.controls}>
        <ColorSchemeControl />
        <LanguageControl />
      </div>
      <Title order={1} ta="center" mb={4}>
        {tc('productName')}
      </Title>
      <Text c="dimmed" ta="center" mb="lg">
        {t('tagline')}
      </Text>
      <LocalMockNotice />
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <SignInForm onSignedIn={onSignedIn} />
      </Paper>
    </Container>
  );
}
