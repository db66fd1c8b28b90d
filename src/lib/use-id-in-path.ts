import { useLocationSnapshot } from '@/lib/navigation';

/**
 * The id a page's address names after its section (`/groups/<id>`, `/agents/<id>`), percent-decoded once
 * (the router's params are already partly decoded); a malformed escape is kept as it is, and finds nothing.
 */
export function useIdInPath(): string {
  const raw = useLocationSnapshot().path.split('/')[2] ?? '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
