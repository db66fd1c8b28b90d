/**
 * The four read calls of `npm run check-api`, made through the console's own client (listGroups,
 * getGroupMembership, listAgents), so what is checked is exactly what the console will do. The
 * client is given a fetch that keeps a copy of each reply: the shapes and the redacted structure
 * are described from it, and it refuses any action that is not a read, so a check never writes.
 */
import { isApiError, type ApiError } from '@/api/errors';
import { listGroups } from '@/api/groups';
import { getGroupMembership, listAgents } from '@/api/members';
import type { Credentials } from '@/api/requests';
import { describeReplyStructure, describeUnreadableBody } from '@/api/reply-structure';
import type { ApiConfig } from '@/api/transport';
import type { Group } from '@/api/types';
import { describeAgentList, describeGroupList, describeRelation } from './shapes';

/** The only actions a check may call: reads. */
const READS = new Set(['Group/list', 'Group/getGroupAgentRelation', 'Agent/list']);

interface Reply {
  httpStatus: number;
  contentType: string | null;
  text: string;
}

/** What the last call sent back, or why it got nothing. */
interface Recorder {
  reply?: Reply;
  cause?: string;
}

function clear(recorder: Recorder): void {
  delete recorder.reply;
  delete recorder.cause;
}

function recordingFetch(recorder: Recorder): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const action = url.pathname.replace(/\/+$/, '').split('/').slice(-2).join('/');
    if (!READS.has(action)) throw new Error(`check-api only reads; it refused to call ${action}`);
    try {
      const response = await fetch(input, init);
      const text = await response.text();
      recorder.reply = { httpStatus: response.status, contentType: response.headers.get('content-type'), text };
      return new Response(text, { status: response.status, headers: response.headers });
    } catch (error) {
      // Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, a certificate…) in `cause`.
      const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
      recorder.cause = String(cause?.code ?? cause?.message ?? (error as Error).message);
      throw error;
    }
  };
}

export type Verdict = 'understood' | 'refused' | 'not understood' | 'unreachable' | 'not checked';

export interface CheckReport {
  title: string;
  verdict: Verdict;
  /** Indented lines under the title: shapes, DeepCall's words and ours, the structure. */
  lines: string[];
  /** One line for the summary when the check failed. */
  reason?: string;
}

function structureOf(reply: Reply | undefined): string[] {
  if (!reply) return [];
  let json: unknown;
  try {
    json = JSON.parse(reply.text);
  } catch {
    return [`reply (HTTP ${reply.httpStatus}): ${describeUnreadableBody(reply.text, reply.contentType)}`];
  }
  return [`reply structure (HTTP ${reply.httpStatus}, every value left out):`, ...describeReplyStructure(json).split('\n').map((l) => `  ${l}`)];
}

function failure(error: ApiError, host: string, recorder: Recorder): Pick<CheckReport, 'verdict' | 'lines' | 'reason'> {
  if (error.kind === 'network' || error.kind === 'timeout') {
    const cause = error.kind === 'network' && recorder.cause ? ` (${recorder.cause})` : '';
    return { verdict: 'unreachable', lines: [`${error.message}${cause}`], reason: `${host} could not be reached${cause}` };
  }
  if (error.kind === 'deepcall') {
    const words = `DeepCall says: "${error.serverMessage ?? '(no message)'}"${error.code === undefined ? '' : ` (code ${error.code})`}`;
    const lines = [words, `The console reads this as: ${error.message}`];
    if (error.isSessionEnded) {
      lines.push(`The host refused these credentials: check the session ID, or the user ID and token, and that they belong to ${host}.`);
      return { verdict: 'refused', lines, reason: `the host refused the credentials. ${words}` };
    }
    return { verdict: 'refused', lines, reason: `the host refused the call. ${words}` };
  }
  if (error.kind === 'unexpected') {
    const problem = error.support?.problem ?? error.message;
    return { verdict: 'not understood', lines: [`The console does not understand this reply: ${problem}.`, error.message], reason: `a reply cannot be understood: ${problem}` };
  }
  // An HTTP error without a DeepCall body: most often --host names the web site rather than the API host.
  const hint = error.httpStatus === 404 || error.httpStatus === 405 ? ` Is ${host} the DeepCall API host (as in https://v4-api.deepcall.com)?` : '';
  return { verdict: 'not understood', lines: [`${error.message}${hint}`], reason: `${error.message}${hint}` };
}

export interface CheckRun {
  reports: CheckReport[];
  /** Every call checked was understood. */
  ok: boolean;
}

export async function runChecks(host: string, credentials: Credentials, timeoutMs?: number): Promise<CheckRun> {
  const recorder: Recorder = {};
  const config: ApiConfig = { baseUrl: host, credentials, fetch: recordingFetch(recorder), ...(timeoutMs ? { timeoutMs } : {}) };
  const reports: CheckReport[] = [];
  let stopped: string | undefined;

  async function check<T>(title: string, call: () => Promise<T>, describe: (response: unknown, parsed: T) => string[]): Promise<T | undefined> {
    if (stopped) {
      reports.push({ title, verdict: 'not checked', lines: [stopped] });
      return undefined;
    }
    clear(recorder);
    try {
      const parsed = await call();
      const response = (JSON.parse(recorder.reply?.text ?? '{}') as { response?: unknown }).response;
      reports.push({ title, verdict: 'understood', lines: [...describe(response, parsed), ...structureOf(recorder.reply)] });
      return parsed;
    } catch (error) {
      if (!isApiError(error)) throw error;
      const found = failure(error, host, recorder);
      reports.push({ title, ...found, lines: [...found.lines, ...structureOf(recorder.reply)] });
      // Nothing more can be learnt without the host or without valid credentials.
      if (found.verdict === 'unreachable') stopped = 'Not checked: the host could not be reached.';
      if (error.isSessionEnded) stopped = 'Not checked: the host refused the credentials.';
      return undefined;
    }
  }

  const quick = await check('Group/list (quick)', () => listGroups(config, { quick: true }), (response) => [describeGroupList(response)]);
  const full = await check('Group/list (full)', () => listGroups(config), (response) => [describeGroupList(response)]);
  const first: Group | undefined = (full ?? quick)?.[0];
  const relationTitle = `Group/getGroupAgentRelation${first ? ` (the first listed group, id ${first.id})` : ''}`;
  if (first || stopped) {
    await check(relationTitle, () => getGroupMembership(config, first?.id ?? ''), (response, membership) => describeRelation(response, membership));
  } else {
    const why = quick || full ? 'the account has no groups, so there is no relation to read' : 'no group list was understood, so no group to read';
    reports.push({ title: relationTitle, verdict: 'not checked', lines: [`Not checked: ${why}.`] });
  }
  await check('Agent/list', () => listAgents(config), (response, agents) => describeAgentList(response, agents));

  // A call is left unchecked only after another failed, or when the account has no group to read.
  return { reports, ok: reports.every((r) => r.verdict === 'understood' || r.verdict === 'not checked') };
}
