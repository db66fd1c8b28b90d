import { createTheme, type CSSVariablesResolver, type MantineProviderProps } from '@mantine/core';

/**
 * Latin first, then Devanagari: the Latin fonts' Devanagari glyphs are missing or poor, so the browser takes
 * Hindi text from Noto Sans Devanagari (Debian's fonts-noto-core, Android, and most Indian desktops have it)
 * and English text keeps the look it had. Headings keep Mantine's own Latin stack, with the same addition.
 */
const DEVANAGARI = '"Noto Sans Devanagari"';
export const FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", ${DEVANAGARI}, sans-serif`;
const HEADINGS_FONT_FAMILY = `-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, ${DEVANAGARI}, sans-serif, Apple Color Emoji, Segoe UI Emoji`;

/** The names of the theme's icon buttons, in the language on screen. */
export interface ThemeLabels {
  close: string;
  closeNotification: string;
}

/** Shade 8 keeps white text on the primary colour above 4.5:1 contrast (shade 6 is 3.55:1). */
export const themeWith = (labels: ThemeLabels) =>
  createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'sm',
    fontFamily: FONT_FAMILY,
    headings: { fontFamily: HEADINGS_FONT_FAMILY },
    // Close buttons are icons: give them a name (axe: critical otherwise). Plain objects rather
    // than Modal.extend(), so the sign-in page does not download these components.
    components: {
      // A group's name of 100 characters without a space wraps inside every dialog's title.
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } }, styles: { title: { overflowWrap: 'anywhere' } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.closeNotification } } },
    },
  });

/** Mantine's dimmed grey is 3.3:1 on white and 4.0:1 on dark; gray.7 and dark.1 read as secondary and pass 4.5:1. */
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: { '--mantine-color-dimmed': t.colors.dark[1] },
});

/**
 * One set of provider settings for the sign-in page and the console (the theme is added per language
 * by ThemeProvider). Mantine writes every theme variable into the page itself (no deduplication), so
 * the 27 kB default-css-variables.css (4 kB gzip) is not downloaded.
 */
export const mantineProviderProps = {
  cssVariablesResolver,
  defaultColorScheme: 'auto',
  deduplicateCssVariables: false,
} satisfies Omit<MantineProviderProps, 'theme'>;
