import { Anchor, Button, Group as Row, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Group } from '@/api/types';
import { navigate } from '@/lib/navigation';
import { useIdInPath } from '@/lib/use-id-in-path';
import { LoadError } from '@/lib/load-error';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';
import { useSignedIn } from '@/features/session/signed-in';
import { MembersEditor } from '../members/members-editor';
import { useGroup } from '../queries';
import { DeleteGroupDialog } from './delete-group-dialog';
import { GroupDetailsForm } from './group-details-form';
import classes from './edit-group-page.module.css';

/** A group's page: its group comes from the account's list (one home), so the two never disagree. */
export function EditGroupPage() {
  const t = useNamespace(groupEdit);
  const id = useIdInPath();
  const { query, group, gone } = useGroup(useSignedIn(), id);
  // What the page last showed: a group found gone keeps its form and what was typed, with the reason.
  const [seen, setSeen] = useState<{ id: string; group: Group } | null>(null);
  if (group && seen?.group !== group) setSeen({ id, group });
  const shown = group ?? (seen?.id === id ? seen.group : undefined);

  if (shown) return <GroupPage key={id} group={shown} gone={gone} />;
  if (query.isPending) {
    return (
      <Row gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('page.loading')}</Text>
      </Row>
    );
  }
  const back = (
    <Button component={Link} href="/groups" size={gone ? 'sm' : 'xs'}>
      {t('page.backToAll')}
    </Button>
  );
  if (gone) {
    return (
      <Stack align="flex-start">
        <Title order={1}>{t('page.notFoundTitle')}</Title>
        <Text>{t('page.notFoundText')}</Text>
        {back}
      </Stack>
    );
  }
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('page.loadFailedTitle')}</Title>
      <LoadError title={t('page.readFailed')} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} actions={back} />
    </Stack>
  );
}

function GroupPage({ group, gone }: { group: Group; gone: boolean }) {
  const t = useNamespace(groupEdit);
  const [deleting, setDeleting] = useState(false);
  return (
    <Stack gap="md">
      <Anchor component={Link} href="/groups" size="sm">
        {t('page.allGroups')}
      </Anchor>
      <Title order={1} className={classes.heading}>
        {group.name}
      </Title>
      {/* Side by side where the screen is wide, so the members table gets the room; one column below that. */}
      <div className={classes.columns}>
        <Paper withBorder p="lg" radius="md" className={classes.details}>
          <GroupDetailsForm group={group} goneOnServer={gone} deleting={deleting} onDelete={() => setDeleting(true)} />
        </Paper>
        <Paper withBorder p="lg" radius="md" className={classes.members}>
          <MembersEditor group={group} groupGone={gone} />
        </Paper>
      </div>
      <DeleteGroupDialog
        group={deleting ? group : null}
        onClose={() => setDeleting(false)}
        // The supervisor chose to delete the group: a pending member edit goes with it, nothing to ask about.
        onDeleted={() => navigate('/groups', { replace: true, force: true })}
      />
    </Stack>
  );
}

export default EditGroupPage;
