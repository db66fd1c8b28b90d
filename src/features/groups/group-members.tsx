import { Alert, Button, Loader, Group as Row, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import classes from '@/lib/data-table.module.css';
import { groupQueries} from './queries';
import { useSignedIn } from '@/features/session/signed-in';

/** The group's agents and whether each takes calls for it. */
export function GroupMembers({ groupId }: { groupId: string }) {
  const members = useQuery(groupQueries.members(useSignedIn(), groupId));
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        Agents in this group
      </Title>
      {members.isPending ? (
        <Row gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">Loading agents…</Text>
        </Row>
      ) : members.isError ? (
        <Alert color="red" title="Could not load the agents">
          <Text size="sm">{members.error.message}</Text>
          <Button mt="xs" size="xs" variant="default" onClick={() => members.refetch()}>
            Retry
          </Button>
        </Alert>
      ) : members.data.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          No agents are assigned to this group yet.
        </Text>
      ) : (
        <table className={classes.table} aria-label="Agents in this group">
          <thead>
            <tr>
              <th scope="col">Agent</th>
              <th scope="col" className={classes.wide}>
                Email
              </th>
              <th scope="col">Takes calls</th>
            </tr>
          </thead>
          <tbody>
            {members.data.members.map((m) => (
              <tr key={m.agentId}>
                <td>{m.name}</td>
                <td className={classes.wide}>{m.email ?? '—'}</td>
                <td>
                  <Text size="sm" fw={m.receivesCalls ? 600 : 400} c={m.receivesCalls ? undefined : 'dimmed'}>
                    {m.receivesCalls ? 'Yes' : 'No'}
                  </Text>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
}
