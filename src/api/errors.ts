/**
 * What can go wrong talking to DeepCall, as one ApiError a supervisor can act on. DeepCall's codes
 * are per module, so every error names the module called and its code is read in that module's terms.
 */
import { AgentErrorCode, CommonErrorCode, ErrorCode, type AgentAction, type ApiModule, type Endpoint, type GroupAction } from './contract';
import { version as CONSOLE_VERSION } from '../../package.json';
import type { SupportDetails } from './support-details';

// Callers read the codes from the module they get ApiError from.
export { AgentErrorCode, ErrorCode };
export type { ApiModule };

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

export interface ApiErrorFacts {
  /** A network failure: the host that could not be reached as people read it; '' for this page's own origin. */
  host?: string;
  /** A timeout: how long the console waited. */
  timeoutMs?: number;
  /** An unreadable reply: what was wrong with it, briefly (technical, the same in every language). */
  detail?: string;
  /** An unreadable reply: the action that was called. */
  endpoint?: Endpoint;
}

interface ApiErrorExtra {
  module?: ApiModule;
  code?: number;
  httpStatus?: number;
  serverMessage?: string;
  support?: SupportDetails;
  facts?: ApiErrorFacts;
}

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
  /**
   * The facts `message` is made of, so a screen can say it in the supervisor's language
   * (src/lib/error-text.ts; `message` stays English, for logs and the screens not yet translated).
   */
  readonly facts: ApiErrorFacts;

  constructor(kind: ApiErrorKind, message: string, extra: ApiErrorExtra = {}) {
    super(message);
    this.kind = kind;
    this.module = extra.module ?? 'Group';
    if (extra.code !== undefined) this.code = extra.code;
    if (extra.httpStatus !== undefined) this.httpStatus = extra.httpStatus;
    if (extra.serverMessage !== undefined) this.serverMessage = extra.serverMessage;
    if (extra.support !== undefined) this.support = extra.support;
    this.facts = extra.facts ?? {};
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

/** A DeepCall code as a number, whether the reply wrote it as a number or as text. */
export function toCode(code: unknown): number | undefined {
  const n = typeof code === 'string' ? Number(code) : code;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** The error a DeepCall error body stands for: our message for a code we know, else the server's words. */
export function errorFromBody(module: ApiModule, body: Record<string, unknown>, httpStatus: number): ApiError {
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

/** A non-2xx reply without a DeepCall body: the server had a problem, worth retrying. */
export function httpError(module: ApiModule, httpStatus: number): ApiError {
  return new ApiError('http', `The DeepCall server had a problem (HTTP ${httpStatus}). Try again in a moment.`, { module, httpStatus });
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
export function unexpectedReply(
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
    { module: endpoint.module, httpStatus, support, facts: { detail: found.detail, endpoint } },
  );
}
