import { MantineProvider } from '@mantine/core';
import type { Root } from 'react-dom/client';
import { mantineProviderProps } from '@/app/theme';
import type { Session } from '@/features/session/session-store';
import { SignInScreen } from '@/features/session/sign-in-screen';

/**
 * The sign-in page for a visitor with no session, without the router, React
 * Query or the signed-in screens: the first download stays small, and the
 * console itself loads once the credentials are accepted.
 */
export function renderSignIn(root: Root, onSignedIn: (session: Omit<Session, 'expired'>) => void): void {
  root.render(
    <MantineProvider {...mantineProviderProps}>
      <SignInScreen onSignedIn={onSignedIn} />
    </MantineProvider>,
  );
}
