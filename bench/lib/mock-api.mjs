/**
 * The mock DeepCall API the built app talks to (mocks/server.ts on the bench's own port), and the
 * calls the bench makes to it directly: set-up, and the server's own answers as oracles.
 */
import { spawn } from 'node:child_process';
import { API, API_PORT, ROOT, SEED_AGENTS, SEED_GROUPS, SSID } from './config.mjs';
import { onCleanup, sleep } from './lifecycle.mjs';

async function isUp(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Starts the mock API with SEED_GROUPS groups and SEED_AGENTS agents; stopped at clean-up. */
export async function startMockApi() {
  const health = `${API}/__mock/health`;
  if (await isUp(health)) throw new Error(`Something already answers on ${API}: set BENCH_API_PORT to a free port.`);
  const output = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(API_PORT),
      HOST: '127.0.0.1',
      MOCK_SEED_GROUPS: String(SEED_GROUPS),
      MOCK_SEED_AGENTS: String(SEED_AGENTS),
      MOCK_AGENT_DATA: 'roster',
      MOCK_LATENCY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => {
    output.push(...String(chunk).split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', r));
  onCleanup(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  });
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`The mock API exited (${child.exitCode}):\n${output.join('\n')}`);
    if (await isUp(health)) return { child, output };
    await sleep(200);
  }
  throw new Error(`The mock API did not answer ${health} within 30 s:\n${output.join('\n')}`);
}

/** One call to the mock API (`module` Group or Agent) for the account of `ssid`; its `response`, or throws on an error reply. */
export async function apiCall(module, action, payload, ssid = SSID) {
  const res = await fetch(`${API}/api/v2/${module}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8' },
    body: JSON.stringify({ ssid, ...payload }),
  });
  const body = await res.json();
  if (body.status !== 'success') throw new Error(`${module}/${action} failed: ${JSON.stringify(body).slice(0, 200)}`);
  return body.response;
}

/** The account's groups as the server lists them (name filter optional), in list order. */
export async function serverGroups(ssid, name) {
  const response = await apiCall('Group', 'list', name ? { name } : {}, ssid);
  return Array.isArray(response) ? response : Object.values(response);
}

/** A mock account of its own with `seedGroups` groups (POST /__mock/accounts); its session ID. */
export async function createAccount(seedGroups) {
  const res = await fetch(`${API}/__mock/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ seedGroups, seedAgents: SEED_AGENTS }),
  });
  if (!res.ok) throw new Error(`POST /__mock/accounts answered ${res.status}`);
  const { ssid } = await res.json();
  if (typeof ssid !== 'string' || !ssid) throw new Error('POST /__mock/accounts gave no session ID');
  return ssid;
}
