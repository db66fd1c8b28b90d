/**
 * The production build as deployed: nginx with deploy/nginx.conf (`npm run serve`). What it answers,
 * with which headers and caching, and what a browser then does with it. Prod project only.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIResponse, Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';

type Headers = Record<string, string>;

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

/** The security headers every response must carry, as a supervisor's browser receives them. */
function expectSecurityHeaders(headers: Headers, apiServer: string, what: string): void {
  const csp = directivesOf(headers['content-security-policy'] ?? '');
  expect(Object.fromEntries(csp), `${what}: Content-Security-Policy`).toMatchObject({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'connect-src': ["'self'", new URL(apiServer).origin],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'object-src': ["'none'"],
  });
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy'], `${what}: Cross-Origin-Opener-Policy`).toBe('same-origin');
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  const permissions = (headers['permissions-policy'] ?? '').split(/,\s*/);
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions, `${what}: Permissions-Policy denies ${feature}`).toContain(`${feature}=()`);
  }
  // Served over plain HTTP here: HSTS would be meaningless (and is sent only over HTTPS).
  expect(headers['strict-transport-security'], `${what}: no HSTS over HTTP`).toBeUndefined();
}

/** Opens a path in the browser and returns the page's own response and the hashed script it loaded. */
async function open(page: Page, path: string): Promise<{ document: Response; script: Response }> {
  const script = page.waitForResponse((response) => /\/assets\/[^/]+-[\w-]{8}\.js$/.test(new URL(response.url()).pathname));
  const document = await page.goto(path);
  if (!document) throw new Error(`no response for ${path}`);
  return { document, script: await script };
}

/** A web server of another origin on a free port, answering every request with the page given. */
async function listen(page: (request: IncomingMessage) => string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(page(request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What index.html holds that no asset or error page does. */
const APP_SHELL = '<div id="root"></div>';

test.describe('served by nginx as deployed', () => {
  test('the page, a deep link and a hashed script all carry the security headers', async ({ page, apiServer }) => {
    // Chromium warns about a header it cannot read (an unknown feature, a bad directive) and then ignores that part.
    const headerWarnings: string[] = [];
    page.on('console', (message) => {
      if (/Permissions-Policy|Content.Security.Policy|Cross-Origin|X-Frame-Options/i.test(message.text())) headerWarnings.push(message.text());
    });
    for (const path of ['/', '/groups/123', '/audit']) {
      const { document, script } = await open(page, path);
      expect(document.status(), path).toBe(200);
      expectSecurityHeaders(await document.allHeaders(), apiServer, `the page at ${path}`);
      expectSecurityHeaders(await script.allHeaders(), apiServer, `${new URL(script.url()).pathname} loaded by ${path}`);
    }
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(headerWarnings, 'what Chromium said about the headers').toEqual([]);
  });

  test('index.html is revalidated on every visit, hashed assets are cached for good, both gzip-compressed', async ({ page }) => {
    const { document, script } = await open(page, '/groups/123');
    expect(await document.headerValue('cache-control')).toBe('no-cache');
    expect(await script.headerValue('cache-control')).toBe('public, max-age=31536000, immutable');
    // Chromium asks for compression; a script is sent compressed, and a cache told it varies.
    expect(await script.headerValue('content-encoding')).toBe('gzip');
    expect(await script.headerValue('vary')).toMatch(/Accept-Encoding/i);
    expect(await document.headerValue('content-encoding')).toBe('gzip');
  });

  test('the meta policy for hosts without headers is the header policy, less what a meta cannot say', async ({ page }) => {
    const { document } = await open(page, '/');
    const header = directivesOf((await document.headerValue('content-security-policy')) ?? '');
    const meta = directivesOf((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '');
    header.delete('frame-ancestors');
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header));
  });

  test('a missing asset is a 404 with the headers, never the page in its place', async ({ request, apiServer }) => {
    const missing: APIResponse = await request.get('/assets/index-Missing1.js');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).not.toContain(APP_SHELL);
    expect(missing.headers()['content-type']).not.toMatch(/javascript/);
    // An error must not be cached as if it were the file.
    expect(missing.headers()['cache-control']).toBeUndefined();
    expectSecurityHeaders(missing.headers(), apiServer, 'a 404');

    expect((await request.get('/missing-chunk.js')).status()).toBe(404);
    // The build's nginx snippet sits beside index.html, and is not content.
    expect((await request.get('/nginx-security-headers.conf')).status()).toBe(404);
  });

  test('a client route is answered with the app shell', async ({ request }) => {
    for (const path of ['/groups/123', '/audit', '/login', '/groups?q=a.b']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
      expect(await response.text(), path).toContain(APP_SHELL);
    }
  });

  test.describe('framed by another site', () => {
    // Chromium says on the console why it refused: that is the point of this test.
    test.use({ expectedConsoleErrors: [/^Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'none'"/] });

    test('gets nothing of the console rendered', async ({ page, baseURL }) => {
      const consoleUrl = `${baseURL}/login`;
      // A real page of another origin (another port) framing the console, and a page of its own to show framing works.
      const other = await listen((request) =>
        request.url === '/own'
          ? '<p>An ordinary framed page</p>'
          : `<h1>Win a prize</h1><iframe title="own" src="/own"></iframe><iframe title="console" src="${consoleUrl}"></iframe>`,
      );
      try {
        const consoleAnswered = page.waitForResponse((response) => response.url() === consoleUrl);
        await page.goto(other.origin);
        await expect(page.frameLocator('iframe[title="own"]').getByText('An ordinary framed page')).toBeVisible();

        // The console's server answered the frame, and the browser would not show what it sent.
        expect((await consoleAnswered).status()).toBe(200);
        await expect
          .poll(() => page.frames().map((frame) => frame.url()))
          .toEqual(expect.arrayContaining([`${other.origin}/own`, expect.stringMatching(/^chrome-error:/)]));
        const framed = page.frameLocator('iframe[title="console"]');
        await expect(framed.getByRole('main')).toHaveCount(0);
        await expect(framed.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
      } finally {
        await other.close();
      }
    });
  });

  test('a deep link to a group reloads to its edit page', async ({ page, mock, account, signIn }) => {
    await signIn(account);
    const support = await mock.get(account, 'Support');
    const path = `/groups/${support.id}`;

    const first = await page.goto(path);
    expect(first?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('Support');

    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Support' })).toBeVisible();
    await expect(page.getByLabel('Name')).toHaveValue('Support');
  });

  test('a deep link to the audit log reloads to it', async ({ page, account, signIn }) => {
    await signIn(account);
    await page.goto('/audit');
    await page.reload();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  });
});
