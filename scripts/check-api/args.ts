/** The command line of `npm run check-api`: only `--host`; credentials never come this way. */

export const USAGE = `Usage: npm run check-api -- --host https://<your DeepCall host>

Checks that the console understands the host's replies to Group/list (quick and full),
getGroupAgentRelation (for the first listed group) and Agent/list. It only reads; it never changes anything.

Credentials are read from standard input, never from the command line (which lands in shell history):
  line 1: a session ID (ssid)
  or line 1 empty, line 2: a user ID, line 3: its token
On a terminal it asks for them and does not show the session ID or the token.

  printf '%s\\n' "$SSID" | npm run check-api -- --host https://v4-api.deepcall.com

Each call waits VITE_DEEPCALL_TIMEOUT_MS (default 15000) milliseconds, as the console does.

Exit status: 0 every reply understood; 1 credentials or a call refused, host not reached, or a reply
not understood; 2 this usage message.`;

/** The host, or why the command line is wrong. Never echoes an argument: a pasted secret must not be printed. */
export function parseArgs(args: string[]): { host: string } | { help: true } | { problem: string } {
  let host: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--host') host = args[++i];
    else if (arg.startsWith('--host=')) host = arg.slice('--host='.length);
    else return { problem: 'an argument other than --host was given (credentials go on standard input, not on the command line)' };
  }
  if (host === undefined || host.trim() === '') return { problem: '--host is missing' };
  let url: URL;
  try {
    url = new URL(host.trim());
  } catch {
    return { problem: '--host is not a URL; give the brand host with its scheme, e.g. https://v4-api.deepcall.com' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: '--host must start with https:// (or http://)' };
  if (url.username || url.password || url.search) return { problem: '--host must be a plain address, without a user, password or query' };
  return { host: url.href.replace(/\/+$/, '') };
}
