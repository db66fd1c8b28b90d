import { createContext, useContext } from 'react';
import type { ApiConfig } from '@/api/transport';

/** What every signed-in page works with; provided by RequireSession. */
export interface SignedIn {
  api: ApiConfig;
  /** Separates one account's cached data and history from another's. */
  account: string;
}

export const SignedInContext = createContext<SignedIn | null>(null);

export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (!value) throw new Error('useSignedIn() outside RequireSession');
  return value;
}
