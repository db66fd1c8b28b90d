/**
 * msw handlers for the DeepCall API v2 (the Group module, and the Agent module's
 * list), over a MockStore. The same handlers run in the browser worker, in
 * setupServer for tests and behind the node:http server, so the three hosts can
 * never disagree.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import {
  AGENT_API_PATH,
  AgentErrorCode,
  agentServerErrorMessages,
  ErrorCode,
  GROUP_API_PATH,
  serverErrorMessages,
  successMessages,
  type ApiModule,
} from '../src/api/contract';
import {
  addRequestSchema,
  agentListRequestSchema,
  assignRequestSchema,
  deleteRequestSchema,
  listRequestSchema,
  relationRequestSchema,
  updateRequestSchema,
} from '../src/api/requests';
import { agentError, DeepCallError, errors } from './errors';
import { changeElsewhere, takeFault, type MockFault } from './faults';
import type { MockStore } from './store';
import type { MockAccount, MockGroup } from './types';
import { createAdminHandlers } from './admin-handlers';
import { corsHeaders } from './cors';

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

function fullGroup(store: MockStore, group: MockGroup, account: MockAccount) {
  return {
    id: group.id,
    name: group.name,
    status: group.status,
    user_id: account.id,
    create_date: group.createDate,
    agent_count: store.agentCount(account, group.id),
  };
}

function unknownAction(action: string): { response: Response; changed: boolean } {
  return {
    response: reply({ status: 'error', message: `Unknown action ${action.slice(0, 60)}`, code: 404 }, 404),
    changed: false,
  };
}

function runGroupAction(store: MockStore, account: MockAccount, action: string, body: Body): { response: Response; changed: boolean } {
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
      return { response: success({ response: groups.map((g) => fullGroup(store, g, account)) }), changed: false };
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
      return {
        response: success({ response: { groupData: fullGroup(store, group, account), agentData, relationData } }),
        changed: false,
      };
    }
    case 'submitAssignGroupToAgent': {
      const shape = assignRequestSchema.shape;
      // A list that is missing or not all strings reaches the store as undefined: 1000, like an unknown id.
      store.assign(account, groupIdOf(shape, body), field(shape, body, 'agent_unique_id'), field(shape, body, 'receive_call'));
      return { response: success({ message: successMessages.submitAssignGroupToAgent }), changed: true };
    }
    default:
      return unknownAction(action);
  }
}

/** A filter of the wrong type is the Agent module's own code: 1508 for status, 1502 for the others. */
function agentFilters(body: Body): { name?: unknown; status?: unknown; groupId?: unknown } {
  const shape = agentListRequestSchema.shape;
  for (const key of ['name', 'status', 'groupId', 'groupid'] as const) {
    const value = body[key];
    if (value === undefined || value === null || shape[key].safeParse(value).success) continue;
    throw agentError(key === 'status' ? AgentErrorCode.InvalidStatus : AgentErrorCode.InvalidFilter);
  }
  return { name: body.name ?? undefined, status: body.status, groupId: body.groupId ?? body.groupid };
}

function runAgentAction(store: MockStore, account: MockAccount, action: string, body: Body): { response: Response; changed: boolean } {
  switch (action) {
    case 'list': {
      const agents = store.agentList(account, agentFilters(body));
      // Each agent's groups, as the contract infers DeepCall keeps them on the profile (unless switched off).
      const byAgent = account.settings.agentListWithoutGroups ? undefined : store.relationsByAgent(account);
      return {
        response: success({
          response: agents.map(({ agent_unique_id, name, email, status }) => ({
            agent_unique_id,
            name,
            email,
            status,
            ...(byAgent
              ? { groups: (byAgent.get(agent_unique_id) ?? []).map(({ group_id, receive_call }) => ({ group_id, receive_call })) }
              : {}),
          })),
        }),
        changed: false,
      };
    }
    default:
      return unknownAction(action);
  }
}

/** Answers the fault a test asked for, or undefined to carry on normally. */
async function applyFault(fault: MockFault | undefined, module: ApiModule): Promise<Response | undefined> {
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
    case 'elsewhere':
      // Already made (createHandlers): the request itself is answered normally.
      return undefined;
    case 'code': {
      const code = fault.code ?? ErrorCode.SessionInvalid;
      const known: Partial<Record<number, string>> = module === 'Agent' ? agentServerErrorMessages : serverErrorMessages;
      return failure(new DeepCallError(code, known[code] ?? 'Forced error'));
    }
  }
}

export function createHandlers({ store, origin = '*', onChange }: HandlerOptions): HttpHandler[] {
  const pathsOf = (base: string) => [`${origin}${base}/:action`, `${origin}${base}/:action/`];
  const apiPaths = { Group: pathsOf(GROUP_API_PATH), Agent: pathsOf(AGENT_API_PATH) };

  const moduleHandler =
    (module: ApiModule) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
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
        const account = module === 'Agent' ? store.authenticateAgentModule(body) : store.authenticate(body);
        // Group actions keep their bare names in fault lists; others are named with their module.
        const fault = module === 'Group' ? takeFault(account, action, body.groupId ?? body.groupid) : takeFault(account, `${module}/${action}`);
        if (fault?.kind === 'elsewhere' && fault.elsewhere) {
          changeElsewhere(store, account, fault.elsewhere);
          onChange?.();
        }
        const faulted = await applyFault(fault, module);
        if (faulted) return faulted;
        const run = module === 'Agent' ? runAgentAction : runGroupAction;
        const { response, changed } = run(store, account, action, body);
        if (changed) onChange?.();
        return response;
      } catch (error) {
        if (error instanceof DeepCallError) return failure(error);
        throw error;
      }
    };

  const preflight = () => new HttpResponse(null, { status: 204, headers: corsHeaders });

  return [
    ...apiPaths.Group.map((path) => http.post(path, moduleHandler('Group'))),
    ...apiPaths.Agent.map((path) => http.post(path, moduleHandler('Agent'))),
    ...[...apiPaths.Group, ...apiPaths.Agent].map((path) => http.options(path, preflight)),
    ...createAdminHandlers({ store, origin, ...(onChange ? { onChange } : {}) }),
  ];
}
