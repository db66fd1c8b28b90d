import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { lazyDialog } from '@/lib/lazy-dialog';

/** The list itself is fetched the first time it is asked for (src/lib/lazy-dialog.tsx). */
const ShortcutsDialog = lazyDialog(() => import('./shortcuts-dialog'), {
  isOpen: (p) => p.opened,
  closed: (p) => ({ ...p, opened: false }),
  dismiss: (p) => p.onClose(),
});

/** `?` lists the keyboard shortcuts; like every shortcut it never fires while typing in a field. */
export function ShortcutsHelp() {
  const [opened, setOpened] = useState(false);
  useHotkeys([
    ['shift+?', () => setOpened(true)],
    ['?', () => setOpened(true)],
  ]);
  return <ShortcutsDialog opened={opened} onClose={() => setOpened(false)} />;
}
