import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useNamespace } from '@/i18n/language-provider';
import { shell } from '@/i18n/namespaces/shell';

export function NotFoundPage() {
  const t = useNamespace(shell);
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Button component={Link} href="/groups">
        {t('notFound.toGroups')}
      </Button>
    </Stack>
  );
}
