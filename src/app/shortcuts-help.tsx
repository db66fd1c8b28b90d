import { Kbd, Modal, Table } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';

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
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Key</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortcuts.map((s) => (
            <Table.Tr key={s.what}>
              <Table.Td>
                {s.keys.map((k) => (
                  <Kbd key={k}>{k}</Kbd>
                ))}
              </Table.Td>
              <Table.Td>{s.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
