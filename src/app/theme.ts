import { createTheme, type CSSVariablesResolver, type MantineProviderProps } from '@mantine/core';

/** Shade 8 keeps white text on the primary colour above 4.5:1 contrast (shade 6 is 3.55:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  // Close buttons are icons: give them a name (axe: critical otherwise). Plain objects rather
  // than Modal.extend(), so the sign-in page does not download these components.
  components: {
    // A group's name of 100 characters without a space wraps inside every dialog's title.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } }, styles: { title: { overflowWrap: 'anywhere' } } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } } },
  },
});

/** Mantine's dimmed grey is 3.3:1 on white and 4.0:1 on dark; gray.7 and dark.1 read as secondary and pass 4.5:1. */
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});

/**
 * One set of provider settings for the sign-in page and the console. Mantine writes
 * every theme variable into the page itself (no deduplication), so the 27 kB
 * default-css-variables.css (4 kB gzip) is not downloaded.
 */
export const mantineProviderProps = {
  theme,
  cssVariablesResolver,
  defaultColorScheme: 'auto',
  deduplicateCssVariables: false,
} satisfies MantineProviderProps;
