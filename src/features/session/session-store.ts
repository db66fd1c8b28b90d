/**
 * The signed-in session: which DeepCall host and which credentials. Kept in
 * sessionStorage (localStorage only with "Remember me"), never in the URL.
 */
import { useSyncExternalStore } from 'react';
import type { ApiConfig } from '@/api/transport';
import type { Credentials } from '@/api/requests';

export interface Session {
  baseUrl: string;
  credentials: Credentials;
  remember: boolean;
  /** Set when the server said the session ended (1014/1020); the console asks to sign in again. */
  expired?: boolean;
}

const STORAGE_KEY = 'group-console.session';
type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = readStored();
/** True after Sign out: the next sign-in starts at the list, not where the supervisor left off. */
let signedOutOnPurpose = false;

function isCredentials(value: unknown): value is Credentials {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (typeof v.ssid === 'string' && v.ssid !== '') || (typeof v.userId === 'string' && typeof v.token === 'string');
}

function readStored(): Session | null {
  for (const storage of [sessionStorage, localStorage]) {
    try {
      const raw = storage.getItem(STORAGE_KEY);
      if (!raw) continue;
      const parsed = JSON.parse(raw) as Partial<Session>;
      if (typeof parsed.baseUrl === 'string' && isCredentials(parsed.credentials)) {
        return { baseUrl: parsed.baseUrl, credentials: parsed.credentials, remember: storage === localStorage };
      }
      storage.removeItem(STORAGE_KEY);
    } catch {
      storage.removeItem(STORAGE_KEY);
    }
  }
  return null;
}

function emit(): void {
  for (const listener of listeners) listener();
}

function persist(session: Session | null): void {
  sessionStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(STORAGE_KEY);
  if (!session) return;
  const { baseUrl, credentials, remember } = session;
  (remember ? localStorage : sessionStorage).setItem(STORAGE_KEY, JSON.stringify({ baseUrl, credentials }));
}

export const sessionStore = {
  get: (): Session | null => current,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn(session: Omit<Session, 'expired'>): void {
    signedOutOnPurpose = false;
    current = { ...session };
    persist(current);
    emit();
  },
  /** Ends the session (another tab signed out, a test reset); the next sign-in returns to the page asked for. */
  signOut(): void {
    signedOutOnPurpose = false;
    current = null;
    persist(null);
    emit();
  },
  /** The header's Sign out: the next sign-in starts at the list. */
  signOutByUser(): void {
    current = null;
    persist(null);
    // Set before listeners run: the guard reads it while redirecting to /login.
    signedOutOnPurpose = true;
    emit();
  },
  wasSignedOutOnPurpose: (): boolean => signedOutOnPurpose,
  /** Marks the session ended once, however many requests failed at the same moment. */
  expire(): void {
    if (!current || current.expired) return;
    current = { ...current, expired: true };
    emit();
  },
};

export function useSession(): Session | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, sessionStore.get);
}

export function toApiConfig(session: Session, timeoutMs?: number): ApiConfig {
  return { baseUrl: session.baseUrl, credentials: session.credentials, ...(timeoutMs ? { timeoutMs } : {}) };
}

/** Who the cached data belongs to, without the secret part of the credentials. */
export function accountKey(session: Pick<Session, 'baseUrl' | 'credentials'>): string {
  const who = 'userId' in session.credentials ? `user:${session.credentials.userId}` : 'ssid';
  return `${session.baseUrl || 'same-origin'}|${who}`;
}
