import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { server, TEST_API_BASE } from '../../mocks/node';
import { deleteGroup, listGroups } from './groups';
import { ApiError, isApiError } from './errors';
import { ReplyShapeError } from './replies';
import { callApi, endpointUrl, type ApiConfig } from './transport';
import { failureOf } from '@/test/failure-of';
import { at } from '../../mocks/test-helpers';

const demo: ApiConfig = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid' } };
const listUrl = `${TEST_API_BASE}/api/v2/Group/list`;

/** Answers every `list` call with this body/status, whatever the request. */
function replyToList(body: string | object, init: { status?: number; contentType?: string } = {}) {
  server.use(
    http.post(listUrl, () =>
      typeof body === 'string'
        ? new HttpResponse(body, { status: init.status ?? 200, headers: { 'Content-Type': init.contentType ?? 'text/html' } })
        : HttpResponse.json(body, { status: init.status ?? 200 }),
    ),
  );
}


interface Captured {
  url: string;
  method: string;
  contentType: string | null;
  body: string;
}

const listeners: Array<() => void> = [];
afterEach(() => {
  while (listeners.length) listeners.pop()?.();
});

/** Records every request the client sends while the real mock answers it. */
function recordRequests(): Captured[] {
  const seen: Captured[] = [];
  const pending: Promise<void>[] = [];
  const listener = ({ request }: { request: Request }) => {
    const copy = request.clone();
    pending.push(
      copy.text().then((body) => {
        seen.push({ url: request.url, method: request.method, contentType: request.headers.get('content-type'), body });
      }),
    );
  };
  server.events.on('request:start', listener);
  listeners.push(() => server.events.removeListener('request:start', listener));
  return seen;
}

describe('what the client sends', () => {
  test('POSTs JSON text as text/plain to {base}/api/v2/Group/<action>, with the ssid in the body and never in the URL', async () => {
    const seen = recordRequests();
    await listGroups(demo, { name: 'Sales' });
    expect(seen).toHaveLength(1);
    const request = at(seen, 0);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${TEST_API_BASE}/api/v2/Group/list`);
    expect(request.contentType).toMatch(/^text\/plain/);
    expect(JSON.parse(request.body)).toEqual({ name: 'Sales', ssid: 'demo-ssid' });
  });

  test('sends userId + token together, and no ssid, when signed in that way', async () => {
    const seen = recordRequests();
    const groups = await listGroups({ baseUrl: TEST_API_BASE, credentials: { userId: 'demo', token: 'demo-token' } });
    expect(groups.length).toBeGreaterThan(0);
    const body = JSON.parse(at(seen, 0).body) as Record<string, unknown>;
    expect(body).toMatchObject({ userId: 'demo', token: 'demo-token' });
    expect(body).not.toHaveProperty('ssid');
    expect(at(seen, 0).url).not.toMatch(/demo-token|token=|userId=/);
  });

  test('a base URL typed with trailing slashes still reaches the right path', async () => {
    expect(endpointUrl('https://v4-api.deepcall.com/', 'add')).toBe('https://v4-api.deepcall.com/api/v2/Group/add');
    expect(endpointUrl('https://v4-api.deepcall.com//', 'getGroupAgentRelation')).toBe(
      'https://v4-api.deepcall.com/api/v2/Group/getGroupAgentRelation',
    );
    expect(endpointUrl('', 'list')).toBe('/api/v2/Group/list');
    const groups = await listGroups({ ...demo, baseUrl: `${TEST_API_BASE}/` });
    expect(groups).toHaveLength(25);
  });

  test('uses the fetch given in the config', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ status: 'success', code: 200, message: 'Group deleted successfully' }));
    };
    await deleteGroup({ ...demo, baseUrl: 'https://v4-api.deepcall.com', fetch: fakeFetch }, '1001');
    expect(calls).toEqual(['https://v4-api.deepcall.com/api/v2/Group/delete']);
  });
});

describe('DeepCall error codes become ApiErrors a supervisor can act on', () => {
  const cases: Array<[number, RegExp, boolean]> = [
    [1501, /enter a group name/i, false],
    [1502, /which group.*reload/i, false],
    [1503, /no longer exists|not change/i, false],
    [1014, /sign in again/i, true],
    [1020, /sign in again/i, true],
    [1015, /not allowed|permission/i, false],
    [1047, /could not read the request/i, false],
  ];

  test.each(cases)('code %i', async (code, message, sessionEnded) => {
    replyToList({ status: 'error', message: 'raw server wording', code });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('deepcall');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    // Our words, not the server's: the raw text is kept apart.
    expect(error.message).not.toContain('raw server wording');
    expect(error.serverMessage).toBe('raw server wording');
    expect(error.httpStatus).toBe(200);
    expect(error.isSessionEnded).toBe(sessionEnded);
    // Codes are answers: retrying would not help.
    expect(error.isTransient).toBe(false);
    expect(isApiError(error)).toBe(true);
  });

  test('a code sent as a string is still recognised', async () => {
    replyToList({ status: 'error', message: 'Invalid or expired token', code: '1014' });
    const error = await failureOf(listGroups(demo));
    expect(error.code).toBe(1014);
    expect(error.isSessionEnded).toBe(true);
  });

  test('an unknown code shows the server wording and the code', async () => {
    replyToList({ status: 'error', message: '  Daily limit reached  ', code: 1999 });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('deepcall');
    expect(error.code).toBe(1999);
    expect(error.message).toBe('DeepCall refused the request: Daily limit reached (code 1999)');
    expect(error.isSessionEnded).toBe(false);
  });

  test('an error with neither code nor message still says DeepCall refused', async () => {
    replyToList({ status: 'error' });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('deepcall');
    expect(error.code).toBeUndefined();
    expect(error.message).toBe('DeepCall refused the request.');
  });

  test('a code without status "error" is still an error, never a success', async () => {
    replyToList({ status: 'failed', code: 1503 });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('deepcall');
    expect(error.code).toBe(1503);
  });

  test('the real mock answers bad credentials with 1014 and none with 1020', async () => {
    const bad = await failureOf(listGroups({ baseUrl: TEST_API_BASE, credentials: { ssid: 'stolen' } }));
    expect(bad).toMatchObject({ kind: 'deepcall', code: 1014, isSessionEnded: true });
    const none = await failureOf(
      callApi({ baseUrl: TEST_API_BASE, credentials: {} as ApiConfig['credentials'] }, { module: 'Group', action: 'list' }, {}, () => 'ok'),
    );
    expect(none).toMatchObject({ kind: 'deepcall', code: 1020, isSessionEnded: true });
  });
});

describe('HTTP status and body', () => {
  test('a DeepCall error body on HTTP 500 is a DeepCall error with its code', async () => {
    replyToList({ status: 'error', message: 'Group not found or not authorized', code: 1503 }, { status: 500 });
    const error = await failureOf(listGroups(demo));
    expect(error).toMatchObject({ kind: 'deepcall', code: 1503, httpStatus: 500 });
    expect(error.isTransient).toBe(false);
  });

  test('a DeepCall error body on a 4xx is accepted as the error it names', async () => {
    replyToList({ status: 'error', message: 'Invalid or expired token', code: 1014 }, { status: 401 });
    const error = await failureOf(listGroups(demo));
    expect(error).toMatchObject({ kind: 'deepcall', code: 1014, httpStatus: 401, isSessionEnded: true });
  });

  test('success is decided by the body alone, even on a non-2xx status', async () => {
    replyToList({ status: 'success', code: 200, response: [{ id: 1, name: 'Odd but fine' }] }, { status: 500 });
    await expect(listGroups(demo)).resolves.toEqual([{ id: '1', name: 'Odd but fine', active: true }]);
  });

  test('an HTML 502 from a proxy is an HTTP error worth retrying', async () => {
    replyToList('<html><body>Bad Gateway</body></html>', { status: 502 });
    const error = await failureOf(listGroups(demo));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 502 });
    expect(error.code).toBeUndefined();
    expect(error.isTransient).toBe(true);
    expect(error.message).toMatch(/HTTP 502.*try again/i);
  });

  test('a 5xx with JSON that is not a DeepCall envelope is an HTTP error too', async () => {
    replyToList({ error: 'upstream timeout' }, { status: 503 });
    const error = await failureOf(listGroups(demo));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 503, isTransient: true });
  });

  test('a 404 page is an HTTP error that retrying will not fix', async () => {
    replyToList('<html>Not Found</html>', { status: 404 });
    const error = await failureOf(listGroups(demo));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 404, isTransient: false });
  });

  test.each([
    ['HTML on 200', '<html>login portal</html>'],
    ['a cut-off JSON text', '{"status":"succ'],
    ['an empty body', ''],
  ])('%s is an "unexpected reply", not a crash', async (_label, text) => {
    replyToList(text, { contentType: 'application/json' });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('unexpected');
    expect(error.httpStatus).toBe(200);
    expect(error.message).toMatch(/does not understand/);
    expect(error.isTransient).toBe(false);
  });

  test.each([
    ['null', null],
    ['an array', [{ id: 1, name: 'x' }]],
    ['an object without status', { code: 200, response: [] }],
    ['a numeric status', { status: 200, response: [] }],
  ])('JSON that is %s is an "unexpected reply"', async (_label, body) => {
    replyToList(JSON.stringify(body), { contentType: 'application/json' });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('unexpected');
  });

  test('a success status other than "success" is neither success nor a DeepCall code', async () => {
    replyToList({ status: 'ok', response: [] });
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('unexpected');
    expect(error.message).toContain('status "ok"');
  });

  test('a parser that cannot read the reply becomes an "unexpected reply" error', async () => {
    const error = await failureOf(
      callApi(demo, { module: 'Group', action: 'list' }, {}, () => {
        throw new ReplyShapeError('the list of groups is missing');
      }),
    );
    expect(error.kind).toBe('unexpected');
    expect(error.message).toContain('the list of groups is missing');
  });
});

describe('failures before any reply', () => {
  test('a dropped connection is a network error naming the host', async () => {
    server.use(http.post(listUrl, () => HttpResponse.error()));
    const error = await failureOf(listGroups(demo));
    expect(error.kind).toBe('network');
    expect(error.isTransient).toBe(true);
    expect(error.message).toMatch(/cannot reach deepcall\.test/i);
    expect(error.code).toBeUndefined();
  });

  // On a fake clock: the wait is exactly timeoutMs whatever the machine's load.
  test('a server that never answers times out after timeoutMs, not before', async () => {
    server.use(
      http.post(listUrl, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let settled = false;
      const failure = failureOf(listGroups({ ...demo, timeoutMs: 60 })).finally(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(59);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await failure;
      expect(error.kind).toBe('timeout');
      expect(error.isTransient).toBe(true);
      expect(error.message).toMatch(/did not answer/);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a slow but timely answer is not a timeout', async () => {
    server.use(
      http.post(listUrl, async () => {
        await delay(30);
        return HttpResponse.json({ status: 'success', code: 200, response: [] });
      }),
    );
    await expect(listGroups({ ...demo, timeoutMs: 1_000 })).resolves.toEqual([]);
  });

  test('the caller cancelling is "aborted", not a timeout or a network error', async () => {
    const controller = new AbortController();
    server.use(
      http.post(listUrl, async () => {
        // Cancelled while the request is in flight.
        controller.abort();
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const pending = listGroups({ ...demo, timeoutMs: 5_000 }, {}, controller.signal);
    const error = await failureOf(pending);
    expect(error.kind).toBe('aborted');
    expect(error.isTransient).toBe(false);
  });

  test('an already cancelled call sends nothing', async () => {
    const sent: string[] = [];
    const listener = ({ request }: { request: Request }) => sent.push(new URL(request.url).pathname);
    server.events.on('request:start', listener);
    listeners.push(() => server.events.removeListener('request:start', listener));
    const controller = new AbortController();
    controller.abort();
    const error = await failureOf(deleteGroup(demo, '1001', controller.signal));
    expect(error.kind).toBe('aborted');
    // A call made after it has been answered, so a delete sent before it would have been seen first.
    await expect(listGroups(demo, { groupId: '1001' })).resolves.toHaveLength(1);
    expect(sent).toEqual(['/api/v2/Group/list']);
  });
});

describe('modules: the Group module and the Agent module', () => {
  test('endpointUrl: a bare action is a Group action; an Agent endpoint goes to /api/v2/Agent', () => {
    expect(endpointUrl('https://v4-api.deepcall.com/', { module: 'Agent', action: 'list' })).toBe('https://v4-api.deepcall.com/api/v2/Agent/list');
    expect(endpointUrl('', { module: 'Group', action: 'submitAssignGroupToAgent' })).toBe('/api/v2/Group/submitAssignGroupToAgent');
    expect(endpointUrl('', 'list')).toBe('/api/v2/Group/list');
  });

  test('every error says which module was called', async () => {
    server.use(http.post(`${TEST_API_BASE}/api/v2/Agent/list`, () => HttpResponse.error()));
    const network = await failureOf(callApi(demo, { module: 'Agent', action: 'list' }, {}, () => 'ok'));
    expect(network).toMatchObject({ kind: 'network', module: 'Agent' });
    replyToList('<html>Bad Gateway</html>', { status: 502 });
    expect(await failureOf(listGroups(demo))).toMatchObject({ kind: 'http', module: 'Group' });
    expect(new ApiError('network', 'x').module).toBe('Group');
  });

  test('a 1503 is "group not found" only from the Group module', async () => {
    replyToList({ status: 'error', code: 1503, message: 'Group not found or not authorized' });
    expect(await failureOf(listGroups(demo))).toMatchObject({ isGroupNotFound: true, module: 'Group' });
    server.use(
      http.post(`${TEST_API_BASE}/api/v2/Agent/list`, () => HttpResponse.json({ status: 'error', code: 1503, message: 'Invalid role id' })),
    );
    const agent = await failureOf(callApi(demo, { module: 'Agent', action: 'list' }, {}, () => 'ok'));
    expect(agent).toMatchObject({ code: 1503, module: 'Agent', isGroupNotFound: false, serverMessage: 'Invalid role id' });
    expect(agent.message).toMatch(/role/i);
  });

  test('exactly one credential scheme is sent: the ssid when there is one, else userId + token', async () => {
    const seen = recordRequests();
    const both = { baseUrl: TEST_API_BASE, credentials: { ssid: 'demo-ssid', userId: 'demo', token: 'demo-token' } } as ApiConfig;
    await listGroups(both, { quick: true });
    await listGroups({ ...both, credentials: { ssid: '', userId: 'demo', token: 'demo-token' } as ApiConfig['credentials'] }, { quick: true });
    expect(seen.map((request) => JSON.parse(request.body) as unknown)).toEqual([
      { quick: true, ssid: 'demo-ssid' },
      { quick: true, userId: 'demo', token: 'demo-token' },
    ]);
  });
});
