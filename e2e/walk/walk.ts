import type { Page } from '@playwright/test';
import { fillSignIn, serverGroups, type Account, type Fault, type MockApi, type ServerMember } from '../fixtures';
import type { WalkNetwork } from './network';
import type { Random } from './random';
import type { StepLog } from './step-log';

/**
 * What the supervisor typed or chose that is not on the server (the walk's only memory besides
 * the mock): the console must keep it, and say why it is not saved.
 */
export interface Typed {
  /** The edit page's Name and Active as typed; `sent`: Save was pressed, so the console must say why it did not save. */
  form?: { groupId: string; name: string; active: boolean; sent: boolean };
  /** The members table as the supervisor edited it, not saved yet. */
  members?: { groupId: string; shown: ServerMember[]; sent: boolean };
  /** The New group dialog, left open with this name after a failed create. */
  newGroup?: string;
}

/** Everything a step needs: the page, the truth (the mock), the dice and the log. */
export class Walk {
  typed: Typed = {};
  /** When the console said it could not refresh: what it shows may be older than the server until it reads again. */
  staleSince: number | null = null;
  /** Set once the session has been made to end (once per walk). */
  sessionEnded = false;
  index = 0;
  /** The fault armed for this step's requests, if any: a colleague's change may explain what a step sees. */
  armed: Fault | null = null;
  /** The ids of the groups the server held as the step began: a group created in the step is not among them. */
  heldAtStart = new Set<string>();

  constructor(
    readonly page: Page,
    readonly mock: MockApi,
    readonly account: Account,
    readonly apiServer: string,
    readonly random: Random,
    readonly log: StepLog,
    readonly network: WalkNetwork,
  ) {}

  /** What the mock holds: read with every fault cleared, so the walk's own read is true. */
  async truth() {
    await this.mock.clearFaults(this.account);
    return serverGroups(this.mock, this.account);
  }

  async serverGroupsWithIds() {
    await this.mock.clearFaults(this.account);
    return (await this.mock.list(this.account)).map((g) => ({ id: g.id, name: g.name, active: Number(g.status) === 1 }));
  }

  /** Whether a colleague changes (or deletes) this group during the step: its outcome is then theirs too. */
  colleagueTouches(groupId: string): boolean {
    const fault = this.armed;
    return fault?.kind === 'elsewhere' && String(fault.elsewhere?.groupId) === groupId;
  }

  /** Signs in again in the "Your session has ended" dialog. */
  async signInAgain(): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await this.mock.clearFaults(this.account);
    await dialog.getByLabel('Session ID', { exact: true }).fill(this.account.ssid);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Signs in through the sign-in page (after the walk landed there). */
  async signInPage(): Promise<void> {
    await fillSignIn(this.page, this.account, 'ssid', this.apiServer);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByRole('button', { name: 'Sign out' }).waitFor();
  }
}
