import type { Page, Request } from '@playwright/test';

/** One DeepCall request of the page (Group or Agent module). */
interface Call {
  /** `list`, `update`…; Agent actions as `Agent/list`. */
  action: string;
  groupId: string | undefined;
  at: number;
  ended: boolean;
  /** Answered with a DeepCall success the console could read. */
  ok: boolean;
}

/**
 * Every DeepCall request the page sends and how it ended: whether any is still on its way, when the
 * last one moved, whether a glitch (HTTP 5xx, a dropped connection) may still be retried, and which
 * reads the console got right.
 */
export class WalkNetwork {
  private readonly calls: Call[] = [];
  private readonly byRequest = new WeakMap<Request, Call>();
  private lastActivity = Date.now();
  private lastGlitch = 0;
  /** Replies whose body is still being read: a call is settled only once its outcome is known. */
  private reading = 0;

  constructor(page: Page) {
    page.on('request', (request) => {
      const match = /\/api\/v2\/(Group|Agent)\/([^/?#]+)/.exec(request.url());
      if (!match || request.method() !== 'POST') return;
      const [, module, name] = match;
      let groupId: string | undefined;
      try {
        const body = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>;
        const id = body.groupId ?? body.groupid;
        if (id !== undefined && id !== null && id !== '') groupId = String(id).trim();
      } catch {
        // Not JSON: still a request.
      }
      const call: Call = { action: module === 'Group' ? String(name) : `${module}/${name}`, groupId, at: Date.now(), ended: false, ok: false };
      this.calls.push(call);
      this.byRequest.set(request, call);
      this.lastActivity = Date.now();
    });
    page.on('requestfinished', (request) => {
      const call = this.byRequest.get(request);
      if (!call) return;
      this.reading += 1;
      void request
        .response()
        .then(async (response) => {
          if (!response) return;
          if (response.status() >= 500) this.lastGlitch = Date.now();
          const body = JSON.parse(await response.text()) as { status?: unknown };
          call.ok = response.status() === 200 && body.status === 'success';
        })
        .catch(() => undefined)
        .finally(() => {
          call.ended = true;
          this.reading -= 1;
          this.lastActivity = Date.now();
        });
    });
    page.on('requestfailed', (request) => {
      const call = this.byRequest.get(request);
      if (!call) return;
      call.ended = true;
      this.lastGlitch = Date.now();
      this.lastActivity = Date.now();
    });
  }

  inFlight(): number {
    return this.calls.filter((call) => !call.ended).length + this.reading;
  }

  /** Milliseconds since a request last left or ended. */
  quietFor(): number {
    return Date.now() - this.lastActivity;
  }

  /** Milliseconds since the last HTTP 5xx or dropped connection (a query retries those after a pause). */
  sinceGlitch(): number {
    return Date.now() - this.lastGlitch;
  }

  /** Whether the console has read, with success, since `since`: every group (no id), or this group. */
  readOkSince(since: number, groupId?: string): boolean {
    return this.calls.some(
      (call) =>
        call.at >= since &&
        call.ok &&
        (groupId === undefined
          ? call.action === 'list' && call.groupId === undefined
          : (call.action === 'list' || call.action === 'getGroupAgentRelation') && call.groupId === groupId),
    );
  }

  /** How many requests of these actions about this group left since `since` (ended or not). */
  sentSince(actions: readonly string[], since: number, groupId: string): number {
    return this.calls.filter((call) => call.at >= since && actions.includes(call.action) && call.groupId === groupId).length;
  }

  /** Whether a read of this group's members since `since` did not end in a success the console could read. */
  membersReadFailedSince(since: number, groupId: string): boolean {
    return this.calls.some((call) => call.at >= since && call.action === 'getGroupAgentRelation' && call.groupId === groupId && !call.ok);
  }

  count(action: string): number {
    return this.calls.filter((call) => call.action === action).length;
  }
}
