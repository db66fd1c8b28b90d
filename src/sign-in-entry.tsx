import type { Root } from 'react-dom/client';
import { mantineProviderProps } from '@/app/theme';
import { ThemeProvider } from '@/app/theme-provider';
import type { Session } from '@/features/session/session-store';
import { SignInScreen } from '@/features/session/sign-in-screen';
import { LanguageProvider } from '@/i18n/language-provider';
import { languageStore } from '@/i18n/language-store';

/**
 * The sign-in page for a visitor with no session, without the router, React
 * Query or the signed-in screens: the first download stays small, and the
 * console itself loads once the credentials are accepted. Rendered once its
 * words are in, in the language this visit opens in.
 */
export async function renderSignIn(root: Root, onSignedIn: (session: Omit<Session, 'expired'>) => void): Promise<void> {
  await languageStore.ready();
  root.render(
    <LanguageProvider>
      <ThemeProvider {...mantineProviderProps}>
        <SignInScreen onSignedIn={onSignedIn} />
      </ThemeProvider>
    </LanguageProvider>,
  );
}
