import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { lazyDialog } from '@/lib/lazy-dialog';
import { useNamespace } from '@/i18n/language-provider';
import { changes } from '@/i18n/namespaces/changes';
import { useRecentChanges } from './recent-changes';
import { useSignedIn } from '@/features/session/signed-in';

/** The drawer is fetched the first time it is opened (src/lib/lazy-dialog.tsx). */
const RecentChangesDrawer = lazyDialog(() => import('./recent-changes-drawer'), {
  isOpen: (p) => p.opened,
  closed: (p) => ({ ...p, opened: false }),
  dismiss: (p) => p.onClose(),
});

/** The header's "Recent changes" button and its drawer. */
export function RecentChangesPanel() {
  const [opened, setOpened] = useState(false);
  const t = useNamespace(changes);
  const { account } = useSignedIn();
  const records = useRecentChanges(account);
  // Narrow screens keep toasts off the open panel (src/app/toasts.module.css reads this mark).
  useEffect(() => {
    if (!opened) return;
    document.documentElement.setAttribute('data-recent-changes-open', '');
    return () => document.documentElement.removeAttribute('data-recent-changes-open');
  }, [opened]);
  return (
    <>
      <Button variant="default" size="xs" onClick={() => setOpened(true)}>
        {t('recent.button', { count: records.length })}
      </Button>
      <RecentChangesDrawer opened={opened} onClose={() => setOpened(false)} records={records} />
    </>
  );
}
