/**
 * An agent's page (/agents/<id>): who they are, the groups they are in and whether they take each
 * group's calls, editable. The agent and their groups come from the directory (the group list and the
 * account's memberships), so this page and the Agents view never disagree.
 */
import { Alert, Anchor, Button, Group as Row, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useNamespace } from '@/i18n/language-provider';
import { agents } from '@/i18n/namespaces/agents';
import { useSignedIn } from '@/features/session/signed-in';
import { LoadError } from '@/lib/load-error';
import { useIdInPath } from '@/lib/use-id-in-path';
import { useAgentDirectory } from '../agent-directory';
import { AgentGroupsEditor } from './agent-groups-editor';
import styles from './agent-page.module.css';

/** The id from the address, percent-decoded once; a malformed escape is kept as it is, and finds no agent. */
function BackLink() {
  const t = useNamespace(agents);
  return (
    <Anchor component={Link} href="/agents" size="sm">
      {t('agent.allAgents')}
    </Anchor>
  );
}
const backLink = <BackLink />;

export default function AgentPage() {
  const t = useNamespace(agents);
  const ctx = useSignedIn();
  const id = useIdInPath();
  const view = useAgentDirectory(ctx);
  const { directory, groups, memberships, groupsQuery, membershipsQuery } = view;
  const row = directory?.byId.get(id);

  if (row && directory && groups && memberships) {
    const unreadable = memberships.unreadable.length;
    return (
      <Stack gap="md" className={styles.page}>
        {backLink}
        <div>
          <Title order={1} className={styles.heading}>
            {row.agent.name}
          </Title>
          {row.agent.email && <Text className={styles.email}>{row.agent.email}</Text>}
        </div>
        {view.reading && (
          <Row gap="xs" role="status" wrap="nowrap">
            <Loader size="xs" />
            <Text size="sm">
              {t('agent.reading', { read: memberships.groupsRead, total: memberships.groupsTotal })}
            </Text>
          </Row>
        )}
        {unreadable > 0 && !view.reading && (
          <Alert color="yellow" title={t('agent.unreadableTitle', { count: unreadable })}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('agent.unreadableBody', { count: unreadable, name: row.agent.name })}</Text>
              <Button size="xs" variant="default" onClick={() => membershipsQuery.refetch()} loading={membershipsQuery.isFetching}>
                {t('agent.readAgain')}
              </Button>
            </Stack>
          </Alert>
        )}
        <AgentGroupsEditor key={id} ctx={ctx} row={row} groups={groups} memberships={memberships} directory={directory} />
      </Stack>
    );
  }

  if (view.error && !view.reading) {
    const retry = () => {
      if (groupsQuery.isError) void groupsQuery.refetch();
      if (membershipsQuery.isError) void membershipsQuery.refetch();
    };
    return (
      <Stack gap="md" align="flex-start">
        {backLink}
        <Title order={1}>{t('agent.title')}</Title>
        <LoadError
          title={t('agent.loadFailed')}
          error={view.error}
          retrying={groupsQuery.isFetching || membershipsQuery.isFetching}
          onRetry={retry}
        />
      </Stack>
    );
  }

  // Group by group, an agent Agent/list did not name may still turn up in a group not read yet.
  if (!directory || view.reading) {
    return (
      <Stack gap="md" align="flex-start">
        {backLink}
        <Row gap="sm" role="status">
          <Loader size="sm" />
          <Text>
            {memberships && view.reading
              ? t('agent.lookingFor', { read: memberships.groupsRead, total: memberships.groupsTotal })
              : t('agent.loading')}
          </Text>
        </Row>
      </Stack>
    );
  }

  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('agent.notFoundTitle')}</Title>
      <Text className={styles.email}>
        {t('agent.notFoundBody', { id })}
      </Text>
      <Button component={Link} href="/agents">
        {t('agent.backToAll')}
      </Button>
    </Stack>
  );
}
