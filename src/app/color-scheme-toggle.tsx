import { Button, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

/** Follows the system until the supervisor picks; Mantine remembers the pick in localStorage. */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Button variant="default" size="xs" onClick={() => setColorScheme(next)} aria-label={`Switch to ${next} mode`}>
      {next === 'dark' ? 'Dark' : 'Light'}
    </Button>
  );
}
