/**
 * The one way the console talks to DeepCall: POST a JSON text body with the
 * credentials inside it, decide success from the body's `status`, and turn
 * every failure into an ApiError a supervisor can act on.
 */
import { ErrorCode, groupActionPath, type GroupAction } from './contract';
import { envelopeSchema, ReplyShapeError, type Credentials } from './schemas';

// Callers keep reading the codes from the transport they get ApiError from.
export { ErrorCode };

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

/** Messages for the Group module's codes; codes are per module, so these apply to Group calls only. */
const groupCodeMessages: Record<number, string> = {
  [ErrorCode.NameMissing]: 'Enter a group name.',
  [ErrorCode.GroupIdMissing]: 'The console did not say which group to change. Reload the page and try again.',
  [ErrorCode.GroupNotFound]: 'This group no longer exists, or your account may not change it.',
  [ErrorCode.SessionInvalid]: 'Your session has ended or the credentials are not valid. Sign in again.',
  [ErrorCode.CredentialsMissing]: 'No credentials were sent. Sign in again.',
  [ErrorCode.PermissionDenied]: 'Your DeepCall account is not allowed to do this. Ask an administrator for the permission.',
  [ErrorCode.BodyNotJson]: 'The server could not read the request. Reload the page and try again.',
};

export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** The DeepCall error code, when the server sent one. */
  readonly code?: number;
  readonly httpStatus?: number;
  /** The server's own wording, kept apart from our message (it is shown as text, never as markup). */
  readonly serverMessage?: string;

  constructor(
    kind: ApiErrorKind,
    message: string,
    extra: { code?: number; httpStatus?: number; serverMessage?: string } = {},
  ) {
    super(message);
    this.kind = kind;
    if (extra.code !== undefined) this.code = extra.code;
    if (extra.httpStatus !== undefined) this.httpStatus = extra.httpStatus;
    if (extra.serverMessage !== undefined) this.serverMessage = extra.serverMessage;
  }

  /** 1014/1020: the session is over and the user must sign in again. */
  get isSessionEnded(): boolean {
    return this.code === ErrorCode.SessionInvalid || this.code === ErrorCode.CredentialsMissing;
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

export function endpointUrl(baseUrl: string, action: GroupAction): string {
  return `${baseUrl.replace(/\/+$/, '')}${groupActionPath(action)}`;
}

function errorFromBody(body: Record<string, unknown>, httpStatus: number): ApiError {
  const code = toCode(body.code);
  const serverMessage = typeof body.message === 'string' && body.message.trim() !== '' ? body.message.trim() : undefined;
  const known = code === undefined ? undefined : groupCodeMessages[code];
  const message =
    known ??
    (serverMessage
      ? `DeepCall refused the request: ${serverMessage}${code === undefined ? '' : ` (code ${code})`}`
      : `DeepCall refused the request${code === undefined ? '' : ` (code ${code})`}.`);
  return new ApiError('deepcall', message, {
    ...(code === undefined ? {} : { code }),
    httpStatus,
    ...(serverMessage === undefined ? {} : { serverMessage }),
  });
}

function unexpected(httpStatus: number, detail: string): ApiError {
  return new ApiError(
    'unexpected',
    `The DeepCall server sent a reply the console does not understand (${detail}). Try again; if it persists, check the API server address.`,
    { httpStatus },
  );
}

/**
 * POSTs `payload` plus the credentials to one Group action and returns the
 * success body. `parse` runs inside the same error mapping, so a reply whose
 * shape is wrong becomes an "unexpected reply" ApiError rather than a crash.
 */
export async function callGroupApi<T>(
  config: ApiConfig,
  action: GroupAction,
  payload: Record<string, unknown>,
  parse: (body: Record<string, unknown>) => T,
  signal?: AbortSignal,
): Promise<T> {
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
    response = await doFetch(endpointUrl(config.baseUrl, action), {
      method: 'POST',
      // text/plain keeps the request "simple" (no preflight), as DeepCall's own samples do.
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ ...payload, ...config.credentials }),
      signal: timeout.signal,
      credentials: 'omit',
    });
    text = await response.text();
  } catch {
    if (signal?.aborted) throw new ApiError('aborted', 'The request was cancelled.');
    if (timeout.signal.aborted) {
      throw new ApiError(
        'timeout',
        `The DeepCall server did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`}. Check your connection and try again.`,
      );
    }
    throw new ApiError(
      'network',
      `Cannot reach ${hostOf(config.baseUrl)}. Check your network connection and the API server address, then try again.`,
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
        { httpStatus: response.status },
      );
    }
    throw unexpected(response.status, 'not JSON');
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    if (!response.ok) {
      throw new ApiError('http', `The DeepCall server had a problem (HTTP ${response.status}). Try again in a moment.`, {
        httpStatus: response.status,
      });
    }
    throw unexpected(response.status, 'no status');
  }
  const body = envelope.data as Record<string, unknown>;
  if (body.status !== 'success') {
    if (body.status === 'error' || toCode(body.code) !== undefined) throw errorFromBody(body, response.status);
    throw unexpected(response.status, `status "${String(body.status).slice(0, 40)}"`);
  }
  try {
    return parse(body);
  } catch (error) {
    if (error instanceof ReplyShapeError) throw unexpected(response.status, error.message);
    throw error;
  }
}
