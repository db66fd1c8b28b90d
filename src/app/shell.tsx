import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { env } from '@/lib/env';
import { hostLabel } from '@/lib/host-label';
import { recentChanges } from '@/features/groups/changes/recent-changes';
import { RecentChangesPanel } from '@/features/groups/changes/recent-changes-panel';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import { shell } from '@/i18n/namespaces/shell';
import { ColorSchemeControl } from '@/lib/color-scheme-control';
import { LanguageControl } from '@/lib/language-control';
import { confirmLeave, navigate } from '@/lib/navigation';
import { ShortcutsHelp } from './shortcuts-help';
import { sessionStore, useSession } from '@/features/session/session-store';

/** The signed-in frame: product name, which server, theme and language, sign out. */
export function Shell({ children }: { children: ReactNode }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const t = useNamespace(shell);
  const tc = useNamespace(common);
  const host = hostLabel(session?.baseUrl ?? '', env.mocking ? t('host.mock') : t('host.own'));

  // Unsaved changes on the page? Ask first, as any other way out does.
  const signOut = () =>
    confirmLeave({ path: '/login', state: null }, () => {
      sessionStore.signOutByUser();
      recentChanges.clear();
      queryClient.clear();
      navigate('/login', { replace: true, force: true });
    });

  return (
    <>
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Container size="lg">
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} href="/groups" fw={700} c="var(--mantine-color-text)" underline="never">
              {tc('productName')}
            </Anchor>
            <Group gap="xs" justify="flex-end">
              <Text size="sm" c="dimmed" visibleFrom="xs">
                {host}
              </Text>
              <RecentChangesPanel />
              <Button component={Link} href="/agents" variant="default" size="xs">
                {t('nav.agents')}
              </Button>
              <Button component={Link} href="/audit" variant="default" size="xs">
                {t('nav.auditLog')}
              </Button>
              <ColorSchemeControl />
              <LanguageControl />
              <Button variant="default" size="xs" onClick={signOut}>
                {t('signOut')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="lg" component="main">
        {children}
      </Container>
      <ShortcutsHelp />
    </>
  );
}
