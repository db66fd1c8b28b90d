import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { navigationPath, useNavigationBlocker } from '@/lib/navigation';
import { useNamespace } from '@/i18n/language-provider';
import { groupEdit } from '@/i18n/namespaces/groupEdit';

/** What one part of a page holds that the server does not have yet. */
interface Pending {
  /** What leaving would lose, as a sentence: "1 member change is not saved." (none: what was typed). */
  unsaved: string | undefined;
  /** While a save of it is on its way, what is being saved: leaving then loses nothing. */
  saving: string | false;
  /** How many changes `unsaved` names, so the question says "it is lost" or "they are lost" rightly. */
  count: number;
}

/**
 * Every guard on the page, in the order they began holding: whichever is asked answers for the
 * whole page (only the newest blocker is asked), so the question names everything pending.
 */
const pendingByGuard = new Map<object, Pending>();
const listeners = new Set<() => void>();
let snapshot: Pending[] = [];

function publish() {
  snapshot = [...pendingByGuard.values()];
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Asks before leaving a form with unsaved changes: in-app links and the back button get a dialog,
 * closing or reloading the tab gets the browser's prompt. The dialog says exactly what is pending
 * on the page (`unsaved`), and tells the truth about a save on its way (`saving`): it finishes and
 * is reported whether or not the supervisor stays.
 */
export function UnsavedChangesGuard({
  when,
  unsaved,
  saving = false,
  count = 1,
}: {
  /** Something here is not on the server yet (or is being saved). */
  when: boolean;
  /** What leaving would lose, as a sentence in the language on screen; by default "What you typed has not been saved." */
  unsaved?: string;
  /** A save of it is on its way: what is being saved, as a sentence ("Your member changes are being saved."). */
  saving?: string | false;
  /** How many changes `unsaved` names (one edit of a form is one). */
  count?: number;
}) {
  // Changing ?q= or similar on the same page is not leaving it. (Signing in as another account
  // leaves with `force`: the form belongs to the previous account.)
  const t = useNamespace(groupEdit);
  const blocker = useNavigationBlocker(when && ((next) => next.path !== navigationPath()));
  const [self] = useState(() => ({}));
  const everything = useSyncExternalStore(subscribe, () => snapshot);

  useLayoutEffect(() => {
    if (!when) return;
    pendingByGuard.set(self, { unsaved, saving, count });
    publish();
    return () => {
      pendingByGuard.delete(self);
      publish();
    };
  }, [when, unsaved, saving, count, self]);

  useEffect(() => {
    if (!when) return;
    // Closing the tab may cut a save on its way short: the browser's own question stays right then.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  const lost = everything.filter((p) => p.saving === false);
  const onItsWay = everything.filter((p) => p.saving !== false);
  const losing = lost.length > 0;
  const lostCount = lost.reduce((sum, p) => sum + p.count, 0);
  return (
    <Modal opened={blocker.held} onClose={blocker.stay} title={losing ? t('guard.titleLosing') : t('guard.titleSaving')} centered>
      <Stack gap="xs">
        {losing && (
          <Text size="sm">
            {t('guard.lost', { unsaved: lost.map((p) => p.unsaved ?? t('guard.whatYouTyped')).join(' '), count: lostCount })}
          </Text>
        )}
        {onItsWay.length > 0 && (
          <Text size="sm">
            {t('guard.saving', { saving: onItsWay.map((p) => p.saving).join(' ') })}
          </Text>
        )}
      </Stack>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={blocker.stay} data-autofocus>
          {t('guard.stay')}
        </Button>
        <Button color={losing ? 'red' : undefined} onClick={blocker.leave}>
          {losing ? t('guard.leaveWithout') : t('guard.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
