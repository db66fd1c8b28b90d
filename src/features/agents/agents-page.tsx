/** Being built (issue 19): replaced by its owner. */
import { Title } from '@mantine/core';

export default function AgentsPage() {
  return <Title order={1}>Agents</Title>;
}
