import { Alert, Button, Group as Row, Stack, Text } from '@mantine/core';
import { describeState } from '@/features/change-record/describe-change';
import type { GroupState } from '@/features/change-record/change-record';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { changes } from '@/i18n/namespaces/changes';
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
  const t = useNamespace(groupEdit);
  const tc = useNamespace(changes);
  return (
    <Alert color="yellow" title={t('changedElsewhere.title')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('changedElsewhere.text')}</Text>
        <dl className={classes.versions}>
          <dt>{t('changedElsewhere.theirs')}</dt>
          <dd>{describeState(theirs, tc)}</dd>
          <dt>{t('changedElsewhere.yours')}</dt>
          <dd>{describeState(yours, tc)}</dd>
        </dl>
        <Row gap="xs">
          <Button size="xs" onClick={onSaveMine} loading={saving}>
            {t('changedElsewhere.saveMine')}
          </Button>
          <Button size="xs" variant="default" onClick={onUseTheirs}>
            {t('changedElsewhere.useTheirs')}
          </Button>
        </Row>
      </Stack>
    </Alert>
  );
}
