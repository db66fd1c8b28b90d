/**
 * `npm run check-api` as a deployer runs it: the script as a child process, credentials on its
 * standard input, against the real mock server (mocks/server.ts) over HTTP, once per shape switch.
 * Every run also checks that no credential reached stdout or stderr. (The default happy-dom
 * environment stays: the shared setup file clears its storage after each test.)
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const DEMO = { ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' };
const SECRETS = [DEMO.ssid, DEMO.token];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Mock {
  url: string;
  process: ChildProcess;
}

/** One mock server (node itself, no npm or npx in between, so its pid is the server's). */
async function startMock(env: Record<string, string>): Promise<Mock> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let log = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      log += String(chunk);
      if (log.includes('Mock DeepCall API on')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (log += String(chunk)));
    child.once('exit', (code) => reject(new Error(`mock server exited (${code}): ${log}`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function checkApi(args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check-api.ts', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

function expectNoCredential(run: Run, secrets: string[] = SECRETS): void {
  for (const secret of secrets) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
}

/** The mock's admin routes, from a child: in this process msw (src/test/setup.ts) answers every fetch. */
async function admin(base: string, calls: Array<[string, unknown]>): Promise<unknown> {
  const script = `
    let last;
    for (const [path, body] of ${JSON.stringify(calls)}) {
      const response = await fetch(${JSON.stringify(base)} + path, { method: 'POST', body: JSON.stringify(typeof body === 'string' ? JSON.parse(body.replace('$account', last.userId)) : body) });
      const json = await response.json();
      last = last ?? json;
    }
    process.stdout.write(JSON.stringify(last));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout);
}

const understood = (run: Run) => run.stdout.match(/: understood$/gm)?.length ?? 0;

let mocks: { plain: Mock; membersOnly: Mock; noAgentGroups: Mock };

beforeAll(async () => {
  const [plain, membersOnly, noAgentGroups] = await Promise.all([
    startMock({}),
    startMock({ MOCK_AGENT_DATA: 'members' }),
    startMock({ MOCK_AGENT_GROUPS: 'off' }),
  ]);
  mocks = { plain, membersOnly, noAgentGroups };
}, 30_000);

afterAll(() => {
  for (const mock of Object.values(mocks ?? {})) mock.process.kill();
});

describe('npm run check-api against the mock with its defaults', () => {
  it('understands every reply read with a session ID, and names the shapes it saw', async () => {
    const run = await checkApi(['--host', mocks.plain.url], `${DEMO.ssid}\n`);
    expect(run.code).toBe(0);
    expect(understood(run)).toBe(4);
    expect(run.stdout).toContain('groups: an array of 25, id under `id` (a number), name under `name`, status a number');
    expect(run.stdout).toContain('agent count under `agent_count`, created date under `create_date`');
    expect(run.stdout).toContain('relations: agent under `agent_unique_id`, call flag under `receive_call` (a number)');
    expect(run.stdout).toContain("agentData carries the account's agents (40)");
    expect(run.stdout).toMatch(/agents carry their groups under `groups` \(a list of objects, group id under `group_id`\) with `receive_call` on every group/);
    // The structure as Copy details for support gives it: keys and types, no value.
    expect(run.stdout).toContain('reply structure (HTTP 200, every value left out):');
    expect(run.stdout).toContain('agent_unique_id: string');
    expect(run.stdout).not.toContain('Inside Sales');
    expect(run.stdout).toContain('All 4 replies checked were understood');
    expectNoCredential(run);
  });

  it('reads a user ID and token from the second and third lines', async () => {
    const run = await checkApi([`--host=${mocks.plain.url}/`], `\r\n${DEMO.userId}\r\n${DEMO.token}\r\n`);
    expect(run.code).toBe(0);
    expect(understood(run)).toBe(4);
    expectNoCredential(run);
  });

  it('stops with DeepCall’s words and ours when the host refuses the token', async () => {
    const wrong = 'not-the-demo-token';
    const run = await checkApi(['--host', mocks.plain.url], `\n${DEMO.userId}\n${wrong}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Group/list (quick): REFUSED');
    expect(run.stdout).toContain('DeepCall says: "Invalid or expired token" (code 1014)');
    expect(run.stdout).toContain('The console reads this as: Your session has ended or the credentials are not valid.');
    expect(run.stdout).toMatch(/Agent\/list: NOT CHECKED\n {2}Not checked: the host refused the credentials\./);
    expect(run.stderr).toContain('the host refused the credentials. DeepCall says: "Invalid or expired token" (code 1014)');
    expectNoCredential(run, [...SECRETS, wrong]);
  });

  it('fails on a reply the console cannot read, and shows its structure', async () => {
    const account = (await admin(mocks.plain.url, [
      ['/__mock/accounts', {}],
      ['/__mock/faults', JSON.stringify({ account: '$account', fault: { kind: 'shape', actions: ['Agent/list'] } })],
    ])) as { ssid: string; token: string };
    const run = await checkApi(['--host', mocks.plain.url], `${account.ssid}\n`);
    expect(run.code).toBe(1);
    expect(understood(run)).toBe(3);
    expect(run.stdout).toContain('Agent/list: NOT UNDERSTOOD');
    expect(run.stdout).toContain('The console does not understand this reply: the list of agents is missing.');
    expect(run.stdout).toMatch(/response: boolean/);
    expect(run.stderr).toContain('check-api: Agent/list: a reply cannot be understood: the list of agents is missing');
    expectNoCredential(run, [account.ssid, account.token]);
  });
});

describe('npm run check-api against the mock’s shape switches', () => {
  it('MOCK_AGENT_DATA=members: says the roster comes from Agent/list', async () => {
    const run = await checkApi(['--host', mocks.membersOnly.url], `${DEMO.ssid}\n`);
    expect(run.code).toBe(0);
    expect(understood(run)).toBe(4);
    expect(run.stdout).toContain("agentData carries only the group's members: the console reads the roster from Agent/list");
    expectNoCredential(run);
  });

  it('MOCK_AGENT_GROUPS=off: says each group’s relation will be read', async () => {
    const run = await checkApi(['--host', mocks.noAgentGroups.url], `\n${DEMO.userId}\n${DEMO.token}\n`);
    expect(run.code).toBe(0);
    expect(understood(run)).toBe(4);
    expect(run.stdout).toContain("agents carry no groups: the console will read each group's relation");
    expect(run.stdout).not.toContain('agents carry their groups');
    expectNoCredential(run);
  });
});

describe('npm run check-api without a usable host or credentials', () => {
  it('says the host could not be reached', async () => {
    const run = await checkApi(['--host', `http://127.0.0.1:${await freePort()}`], `${DEMO.ssid}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Group/list (quick): UNREACHABLE');
    expect(run.stderr).toMatch(/could not be reached \(ECONNREFUSED\)/);
    expectNoCredential(run);
  });

  it.each([
    [[], '--host is missing'],
    [['--host', 'ftp://v4-api.deepcall.com'], '--host must start with https://'],
    [['--host', 'v4-api.deepcall.com'], '--host is not a URL'],
    [['--host', 'https://v4-api.deepcall.com', '--token', DEMO.token], 'an argument other than --host'],
  ])('prints the usage and exits 2 for %j', async (args, problem) => {
    const run = await checkApi(args, `${DEMO.ssid}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(problem);
    expect(run.stderr).toContain('Usage: npm run check-api -- --host https://');
    expect(run.stdout).toBe('');
    expectNoCredential(run);
  });

  it('exits 2 when standard input holds no credentials', async () => {
    const run = await checkApi(['--host', mocks.plain.url], `\ndemo\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a user ID was given without a token');
  });
});
