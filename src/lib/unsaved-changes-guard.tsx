import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect } from 'react';
import { navigationPath, useNavigationBlocker } from '@/lib/navigation';

/**
 * Asks before leaving a form with unsaved changes: in-app links and the back
 * button get a dialog, closing or reloading the tab gets the browser's prompt.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  // Changing ?q= or similar on the same page is not leaving it. (Signing in as another account
  // leaves with `force`: the form belongs to the previous account.)
  const blocker = useNavigationBlocker(when && ((next) => next.path !== navigationPath()));

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  return (
    <Modal opened={blocker.held} onClose={blocker.stay} title="Leave without saving?" centered>
      <Text size="sm">What you typed has not been saved. If you leave now, it is lost.</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={blocker.stay} data-autofocus>
          Stay on this page
        </Button>
        <Button color="red" onClick={blocker.leave}>
          Leave without saving
        </Button>
      </Group>
    </Modal>
  );
}
