/**
 * The one way the console talks to DeepCall: POST a JSON text body with the
 * credentials inside it, decide success from the body's `status`, and turn
 * every failure into an ApiError a supervisor can act on. Codes are per
 * module, so every call names its module and its errors are read in that
 * module's terms.
 */
import {
  agentActionPath,
  AgentErrorCode,
  CommonErrorCode,
  ErrorCode,
  groupActionPath,
  type AgentAction,
  type ApiModule,
  type GroupAction,
} from './contract';
import { version as CONSOLE_VERSION } from '../../package.json';
import { describeReplyStructure, describeUnreadableBody } from './reply-structure';
import { envelopeSchema, ReplyShapeError, type Credentials } from './schemas';
import type { SupportDetails } from './support-details';

// Callers keep reading the codes from the transport they get ApiError from.
export { AgentErrorCode, ErrorCode };
export type { ApiModule };

/** One action of one module. */
export type Endpoint = { module: 'Group'; action: GroupAction } | { module: 'Agent'; action: AgentAction };

export interface ApiConfig {
  /** The customer's DeepCall host, e.g. https://v4-api.deepcall.com; '' means this page's origin. */
  baseUrl: string;
  credentials: Credentials;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export type ApiErrorKind =
  | 'deepcall' // the server answered with a DeepCall error code
  | 'http' // a non-2xx reply without a DeepCall body
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unexpected'; // a reply the console cannot understand

/** The general v2 codes mean the same in every module. */
const commonCodeMessages: Record<number, string> = {
  [CommonErrorCode.InvalidParameters]:
    'DeepCall did not accept some of the values sent; an agent may no longer be part of this account. Reload the page and try again.',
  [CommonErrorCode.SessionInvalid]: 'Your session has ended or the credentials are not valid. Sign in again.',
  [CommonErrorCode.CredentialsMissing]: 'No credentials were sent. Sign in again.',
  [CommonErrorCode.PermissionDenied]: 'Your DeepCall account is not allowed to do this. Ask an administrator for the permission.',
  [CommonErrorCode.BodyNotJson]: 'The server could not read the request. Reload the page and try again.',
};

/** Messages per module: the Agent module gives 1501–1503 other meanings than the Group module. */
const codeMessages: Record<ApiModule, Record<number, string>> = {
  Group: {
    ...commonCodeMessages,
    [ErrorCode.NameMissing]: 'Enter a group name.',
    [ErrorCode.GroupIdMissing]: 'The console did not say which group to change. Reload the page and try again.',
    [ErrorCode.GroupNotFound]: 'This group no longer exists, or your account may not change it.',
  },
  Agent: {
    ...commonCodeMessages,
    [AgentErrorCode.DataInProcessing]: 'DeepCall is still processing an earlier change to the agents. Try again in a moment.',
    [AgentErrorCode.InvalidFilter]: 'DeepCall did not accept the filter the console sent for the list of agents. Reload the page and try again.',
    [AgentErrorCode.InvalidRoleId]: 'DeepCall did not accept the agent role the console sent. Reload the page and try again.',
    [AgentErrorCode.InvalidGroupData]: 'DeepCall did not accept the group the console sent for the agents. Reload the page and try again.',
    [AgentErrorCode.InvalidStatus]: 'DeepCall did not accept the agent status the console sent. Reload the page and try again.',
  },
};

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** The module that was called: read `code` in its terms (a 1503 from Agent is not "group not found"). */
  readonly module: ApiModule;
  /** The DeepCall error code, when the server sent one. */
  readonly code?: number;
  readonly httpStatus?: number;
  /** The server's own wording, kept apart from our message (it is shown as text, never as markup). */
  readonly serverMessage?: string;
  /** For a reply that could not be read: what to send to support (no value from the reply, no credentials). */
  readonly support?: SupportDetails;

  constructor(
    kind: ApiErrorKind,
    message: string,
    extra: { module?: ApiModule; code?: number; httpStatus?: number; serverMessage?: string; support?: SupportDetails } = {},
  ) {
    super(message);
    this.kind = kind;
    this.module = extra.module ?? 'Group';
    if (extra.code !== undefined) this.code = extra.code;
    if (extra.httpStatus !== undefined) this.httpStatus = extra.httpStatus;
    if (extra.serverMessage !== undefined) this.serverMessage = extra.serverMessage;
    if (extra.support !== undefined) this.support = extra.support;
  }

  /** 1014/1020, in any module: the session is over and the user must sign in again. */
  get isSessionEnded(): boolean {
    return this.code === CommonErrorCode.SessionInvalid || this.code === CommonErrorCode.CredentialsMissing;
  }

  /** The Group module's 1503: the group is gone or not this account's. Never true for another module's 1503. */
  get isGroupNotFound(): boolean {
    return this.module === 'Group' && this.code === ErrorCode.GroupNotFound;
  }

  /** Glitches worth retrying; DeepCall error codes are answers, not glitches. */
  get isTransient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.httpStatus !== undefined && this.httpStatus >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function toCode(code: unknown): number | undefined {
  const n = typeof code === 'string' ? Number(code) : code;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

function hostOf(baseUrl: string): string {
  if (baseUrl === '') return 'the built-in mock API';
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
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

function errorFromBody(module: ApiModule, body: Record<string, unknown>, httpStatus: number): ApiError {
  const code = toCode(body.code);
  const serverMessage = typeof body.message === 'string' && body.message.trim() !== '' ? body.message.trim() : undefined;
  const known = code === undefined ? undefined : codeMessages[module][code];
  const message =
    known ??
    (serverMessage
      ? `DeepCall refused the request: ${serverMessage}${code === undefined ? '' : ` (code ${code})`}`
      : `DeepCall refused the request${code === undefined ? '' : ` (code ${code})`}.`);
  return new ApiError('deepcall', message, {
    module,
    ...(code === undefined ? {} : { code }),
    httpStatus,
    ...(serverMessage === undefined ? {} : { serverMessage }),
  });
}

/** What the supervisor was doing, in their words, for the message of a reply that could not be read. */
const doing: { Group: Record<GroupAction, string>; Agent: Record<AgentAction, string> } = {
  Group: {
    list: 'reading the groups',
    add: 'creating the group',
    update: 'saving the group',
    delete: 'deleting the group',
    getGroupAgentRelation: 'reading the group’s members',
    submitAssignGroupToAgent: 'saving the group’s members',
  },
  Agent: { list: 'reading the account’s agents' },
};

function doingOf(endpoint: Endpoint): string {
  return endpoint.module === 'Agent' ? doing.Agent[endpoint.action] : doing.Group[endpoint.action];
}

/**
 * A reply the console cannot read. `detail` is shown; `problem` and `reply` (the reply's structure,
 * never its values) go to support. The request is left out on purpose: it carries the credentials.
 */
function unexpected(
  endpoint: Endpoint,
  httpStatus: number,
  found: { detail: string; problem: string; reply: string },
): ApiError {
  const support: SupportDetails = {
    action: `${endpoint.module}/${endpoint.action}`,
    httpStatus,
    at: new Date().toISOString(),
    consoleVersion: CONSOLE_VERSION,
    problem: found.problem,
    reply: found.reply,
  };
  return new ApiError(
    'unexpected',
    `The DeepCall server sent a reply the console does not understand (${found.detail}) while ${doingOf(endpoint)}. ` +
      'Try again; if it persists, check the API server address or copy the details for support.',
    { module: endpoint.module, httpStatus, support },
  );
}

/** POSTs to one Group action; see callApi. */
export function callGroupApi<T>(
  config: ApiConfig,
  action: GroupAction,
  payload: Record<string, unknown>,
  parse: (body: Record<string, unknown>) => T,
  signal?: AbortSignal,
): Promise<T> {
  return callApi(config, { module: 'Group', action }, payload, parse, signal);
}

/** POSTs to one Agent action; its error codes are read as the Agent module's. See callApi. */
export function callAgentApi<T>(
  config: ApiConfig,
  action: AgentAction,
  payload: Record<string, unknown>,
  parse: (body: Record<string, unknown>) => T,
  signal?: AbortSignal,
): Promise<T> {
  return callApi(config, { module: 'Agent', action }, payload, parse, signal);
}

/**
 * POSTs `payload` plus the credentials (one scheme) to one action and returns the
 * success body. `parse` runs inside the same error mapping, so a reply whose
 * shape is wrong becomes an "unexpected reply" ApiError rather than a crash.
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
        { module },
      );
    }
    throw new ApiError(
      'network',
      `Cannot reach ${hostOf(config.baseUrl)}. Check your network connection and the API server address, then try again.`,
      { module },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (!response.ok) {
      throw new ApiError(
        'http',
        `The DeepCall server had a problem (HTTP ${response.status}). Try again in a moment.`,
        { module, httpStatus: response.status },
      );
    }
    throw unexpected(endpoint, response.status, {
      detail: 'not JSON',
      problem: 'the reply is not JSON',
      reply: describeUnreadableBody(text, response.headers.get('content-type')),
    });
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    if (!response.ok) {
      throw new ApiError('http', `The DeepCall server had a problem (HTTP ${response.status}). Try again in a moment.`, {
        module,
        httpStatus: response.status,
      });
    }
    throw unexpected(endpoint, response.status, {
      detail: 'no status',
      problem: 'the reply is not an object with a "status" text, as every DeepCall reply is',
      reply: describeReplyStructure(json),
    });
  }
  const body = envelope.data as Record<string, unknown>;
  if (body.status !== 'success') {
    if (body.status === 'error' || toCode(body.code) !== undefined) throw errorFromBody(module, body, response.status);
    throw unexpected(endpoint, response.status, {
      detail: `status "${String(body.status).slice(0, 40)}"`,
      problem: 'the reply\'s "status" is neither "success" nor "error" and it has no error code',
      reply: describeReplyStructure(json),
    });
  }
  try {
    return parse(body);
  } catch (error) {
    if (error instanceof ReplyShapeError) {
      throw unexpected(endpoint, response.status, {
        detail: error.message,
        problem: error.message,
        reply: describeReplyStructure(json),
      });
    }
    throw error;
  }
}
