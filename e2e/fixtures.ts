/**
 * Shared e2e helpers. Tests stay black box: they drive the console through
 * URLs, roles and labels, and check results against the DeepCall API itself.
 *
 * Each test gets a fresh mock account (POST /__mock/accounts), so tests never
 * meet, whichever host answers the API:
 * - prod: `npm run mock-api` over real HTTP, reached with Playwright's `request`;
 * - dev:  the msw worker inside the page, reached with fetch() from the page.
 */
import { expect, test as base, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export interface ConsoleOptions {
  /** What the sign-in form's "API server" field gets: the mock's URL, or '' for the built-in mock. */
  apiServer: string;
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

/** What POST /__mock/faults accepts: `actions` limits it to some API actions, `times` to some requests. */
export interface Fault {
  kind: 'latency' | 'http' | 'malformed' | 'shape' | 'drop' | 'code';
  actions?: string[];
  ms?: number;
  status?: number;
  withBody?: boolean;
  code?: number;
  times?: number;
}

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

  call(account: Account, action: string, fields: Record<string, unknown>): Promise<unknown> {
    return this.post(`/api/v2/Group/${action}`, { userId: account.userId, token: account.token, ...fields });
  }

  private async post(path: string, body: Record<string, unknown>): Promise<unknown> {
    if (this.apiServer) {
      // DeepCall's own way: JSON text, no JSON content type.
      const response = await this.request.post(`${this.apiServer}${path}`, {
        data: JSON.stringify(body),
        headers: { 'content-type': 'text/plain' },
      });
      expect(response.ok(), `${path} answered HTTP ${response.status()}`).toBe(true);
      return response.json();
    }
    // The msw worker answers only pages it controls, on the app's origin.
    await this.onApp();
    const reply = await this.page.evaluate(
      async ({ path, body }) => {
        const response = await fetch(path, { method: 'POST', body: JSON.stringify(body) });
        return { status: response.status, text: await response.text() };
      },
      { path, body },
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

export const test = base.extend<ConsoleOptions & Fixtures>({
  apiServer: ['', { option: true }],

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
    });
  },

  failOnPageErrors: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
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

/** Marks the loaded document, so a test can prove a change showed up without a reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as Record<string, unknown>).__e2eNoReload = true;
  });
}

export async function expectSameDocument(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__e2eNoReload), 'the page was reloaded').toBe(true);
}
