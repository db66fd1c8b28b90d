import { Alert, Button, Group as Row, Stack, Text } from '@mantine/core';
import { describeState } from '@/features/change-record/describe-change';
import type { GroupState } from '@/features/change-record/change-record';
import classes from './edit-group-page.module.css';

/** Both versions side by side when the group changed elsewhere since the form was loaded; the supervisor chooses. */
export function ChangedElsewhere({
  theirs,
  yours,
  onSaveMine,
  onUseTheirs,
  saving,
}: {
  theirs: GroupState;
  yours: GroupState;
  onSaveMine: () => void;
  onUseTheirs: () => void;
  saving: boolean;
}) {
  return (
    <Alert color="yellow" title="Changed elsewhere since you opened it" role="alert">
      <Stack gap="xs">
        <Text size="sm">Someone else changed this group while you were editing. Nothing was saved; choose which version to keep.</Text>
        <dl className={classes.versions}>
          <dt>Theirs (on the server now)</dt>
          <dd>{describeState(theirs)}</dd>
          <dt>Yours (your changes on theirs)</dt>
          <dd>{describeState(yours)}</dd>
        </dl>
        <Row gap="xs">
          <Button size="xs" onClick={onSaveMine} loading={saving}>
            Save mine over theirs
          </Button>
          <Button size="xs" variant="default" onClick={onUseTheirs}>
            Use theirs
          </Button>
        </Row>
      </Stack>
    </Alert>
  );
}
