/**
 * The mock DeepCall API over real HTTP (`npm run mock-api`), for trying the
 * production build and for end-to-end tests. It runs the very msw handlers the
 * browser worker runs, through msw's public getResponse().
 *
 *   PORT=8787  MOCK_SEED_GROUPS=25  MOCK_SEED_AGENTS=40  MOCK_AGENT_DATA=roster  MOCK_AGENT_GROUPS=on  MOCK_LATENCY_MS=0  HOST=127.0.0.1
 *
 * MOCK_AGENT_DATA=members makes getGroupAgentRelation's agentData carry only the group's
 * members (for every account, until POST /__mock/settings says otherwise), so the console
 * must read the roster from Agent/list. MOCK_AGENT_GROUPS=off makes Agent/list leave out each
 * agent's groups, so the console must read every group's relation.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { demoAccounts } from '../src/api/contract';
import { corsHeaders } from './cors';
import { createHandlers } from './handlers';
import { DEFAULT_SEED_AGENTS, DEFAULT_SEED_GROUPS, MockStore } from './store';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number ≥ 0, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

const port = intFromEnv('PORT', 8787);
const host = process.env.HOST ?? '127.0.0.1';
const latencyMs = intFromEnv('MOCK_LATENCY_MS', 0);
const seedGroups = intFromEnv('MOCK_SEED_GROUPS', DEFAULT_SEED_GROUPS);
const seedAgents = intFromEnv('MOCK_SEED_AGENTS', DEFAULT_SEED_AGENTS);

function agentDataFromEnv(): 'roster' | 'members' {
  const raw = process.env.MOCK_AGENT_DATA;
  if (raw === undefined || raw === '' || raw === 'roster') return 'roster';
  if (raw === 'members') return 'members';
  console.error(`MOCK_AGENT_DATA must be "roster" or "members", got "${raw}"`);
  process.exit(2);
}
const agentData = agentDataFromEnv();

/** MOCK_AGENT_GROUPS=off: Agent/list entries carry no groups (the console then reads each group's relation). */
function agentGroupsFromEnv(): boolean {
  const raw = process.env.MOCK_AGENT_GROUPS;
  if (raw === undefined || raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  console.error(`MOCK_AGENT_GROUPS must be "on" or "off", got "${raw}"`);
  process.exit(2);
}
const agentGroups = agentGroupsFromEnv();

const store = new MockStore({ seedGroups, seedAgents, membersOnlyAgentData: agentData === 'members', agentListWithoutGroups: !agentGroups });
const handlers = createHandlers({ store });

function toRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Node's fetch needs this for a streamed request body.
    duplex: 'half',
  } as RequestInit);
}

/** One line per request: never the body, so credentials never reach the log. */
function logLine(method: string, path: string, status: number | string, body: string, started: number): void {
  const code = /"code":\s*(\d+)/.exec(body.slice(0, 300))?.[1];
  const ms = (performance.now() - started).toFixed(0);
  console.log(`${method} ${path} ${status}${code ? ` code=${code}` : ''} ${ms}ms`);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const request = toRequest(req);
  if (latencyMs > 0 && path.startsWith('/api/')) await new Promise((r) => setTimeout(r, latencyMs));
  const response = await getResponse(handlers, request);
  if (!response) {
    const body = JSON.stringify({ status: 'error', message: 'Not found', code: 404 });
    res.writeHead(404, { ...corsHeaders, 'Content-Type': 'application/json' }).end(body);
    logLine(req.method ?? '?', path, 404, body, started);
    return;
  }
  if (response.type === 'error') {
    // A fault asked for a dropped connection.
    req.socket.destroy();
    logLine(req.method ?? '?', path, 'dropped', '', started);
    return;
  }
  const body = await response.text();
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(body);
  logLine(req.method ?? '?', path, response.status, body, started);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(`${req.method} ${(req.url ?? '/').split('?')[0]} failed: ${error instanceof Error ? error.message : 'error'}`);
    if (!res.headersSent) res.writeHead(500, corsHeaders);
    res.end();
  });
});

// Node closes an idle keep-alive connection after 5 s; a client (Node's fetch in the tests, Chromium) that
// sends on it at that moment gets a reset (seen once as ECONNRESET in e2e). Clients give up idle sockets first.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;

server.listen(port, host, () => {
  console.log(
    `Mock DeepCall API on http://${host}:${port} — ${seedGroups} demo groups, ${seedAgents} agents ` +
      `(agentData: ${agentData === 'members' ? 'members only' : 'the roster'}; Agent/list ${agentGroups ? 'with' : 'without'} groups), latency ${latencyMs} ms. ` +
      `Sign in with session ID ${demoAccounts.demo.ssid}, or user ID ${demoAccounts.demo.userId} and token ${demoAccounts.demo.token}.`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
