import { useQueryClient } from '@tanstack/react-query';
import { navigate, useLocationSnapshot } from '@/lib/navigation';
import { accountKey, sessionStore } from './session-store';
import { returnPath } from './sign-in-path';
import { SignInScreen } from './sign-in-screen';


/** /login inside the running console (after signing out, or on a visit while signed in). */
export function SignInPage() {
  const location = useLocationSnapshot();
  const queryClient = useQueryClient();
  return (
    <SignInScreen
      onSignedIn={(session) => {
        const previous = sessionStore.get();
        if (!previous || accountKey(previous) !== accountKey(session)) queryClient.clear();
        sessionStore.signIn(session);
        navigate(returnPath(location.state), { replace: true });
      }}
    />
  );
}

export default SignInPage;
