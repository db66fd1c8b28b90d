import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import classes from './color-scheme-control.module.css';

/**
 * The colour scheme as chosen, and the choice itself: Light, Dark, or System (follows the device,
 * the default, and always a way back to it). Mantine keeps the choice in localStorage. A native
 * select: it says its state and costs the sign-in page next to nothing.
 */
export function ColorSchemeControl() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <select
      className={classes.select}
      aria-label="Theme"
      value={colorScheme}
      onChange={(event) => setColorScheme(event.currentTarget.value as MantineColorScheme)}
    >
      <option value="auto">System theme</option>
      <option value="light">Light theme</option>
      <option value="dark">Dark theme</option>
    </select>
  );
}
