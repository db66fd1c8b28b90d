import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import classes from './header-select.module.css';

/**
 * The colour scheme as chosen, and the choice itself: Light, Dark, or System (follows the device,
 * the default, and always a way back to it). Mantine keeps the choice in localStorage. A native
 * select: it says its state and costs the sign-in page next to nothing.
 */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const t = useNamespace(common);
  return (
    <select
      className={classes.select}
      aria-label={t('theme.label')}
      value={colorScheme}
      onChange={(event) => setColorScheme(event.currentTarget.value as MantineColorScheme)}
    >
      <option value="auto">{t('theme.system')}</option>
      <option value="light">{t('theme.light')}</option>
      <option value="dark">{t('theme.dark')}</option>
    </select>
  );
}
