/**
 * An agent's page (/agents/<id>): who they are, the groups they are in and whether they take each
 * group's calls, editable. The agent and their groups come from the directory (the group list and the
 * account's memberships), so this page and the Agents view never disagree.
 */
import { Alert, Anchor, Button, Group as Row, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useSignedIn } from '@/features/session/signed-in';
import { LoadError } from '@/lib/load-error';
import { useIdInPath } from '@/lib/use-id-in-path';
import { plural } from '@/lib/plural';
import { useAgentDirectory } from '../agent-directory';
import { AgentGroupsEditor } from './agent-groups-editor';
import styles from './agent-page.module.css';

/** The id from the address, percent-decoded once; a malformed escape is kept as it is, and finds no agent. */
const backLink = (
  <Anchor component={Link} href="/agents" size="sm">
    ← All agents
  </Anchor>
);

export default function AgentPage() {
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
              Reading the groups’ members ({memberships.groupsRead} of {plural(memberships.groupsTotal, 'group')}): the list below may
              be incomplete.
            </Text>
          </Row>
        )}
        {unreadable > 0 && !view.reading && (
          <Alert color="yellow" title={`The members of ${plural(unreadable, 'group')} could not be read`}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{row.agent.name} may be in {unreadable === 1 ? 'it' : 'them'} too: the list below may be incomplete.</Text>
              <Button size="xs" variant="default" onClick={() => membershipsQuery.refetch()} loading={membershipsQuery.isFetching}>
                Read again
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
        <Title order={1}>Agent</Title>
        <LoadError
          title="Could not load the agent and their groups"
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
              ? `Looking for this agent (${memberships.groupsRead} of ${plural(memberships.groupsTotal, 'group')} read)…`
              : 'Loading agent…'}
          </Text>
        </Row>
      </Stack>
    );
  }

  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>No agent with this ID</Title>
      <Text className={styles.email}>
        This account has no agent with the ID “{id}”. The agent may have been removed, or the link may be mistyped.
      </Text>
      <Button component={Link} href="/agents">
        Back to all agents
      </Button>
    </Stack>
  );
}
