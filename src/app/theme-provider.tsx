import { MantineProvider, type MantineProviderProps } from '@mantine/core';
import { useMemo } from 'react';
import { useNamespace } from '@/i18n/language-provider';
import { common } from '@/i18n/namespaces/common';
import { themeWith } from './theme';

/**
 * Mantine with the console's theme in the language on screen (its close buttons' names); the app passes
 * mantineProviderProps, tests their own settings. A new theme
 * object re-renders Mantine's components in place; nothing below remounts.
 */
export function ThemeProvider(props: Omit<MantineProviderProps, 'theme'>) {
  const t = useNamespace(common);
  const theme = useMemo(() => themeWith({ close: t('close'), closeNotification: t('closeNotification') }), [t]);
  return <MantineProvider {...props} theme={theme} />;
}
