/**
 * The mock's own routes under /__mock/ (not DeepCall's): health, reset, fresh accounts for tests,
 * per-account settings and faults. The API's handlers (handlers.ts) include them.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { corsHeaders } from './cors';
import type { MockFault } from './faults';
import type { MockStore } from './store';
import type { AccountSeed } from './types';

type Body = Record<string, unknown>;

async function readJson(request: Request): Promise<Body> {
  try {
    const parsed: unknown = await request.json();
    return typeof parsed === 'object' && parsed !== null ? (parsed as Body) : {};
  } catch {
    return {};
  }
}

const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);
const flag = (value: unknown) => (typeof value === 'boolean' ? value : undefined);
const seedOf = (body: Body): AccountSeed => ({
  seedGroups: count(body.seedGroups),
  seedAgents: count(body.seedAgents),
  membersOnlyAgentData: flag(body.membersOnlyAgentData),
  agentListWithoutGroups: flag(body.agentListWithoutGroups),
});

export function createAdminHandlers({ store, origin, onChange }: { store: MockStore; origin: string; onChange?: () => void }): HttpHandler[] {
  const admin = (path: string) => `${origin}/__mock/${path}`;
  return [
    http.get(admin('health'), () => HttpResponse.json({ ok: true }, { headers: corsHeaders })),
    http.post(admin('reset'), async ({ request }) => {
      store.reset(seedOf(await readJson(request)));
      onChange?.();
      return HttpResponse.json({ ok: true }, { headers: corsHeaders });
    }),
    // A fresh account per test keeps tests (and their faults) from meeting.
    http.post(admin('accounts'), async ({ request }) => {
      const credentials = store.createAccount(seedOf(await readJson(request)));
      onChange?.();
      return HttpResponse.json(credentials, { headers: corsHeaders });
    }),
    // How one account's server behaves: { account, membersOnlyAgentData?: boolean, agentListWithoutGroups?: boolean }.
    http.post(admin('settings'), async ({ request }) => {
      const body = await readJson(request);
      const account = typeof body.account === 'string' ? store.account(body.account) : undefined;
      const settings = { membersOnlyAgentData: flag(body.membersOnlyAgentData), agentListWithoutGroups: flag(body.agentListWithoutGroups) };
      if (!account || (settings.membersOnlyAgentData === undefined && settings.agentListWithoutGroups === undefined)) {
        return HttpResponse.json(
          { error: 'need {account, membersOnlyAgentData?: boolean, agentListWithoutGroups?: boolean}' },
          { status: 400, headers: corsHeaders },
        );
      }
      store.configure(account.id, settings);
      onChange?.();
      return HttpResponse.json({ ok: true, settings: account.settings }, { headers: corsHeaders });
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
