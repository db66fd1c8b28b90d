import { Kbd, Modal } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { shell } from '@/i18n/namespaces/shell';
import classes from '@/lib/data-table.module.css';

const shortcuts = [
  { keys: ['/'], what: 'searchGroups' },
  { keys: ['n'], what: 'newGroup' },
  { keys: ['?'], what: 'showShortcuts' },
] as const;

/** The keyboard shortcuts' list (src/app/shortcuts-help.tsx opens it on `?`). */
export default function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useNamespace(shell);
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} centered>
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
