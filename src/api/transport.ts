/**
 * The one way the console talks to DeepCall: POST a JSON text body with the credentials inside it,
 * decide success from the body's `status`, and turn every failure into an ApiError (errors.ts).
 */
import { agentActionPath, groupActionPath, type Endpoint, type GroupAction } from './contract';
import { ApiError, errorFromBody, httpError, toCode, unexpectedReply } from './errors';
import { envelopeSchema, ReplyShapeError } from './replies';
import type { Credentials } from './requests';
import { hostLabel } from '@/lib/host-label';

export interface ApiConfig {
  /** The customer's DeepCall host, e.g. https://v4-api.deepcall.com; '' means this page's origin. */
  baseUrl: string;
  credentials: Credentials;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

type ReplyStructure = typeof import('./reply-structure');

/**
 * The structure of a reply the console could not read, for support. Its describer (about 1.3 kB gzip)
 * is fetched only when such a reply comes, not with every page that calls DeepCall; if even that fails
 * (a newer deployment removed the file), the error still says what went wrong, without the structure.
 */
async function replyStructure(describe: (module: ReplyStructure) => string): Promise<string> {
  let describer: ReplyStructure;
  try {
    describer = await import('./reply-structure');
  } catch {
    return '(not described: the console could not load its describer of replies; reload the page and try again)';
  }
  return describe(describer);
}

/** The URL of one action; a bare action name is a Group action. */
export function endpointUrl(baseUrl: string, endpoint: GroupAction | Endpoint): string {
  const { module, action } = typeof endpoint === 'string' ? { module: 'Group' as const, action: endpoint } : endpoint;
  return `${baseUrl.replace(/\/+$/, '')}${module === 'Agent' ? agentActionPath(action) : groupActionPath(action)}`;
}

/** Exactly one scheme, as DeepCall asks (the Agent module refuses ssid next to userId + token): the ssid when there is one. */
function credentialFields(credentials: Credentials): Record<string, unknown> {
  const given = credentials as Partial<Record<'ssid' | 'userId' | 'token', unknown>>;
  if (typeof given.ssid === 'string' && given.ssid !== '') return { ssid: given.ssid };
  return {
    ...(given.userId === undefined ? {} : { userId: given.userId }),
    ...(given.token === undefined ? {} : { token: given.token }),
  };
}

/**
 * POSTs `payload` plus the credentials (one scheme) to one action of one module and returns the
 * success body; the module's errors are read in its own terms. `parse` runs inside the same error
 * mapping, so a reply whose shape is wrong becomes an "unexpected reply" ApiError rather than a crash.
 */
export async function callApi<T>(
  config: ApiConfig,
  endpoint: Endpoint,
  payload: Record<string, unknown>,
  parse: (body: Record<string, unknown>) => T,
  signal?: AbortSignal,
): Promise<T> {
  const { module } = endpoint;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const doFetch = config.fetch ?? globalThis.fetch.bind(globalThis);

  let response: Response;
  let text: string;
  try {
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    response = await doFetch(endpointUrl(config.baseUrl, endpoint), {
      method: 'POST',
      // text/plain keeps the request "simple" (no preflight), as DeepCall's own samples do.
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ ...payload, ...credentialFields(config.credentials) }),
      signal: timeout.signal,
      credentials: 'omit',
    });
    text = await response.text();
  } catch {
    if (signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.', { module });
    if (timeout.signal.aborted) {
      throw new ApiError(
        'timeout',
        `The DeepCall server did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`}. Check your connection and try again.`,
        { module, facts: { timeoutMs } },
      );
    }
    throw new ApiError(
      'network',
      `Cannot reach ${hostLabel(config.baseUrl, 'the built-in mock API')}. Check your network connection and the API server address, then try again.`,
      { module, facts: { host: hostLabel(config.baseUrl, '') } },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (!response.ok) throw httpError(module, response.status);
    throw unexpectedReply(endpoint, response.status, {
      detail: 'not JSON',
      problem: 'the reply is not JSON',
      reply: await replyStructure((m) => m.describeUnreadableBody(text, response.headers.get('content-type'))),
    });
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    if (!response.ok) throw httpError(module, response.status);
    throw unexpectedReply(endpoint, response.status, {
      detail: 'no status',
      problem: 'the reply is not an object with a "status" text, as every DeepCall reply is',
      reply: await replyStructure((m) => m.describeReplyStructure(json)),
    });
  }
  const body = envelope.data as Record<string, unknown>;
  if (body.status !== 'success') {
    if (body.status === 'error' || toCode(body.code) !== undefined) throw errorFromBody(module, body, response.status);
    throw unexpectedReply(endpoint, response.status, {
      detail: `status "${String(body.status).slice(0, 40)}"`,
      problem: 'the reply\'s "status" is neither "success" nor "error" and it has no error code',
      reply: await replyStructure((m) => m.describeReplyStructure(json)),
    });
  }
  try {
    return parse(body);
  } catch (error) {
    if (error instanceof ReplyShapeError) {
      throw unexpectedReply(endpoint, response.status, {
        detail: error.message,
        problem: error.message,
        reply: await replyStructure((m) => m.describeReplyStructure(json)),
      });
    }
    throw error;
  }
}
