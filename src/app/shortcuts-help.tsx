import { Kbd, Modal } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { shell } from '@/i18n/namespaces/shell';
import classes from '@/lib/data-table.module.css';

const shortcuts = [
  { keys: ['/'], what: 'searchGroups' },
  { keys: ['n'], what: 'newGroup' },
  { keys: ['?'], what: 'showShortcuts' },
] as const;

/** `?` lists the keyboard shortcuts; like every shortcut it never fires while typing in a field. */
export function ShortcutsHelp() {
  const [opened, setOpened] = useState(false);
  const t = useNamespace(shell);
  useHotkeys([
    ['shift+?', () => setOpened(true)],
    ['?', () => setOpened(true)],
  ]);
  return (
    <Modal opened={opened} onClose={() => setOpened(false)} title={t('shortcuts.title')} centered>
      <table className={classes.table}>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
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
              <td>{t(`shortcuts.${s.what}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
