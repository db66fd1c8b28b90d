/** Being built (issue 19): replaced by its owner. */
import { Title } from '@mantine/core';

export default function ImportPage() {
  return <Title order={1}>Import memberships</Title>;
}
