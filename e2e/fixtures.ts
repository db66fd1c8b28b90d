/**
 * Shared e2e helpers. Tests stay black box: they drive the console through
 * URLs, roles and labels, and check results against the DeepCall API itself.
 *
 * Each test gets a fresh mock account (POST /__mock/accounts), so tests never
 * meet, whichever host answers the API:
 * - prod: `npm run mock-api` over real HTTP, reached with Playwright's `request`;
 * - dev:  the msw worker inside the page, reached with fetch() from the page.
 */
import { expect, test as base, type APIRequestContext, type Browser, type Locator, type Page, type Request, type TestInfo } from '@playwright/test';
import { agentActionPath, groupActionPath } from '../src/api/contract';
import type { MockFault } from '../mocks/faults';
import type { AccountSeed } from '../mocks/types';

export interface ConsoleOptions {
  /** What the sign-in form's "API server" field gets: the mock's URL, or '' for the built-in mock. */
  apiServer: string;
}

interface TestOptions {
  /**
   * Console errors a test provokes on purpose, e.g. Chromium's "Failed to load resource" when a fault
   * answers HTTP 502 or drops the connection. Anything else logged as an error still fails the test.
   */
  expectedConsoleErrors: RegExp[];
}

export interface Account {
  userId: string;
  token: string;
  ssid: string;
}

/** A group as the DeepCall `list` action returns it. */
export interface ServerGroup {
  id: number | string;
  name: string;
  status: number | string | boolean;
}

interface Envelope {
  status?: string;
  code?: number;
  message?: string;
  response?: unknown;
}

/** One agent of a group, as the mock's getGroupAgentRelation tells it. */
export interface ServerMember {
  name: string;
  receivesCalls: boolean;
}

/** One of the account's agents, as Agent/list answers. */
export interface ServerAgent {
  agentId: string;
  name: string;
  email: string;
}

/** A membership to set up behind the console's back: who is in the group and whether each takes its calls. */
export interface MemberSetting {
  agentId: string;
  receivesCalls: boolean;
}

/** What POST /__mock/faults accepts: `actions` limits it to some API actions, `times` to some requests. */
export type Fault = MockFault;

/**
 * Tags the smoke set, the tests that also run against the dev server with the in-page mock ("dev" in
 * playwright.config.ts): sign-in, the list, editing a group, its members, one axe pass. Every test runs
 * against the production build.
 */
export const SMOKE = '@smoke';

/** Default seed for a test account: few enough that every row is rendered (the table is virtualized). */
export const SEED_GROUPS = 3;
/** The names the mock seeds first, in order. */
export const SEEDED = ['Inside Sales', 'Support', 'Billing'] as const;

/** The mock DeepCall API, whichever host serves it. */
export class MockApi {
  constructor(
    private readonly page: Page,
    private readonly request: APIRequestContext,
    private readonly apiServer: string,
  ) {}

  createAccount(seedGroups = SEED_GROUPS): Promise<Account> {
    return this.post('/__mock/accounts', { seedGroups }) as Promise<Account>;
  }

  /** What the server holds for this account now. */
  async list(account: Account): Promise<ServerGroup[]> {
    const reply = (await this.call(account, 'list', {})) as Envelope;
    expect(reply.status, `list failed: ${JSON.stringify(reply)}`).toBe('success');
    return reply.response as ServerGroup[];
  }

  async names(account: Account): Promise<string[]> {
    return (await this.list(account)).map((g) => g.name).sort();
  }

  /** The one group with this exact name, or undefined. */
  async find(account: Account, name: string): Promise<ServerGroup | undefined> {
    return (await this.list(account)).find((g) => g.name === name);
  }

  async get(account: Account, name: string): Promise<ServerGroup> {
    const group = await this.find(account, name);
    if (!group) throw new Error(`The mock holds no group named "${name}"`);
    return group;
  }

  /** Changes a group behind the console's back (test set-up). */
  async update(account: Account, change: { groupId: number | string; name: string; status: 0 | 1 }): Promise<void> {
    const reply = (await this.call(account, 'update', change)) as Envelope;
    expect(reply.status, `update failed: ${JSON.stringify(reply)}`).toBe('success');
  }

  /** Makes this account's next requests misbehave. */
  async fault(account: Account, fault: Fault): Promise<void> {
    const reply = (await this.post('/__mock/faults', { account: account.userId, fault })) as { ok?: boolean };
    expect(reply.ok, 'the mock refused the fault').toBe(true);
  }

  /** Ends every fault of this account, so the server behaves again (and the test's own reads get true answers). */
  async clearFaults(account: Account): Promise<void> {
    const reply = (await this.post('/__mock/faults', { account: account.userId }, 'DELETE')) as { ok?: boolean };
    expect(reply.ok, 'the mock did not clear the faults').toBe(true);
  }

  /** Deletes a group behind the console's back: another tab or another supervisor. */
  async remove(account: Account, groupId: number | string): Promise<void> {
    const reply = (await this.call(account, 'delete', { groupId })) as Envelope;
    expect(reply.status, `delete failed: ${JSON.stringify(reply)}`).toBe('success');
  }

  /** A group's agents as getGroupAgentRelation answers: who they are and whether each takes the group's calls. */
  async members(account: Account, groupId: number | string): Promise<ServerMember[]> {
    const reply = (await this.call(account, 'getGroupAgentRelation', { groupId })) as Envelope;
    expect(reply.status, `getGroupAgentRelation failed: ${JSON.stringify(reply)}`).toBe('success');
    const { agentData, relationData } = reply.response as {
      agentData: { agent_unique_id: string; name: string }[];
      relationData: { agent_unique_id: string; receive_call: number | string }[];
    };
    const names = new Map(agentData.map((agent) => [agent.agent_unique_id, agent.name]));
    return relationData.map((relation) => ({
      name: names.get(relation.agent_unique_id) ?? relation.agent_unique_id,
      receivesCalls: Number(relation.receive_call) === 1,
    }));
  }

  /** A fresh account seeded as asked: `seedGroups`, `seedAgents`, `membersOnlyAgentData`, `agentListWithoutGroups`. */
  createSeededAccount(seed: AccountSeed): Promise<Account> {
    return this.post('/__mock/accounts', { ...seed }) as Promise<Account>;
  }

  /** Switches how the server answers this account (POST /__mock/settings). */
  async configure(account: Account, settings: { membersOnlyAgentData?: boolean; agentListWithoutGroups?: boolean }): Promise<void> {
    const reply = (await this.post('/__mock/settings', { account: account.userId, ...settings })) as { ok?: boolean };
    expect(reply.ok, 'the mock refused the settings').toBe(true);
  }

  /** The account's agents, as Agent/list answers (in the roster's order). */
  async agents(account: Account): Promise<ServerAgent[]> {
    const reply = (await this.post(agentActionPath('list'), { userId: account.userId, token: account.token })) as Envelope;
    expect(reply.status, `Agent/list failed: ${JSON.stringify(reply)}`).toBe('success');
    return (reply.response as { agent_unique_id: string; name: string; email: string }[]).map((agent) => ({
      agentId: agent.agent_unique_id,
      name: agent.name,
      email: agent.email,
    }));
  }

  /** Replaces a group's membership behind the console's back (test set-up, or a colleague): submitAssignGroupToAgent. */
  async setMembers(account: Account, groupId: number | string, members: readonly MemberSetting[]): Promise<void> {
    const reply = (await this.call(account, 'submitAssignGroupToAgent', {
      groupId,
      agent_unique_id: members.map((m) => m.agentId),
      receive_call: members.filter((m) => m.receivesCalls).map((m) => m.agentId),
    })) as Envelope;
    expect(reply.status, `submitAssignGroupToAgent failed: ${JSON.stringify(reply)}`).toBe('success');
  }

  /** A group's members sorted by name: compares with what a test expects whatever order the server keeps. */
  async sortedMembers(account: Account, groupId: number | string): Promise<ServerMember[]> {
    return (await this.members(account, groupId)).sort((a, b) => a.name.localeCompare(b.name));
  }

  call(account: Account, action: string, fields: Record<string, unknown>): Promise<unknown> {
    return this.post(groupActionPath(action), { userId: account.userId, token: account.token, ...fields });
  }

  private async post(path: string, body: Record<string, unknown>, method: 'POST' | 'DELETE' = 'POST'): Promise<unknown> {
    if (this.apiServer) {
      // DeepCall's own way: JSON text, no JSON content type.
      const response = await this.request.fetch(`${this.apiServer}${path}`, {
        method,
        data: JSON.stringify(body),
        headers: { 'content-type': 'text/plain' },
      });
      expect(response.ok(), `${path} answered HTTP ${response.status()}`).toBe(true);
      return response.json();
    }
    // The msw worker answers only pages it controls, on the app's origin.
    await this.onApp();
    const reply = await this.page.evaluate(
      async ({ path, body, method }) => {
        const response = await fetch(path, { method, body: JSON.stringify(body) });
        return { status: response.status, text: await response.text() };
      },
      { path, body, method },
    );
    expect(reply.status, `${path} answered HTTP ${reply.status}: ${reply.text.slice(0, 200)}`).toBe(200);
    return JSON.parse(reply.text) as unknown;
  }

  private async onApp(): Promise<void> {
    if (!this.page.url().startsWith('http')) await this.page.goto('/login');
    // The console renders only once its msw worker is on (main.tsx); before that a request reaches Vite and 404s.
    await expect(this.page.getByRole('main')).toBeVisible();
  }
}

export type SignInMethod = 'ssid' | 'token';

interface Fixtures {
  mock: MockApi;
  /** A fresh account with SEED_GROUPS groups: SEEDED. */
  account: Account;
  /** Signs in through the form and waits for the groups page (or wherever the console was going). */
  signIn: (account: Account, options?: { method?: SignInMethod; expectUrl?: RegExp | string }) => Promise<void>;
  /** Fails the test on an uncaught page error or a console error. */
  failOnPageErrors: void;
}

export const test = base.extend<ConsoleOptions & TestOptions & Fixtures>({
  apiServer: ['', { option: true }],
  expectedConsoleErrors: [[], { option: true }],

  mock: async ({ page, request, apiServer }, provide) => {
    await provide(new MockApi(page, request, apiServer));
  },

  account: async ({ mock }, provide) => {
    await provide(await mock.createAccount());
  },

  signIn: async ({ page, apiServer }, provide) => {
    await provide(async (account, { method = 'ssid', expectUrl = /\/groups$/ } = {}) => {
      if (!new URL(page.url(), 'http://x').pathname.startsWith('/login')) await page.goto('/login');
      await fillSignIn(page, account, method, apiServer);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(expectUrl);
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      // The console's frame shows first; wait for the page's own code and first load as well,
      // so a test's next step (often arming a fault) never meets that load still in flight.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    });
  },

  failOnPageErrors: [
    async ({ page, expectedConsoleErrors }, provide) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedConsoleErrors.some((expected) => expected.test(message.text()))) return;
        problems.push(`console.error: ${message.text()}`);
      });
      await provide();
      expect(problems, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function fillSignIn(page: Page, account: Account, method: SignInMethod, apiServer: string): Promise<void> {
  if (method === 'ssid') {
    await page.getByRole('tab', { name: 'Session ID' }).click();
    await page.getByLabel('Session ID', { exact: true }).fill(account.ssid);
  } else {
    await page.getByRole('tab', { name: 'User ID and token' }).click();
    await page.getByLabel('User ID', { exact: true }).fill(account.userId);
    await page.getByLabel('Token', { exact: true }).fill(account.token);
  }
  await page.getByLabel('API server').fill(apiServer);
}

/** `items[index]`, or a clear failure when the test expected an item there and there is none. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index}, got ${items.length} items`);
  return item;
}

/** The single item of `items`, or a clear failure when there is not exactly one. */
export function only<T>(items: readonly T[]): T {
  const [item, ...rest] = items;
  if (item === undefined || rest.length > 0) throw new Error(`expected exactly one item, got ${items.length}`);
  return item;
}

/** A colleague's browser: a context of its own, signed in to the same account (prod only: dev's mock lives in each page). */
export async function colleague(browser: Browser, testInfo: TestInfo, account: Account, apiServer: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await fillSignIn(page, account, 'ssid', apiServer);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
}

/** The table row of a group, found by its name link. */
export function groupRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

/** Every group row (the header row has no link). */
export function groupRows(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link') });
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with ${maxPresses} Tab presses`).toBeFocused({ timeout: 1 });
}

/**
 * Resolves once the page has drawn two more frames. For a check that something did NOT appear, after
 * waiting for the event that would have shown it: what that event set off is on screen by then (Mantine
 * opens a dialog or a notification one frame after its state changes).
 */
export async function twoFramesLater(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Marks the loaded document, so a test can prove a change showed up without a reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).__e2eNoReload = true;
  });
}

export async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__e2eNoReload), 'the page was reloaded').toBe(true);
}

/** Chromium's own console line for a request answered with an HTTP error or not answered at all. */
export const FAILED_TO_LOAD = /^Failed to load resource: /;

/** One DeepCall request the page sent. */
export interface ApiRequest {
  action: string;
  body: Record<string, unknown>;
  /** When it left, in ms since 1970: the browser's own time once it has ended, this process's until then. */
  at: number;
  /** Whether it has ended: answered, failed or aborted. */
  ended: boolean;
}

/** A record of the DeepCall requests the page sends, by action, kept from the moment it is created. */
export class ApiTraffic {
  readonly requests: ApiRequest[] = [];
  /** Every URL the page requested or navigated to, API or not. */
  readonly urls: string[] = [];
  private readonly byRequest = new WeakMap<Request, ApiRequest>();

  constructor(page: Page) {
    page.on('request', (request) => {
      this.urls.push(request.url());
      const action = /\/api\/v2\/Group\/([^/?#]+)/.exec(request.url())?.[1];
      if (!action || request.method() !== 'POST') return;
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>;
      } catch {
        // A body that is not JSON still counts as a request.
      }
      const entry = { action, body, at: Date.now(), ended: false };
      this.requests.push(entry);
      this.byRequest.set(request, entry);
    });
    const end = (request: Request) => {
      const entry = this.byRequest.get(request);
      if (!entry) return;
      entry.ended = true;
      // The browser's own clock of when it sent the request: the event reaching this process can lag
      // on a loaded machine, which made gaps between requests look shorter than they were.
      const sent = request.timing().startTime;
      if (sent > 0) entry.at = sent;
    };
    page.on('requestfinished', end);
    page.on('requestfailed', end);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.urls.push(frame.url());
    });
  }

  of(action: string, match: (body: Record<string, unknown>) => boolean = () => true): ApiRequest[] {
    return this.requests.filter((request) => request.action === action && match(request.body));
  }

  /** How many requests of this action were sent (optionally: whose body matches). */
  count(action: string, match?: (body: Record<string, unknown>) => boolean): number {
    return this.of(action, match).length;
  }

  /** How many requests of this action are still waiting for an answer. */
  pending(action: string): number {
    return this.of(action).filter((request) => !request.ended).length;
  }
}

/** What the groups table shows: each row's name and whether its switch is on, sorted by name. */
export async function shownGroups(page: Page): Promise<{ name: string; active: boolean }[]> {
  const rows = await page.getByRole('row').evaluateAll((elements) =>
    elements.flatMap((row) => {
      const link = row.querySelector('a');
      const toggle = row.querySelector<HTMLInputElement>('input[role="switch"]');
      return link && toggle ? [{ name: link.textContent ?? '', active: toggle.checked }] : [];
    }),
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The groups the mock holds, in the same form as shownGroups. */
export async function serverGroups(mock: MockApi, account: Account): Promise<{ name: string; active: boolean }[]> {
  return (await mock.list(account))
    .map((group) => ({ name: group.name, active: Number(group.status) === 1 }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The table shows exactly what the server holds (every row must be rendered: keep the account small). */
export async function expectListMatchesServer(page: Page, mock: MockApi, account: Account): Promise<void> {
  const server = await serverGroups(mock, account);
  await expect.poll(() => shownGroups(page), { message: 'the list differs from what the server holds' }).toEqual(server);
}

/** Everything the page keeps in web storage, as "key=value" lines per storage area. */
export async function webStorage(page: Page): Promise<{ session: string; local: string }> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Object.keys(storage)
        .map((key) => `${key}=${storage.getItem(key)}`)
        .join('\n');
    return { session: dump(sessionStorage), local: dump(localStorage) };
  });
}

/** What the "Agents in this group" table shows: each member's name and whether their 'takes calls' switch is on, sorted by name. */
export async function shownMembers(page: Page): Promise<ServerMember[]> {
  const table = page.getByRole('table', { name: 'Agents in this group' });
  if ((await table.count()) === 0) return [];
  const rows = await table.getByRole('row').evaluateAll((elements) =>
    elements.flatMap((row) => {
      const toggle = row.querySelector<HTMLInputElement>('input[role="switch"]');
      const label = toggle?.getAttribute('aria-label') ?? '';
      return toggle && label.endsWith(' takes calls') ? [{ name: label.slice(0, -' takes calls'.length), receivesCalls: toggle.checked }] : [];
    }),
  );
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The members table shows exactly what the server holds for the group. */
export async function expectMembersMatchServer(page: Page, mock: MockApi, account: Account, groupId: number | string): Promise<void> {
  const server = await mock.sortedMembers(account, groupId);
  await expect.poll(() => shownMembers(page), { message: 'the members table differs from what the server holds' }).toEqual(server);
}

/**
 * Answers the row switch's question when it asks: switching off a group whose agents take its calls
 * (whether a seeded group has such agents depends on the account's seed); a group nobody answers flips at once.
 * `refused`: the server is set to refuse the change; `renamedTo`: a colleague's new name for the group.
 */
export async function confirmRowDeactivation(page: Page, name: string, options: { refused?: boolean; renamedTo?: string } = {}): Promise<void> {
  // A refused switch flips back at once, so its outcome to wait for is the error it shows. A group a
  // colleague renamed meanwhile may already show its new name, in the question or once switched off.
  const asked = (shown: string) => page.getByRole('dialog', { name: `Deactivate ${shown}?` });
  const dialog = options.renamedTo ? asked(name).or(asked(options.renamedTo)) : asked(name);
  const switchedOff = (shown: string) => groupRow(page, shown).getByRole('switch', { name: `${shown} active`, checked: false });
  const done = options.refused
    ? page.getByRole('alert').filter({ hasText: name })
    : options.renamedTo
      ? switchedOff(name).or(switchedOff(options.renamedTo))
      : switchedOff(name);
  await expect(dialog.or(done).first()).toBeVisible();
  if (!(await dialog.isVisible())) return;
  await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(dialog).toBeHidden();
}
