import { Kbd, Modal } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import classes from '@/lib/data-table.module.css';

export const shortcuts = [
  { keys: ['/'], what: 'Search groups' },
  { keys: ['n'], what: 'New group' },
  { keys: ['?'], what: 'Show these shortcuts' },
];

/** `?` lists the keyboard shortcuts; like every shortcut it never fires while typing in a field. */
export function ShortcutsHelp() {
  const [opened, setOpened] = useState(false);
  useHotkeys([
    ['shift+?', () => setOpened(true)],
    ['?', () => setOpened(true)],
  ]);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title="Keyboard shortcuts" centered>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.what}>
              <td>
                {s.keys.map((k) => (
                  <Kbd key={k}>{k}</Kbd>
                ))}
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
