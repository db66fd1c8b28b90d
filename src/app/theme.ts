import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Shade 8 keeps white text on the primary colour above 4.5:1 contrast (shade 6 is 3.55:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

/** Mantine's dimmed grey (gray.6) is 3.3:1 on white; gray.7 reads as secondary and passes 4.5:1. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: {},
});
