/**
 * msw handlers for the DeepCall Group API v2, over a MockStore. The same
 * handlers run in the browser worker, in setupServer for tests and behind the
 * node:http server, so the three hosts can never disagree.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { ErrorCode, GROUP_API_PATH, serverErrorMessages, successMessages } from '../src/api/contract';
import {
  addRequestSchema,
  deleteRequestSchema,
  listRequestSchema,
  relationRequestSchema,
  updateRequestSchema,
} from '../src/api/schemas';
import { DeepCallError, errors, type MockAccount, type MockFault, type MockGroup, type MockStore } from './store';

/** The real API's CORS headers, so browsers may call it from any origin. */
export const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'X-Requested-With, content-type',
  'Access-Control-Allow-Credentials': 'true',
};

export interface HandlerOptions {
  store: MockStore;
  /** Only requests to this origin are answered; '*' answers any (tests, the HTTP server). */
  origin?: string;
  /** Called after a request changed the store (the browser host persists it). */
  onChange?: () => void;
}

type Body = Record<string, unknown>;

function reply(body: Record<string, unknown>, status = 200): Response {
  return HttpResponse.json(body, { status, headers: corsHeaders });
}

function success(extra: Body): Response {
  return reply({ status: 'success', code: 200, ...extra });
}

function failure(error: DeepCallError, httpStatus = 200): Response {
  return reply({ status: 'error', message: error.message, code: error.code }, httpStatus);
}

/** Keeps a field only when it has the shape the shared request schema allows. */
function field<K extends string>(shape: Record<K, { safeParse(v: unknown): { success: boolean } }>, body: Body, key: K): unknown {
  const value = body[key];
  return value !== undefined && shape[key].safeParse(value).success ? value : undefined;
}

function groupIdOf(shape: Record<'groupId' | 'groupid', { safeParse(v: unknown): { success: boolean } }>, body: Body) {
  return field(shape, body, 'groupId') ?? field(shape, body, 'groupid');
}

function fullGroup(group: MockGroup, account: MockAccount, counts: Map<number, number>) {
  return {
    id: group.id,
    name: group.name,
    status: group.status,
    user_id: account.id,
    create_date: group.createDate,
    agent_count: counts.get(group.id) ?? 0,
  };
}

function runAction(store: MockStore, account: MockAccount, action: string, body: Body): { response: Response; changed: boolean } {
  switch (action) {
    case 'list': {
      const shape = listRequestSchema.shape;
      const groups = store.list(account, {
        name: field(shape, body, 'name') as string | undefined,
        groupId: groupIdOf(shape, body),
      });
      if (body.quick === true) {
        return { response: success({ response: groups.map(({ id, name, status }) => ({ id, name, status })) }), changed: false };
      }
      const counts = store.agentCounts(account);
      return { response: success({ response: groups.map((g) => fullGroup(g, account, counts)) }), changed: false };
    }
    case 'add': {
      const group = store.add(account, field(addRequestSchema.shape, body, 'name'));
      return { response: success({ message: successMessages.add, groupId: group.id }), changed: true };
    }
    case 'update': {
      const shape = updateRequestSchema.shape;
      store.update(account, groupIdOf(shape, body), field(shape, body, 'name'), field(shape, body, 'status'));
      return { response: success({ message: successMessages.update }), changed: true };
    }
    case 'delete': {
      store.delete(account, groupIdOf(deleteRequestSchema.shape, body));
      return { response: success({ message: successMessages.delete }), changed: true };
    }
    case 'getGroupAgentRelation': {
      const { group, agentData, relationData } = store.relations(account, groupIdOf(relationRequestSchema.shape, body));
      const counts = store.agentCounts(account);
      return {
        response: success({ response: { groupData: fullGroup(group, account, counts), agentData, relationData } }),
        changed: false,
      };
    }
    default:
      return {
        response: reply({ status: 'error', message: `Unknown action ${action.slice(0, 60)}`, code: 404 }, 404),
        changed: false,
      };
  }
}

/** Answers the fault a test asked for, or undefined to carry on normally. */
async function applyFault(fault: MockFault | undefined): Promise<Response | undefined> {
  if (!fault) return undefined;
  switch (fault.kind) {
    case 'latency':
      await delay(fault.ms ?? 1000);
      return undefined;
    case 'http':
      return fault.withBody
        ? reply({ status: 'error', message: 'Internal server error', code: fault.status ?? 500 }, fault.status ?? 500)
        : new HttpResponse('<html><body>Bad Gateway</body></html>', {
            status: fault.status ?? 502,
            headers: { ...corsHeaders, 'Content-Type': 'text/html' },
          });
    case 'malformed':
      return new HttpResponse('{"status":"succ', { status: 200, headers: { ...corsHeaders, 'Content-Type': 'application/json' } });
    case 'shape':
      // `true` is neither a list, a group nor an id (a bare number would read as the new group's id).
      return reply({ status: 'success', code: 200, response: true, groupId: null });
    case 'drop':
      return HttpResponse.error();
    case 'code': {
      const code = fault.code ?? ErrorCode.SessionInvalid;
      const known: Partial<Record<number, string>> = serverErrorMessages;
      return failure(new DeepCallError(code, known[code] ?? 'Forced error'));
    }
  }
}

export function createHandlers({ store, origin = '*', onChange }: HandlerOptions): HttpHandler[] {
  const apiPaths = [`${origin}${GROUP_API_PATH}/:action`, `${origin}${GROUP_API_PATH}/:action/`];

  const groupHandler = async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
    const action = String(params.action);
    let body: Body;
    try {
      const parsed: unknown = JSON.parse(await request.text());
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      body = parsed as Body;
    } catch {
      return failure(errors.notJson());
    }
    try {
      const account = store.authenticate(body);
      const faulted = await applyFault(store.takeFault(account, action));
      if (faulted) return faulted;
      const { response, changed } = runAction(store, account, action, body);
      if (changed) onChange?.();
      return response;
    } catch (error) {
      if (error instanceof DeepCallError) return failure(error);
      throw error;
    }
  };

  const admin = (path: string) => `${origin}/__mock/${path}`;
  const readJson = async (request: Request): Promise<Body> => {
    try {
      const parsed: unknown = await request.json();
      return typeof parsed === 'object' && parsed !== null ? (parsed as Body) : {};
    } catch {
      return {};
    }
  };
  const seedOf = (body: Body) =>
    typeof body.seedGroups === 'number' && Number.isInteger(body.seedGroups) && body.seedGroups >= 0 ? body.seedGroups : undefined;

  return [
    ...apiPaths.map((path) => http.post(path, groupHandler)),
    ...apiPaths.map((path) => http.options(path, () => new HttpResponse(null, { status: 204, headers: corsHeaders }))),
    http.get(admin('health'), () => HttpResponse.json({ ok: true }, { headers: corsHeaders })),
    http.post(admin('reset'), async ({ request }) => {
      store.reset({ seedGroups: seedOf(await readJson(request)) });
      onChange?.();
      return HttpResponse.json({ ok: true }, { headers: corsHeaders });
    }),
    // A fresh account per test keeps tests (and their faults) from meeting.
    http.post(admin('accounts'), async ({ request }) => {
      const credentials = store.createAccount(seedOf(await readJson(request)));
      onChange?.();
      return HttpResponse.json(credentials, { headers: corsHeaders });
    }),
    http.post(admin('faults'), async ({ request }) => {
      const body = await readJson(request);
      if (typeof body.account !== 'string' || !store.account(body.account) || typeof body.fault !== 'object' || !body.fault) {
        return HttpResponse.json({ error: 'need {account, fault}' }, { status: 400, headers: corsHeaders });
      }
      store.addFault(body.account, body.fault as MockFault);
      return HttpResponse.json({ ok: true }, { headers: corsHeaders });
    }),
    http.delete(admin('faults'), async ({ request }) => {
      const body = await readJson(request);
      store.clearFaults(typeof body.account === 'string' ? body.account : undefined);
      return HttpResponse.json({ ok: true }, { headers: corsHeaders });
    }),
    http.options(`${origin}/__mock/*`, () => new HttpResponse(null, { status: 204, headers: corsHeaders })),
  ];
}
