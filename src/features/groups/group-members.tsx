import { Alert, Button, Loader, Group as Row, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { groupQueries, useApi } from './queries';

/** The group's agents and whether each takes calls for it. */
export function GroupMembers({ groupId }: { groupId: string }) {
  const members = useQuery(groupQueries.members(useApi(), groupId));
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
        <Table aria-label="Agents in this group">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Agent</Table.Th>
              <Table.Th scope="col" visibleFrom="sm">
                Email
              </Table.Th>
              <Table.Th scope="col">Takes calls</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.members.map((m) => (
              <Table.Tr key={m.agentId}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td visibleFrom="sm">{m.email ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={m.receivesCalls ? 600 : 400} c={m.receivesCalls ? undefined : 'dimmed'}>
                    {m.receivesCalls ? 'Yes' : 'No'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
