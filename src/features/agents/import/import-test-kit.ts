/** What the import page's tests share: the demo account arranged on the server, a file, and the steps a supervisor takes. */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { renderApp } from '@/test/render';

// Demo account seeded with 8 groups: 1002 Support, 1003 Billing, 1004 Retention (all active).
export const SUPPORT = 1002;
export const BILLING = 1003;
export const RETENTION = 1004;

/** The mock store's part these tests use: the kit takes it from the test file, since only test files may import mocks/. */
interface Account {
  agents: { agent_unique_id: string; name: string; email: string }[];
}
interface Store<A extends Account> {
  account(id: string): A | undefined;
  assign(account: A, groupId: number, agentIds: string[], receiveCall: string[]): unknown;
  relationsOf(account: A, groupId: number): readonly { agent_unique_id: string; receive_call: 0 | 1 }[];
}

/** The demo account on the server: its agents by position, and each group's members read and set. */
export function serverKit<A extends Account>(store: Store<A>) {
  const demo = () => {
    const account = store.account('demo');
    if (!account) throw new Error('no demo account');
    return account;
  };
  /** The demo account's agents, by position (the seed's order): name, email and id. */
  const agent = (index: number) => {
    const found = demo().agents[index];
    if (!found) throw new Error(`no agent #${index}`);
    return { id: found.agent_unique_id, name: found.name, email: found.email };
  };
  return {
    demo,
    agent,
    /** Puts exactly these members in the group on the server: [agent index, takes calls]. */
    arrange(groupId: number, members: [number, boolean][]) {
      const ids = members.map(([i]) => agent(i).id);
      store.assign(demo(), groupId, ids, members.filter(([, calls]) => calls).map(([i]) => agent(i).id));
    },
    /** The group's members on the server: agent id → takes calls. */
    serverMembers: (groupId: number) => new Map(store.relationsOf(demo(), groupId).map((r) => [r.agent_unique_id, r.receive_call === 1])),
    /** Members as serverMembers gives them, from [agent index, takes calls]. */
    ids: (...members: [number, boolean][]) => new Map(members.map(([i, calls]) => [agent(i).id, calls])),
  };
}

export function csvFile(lines: string[], name = 'team.csv'): File {
  return new File([lines.join('\r\n')], name, { type: 'text/csv' });
}

export async function openImport() {
  const view = renderApp({ route: '/agents/import' });
  await screen.findByRole('heading', { level: 1, name: 'Import memberships' });
  return view;
}

/** Chooses the file and the mode, and waits for the preview. */
export async function preview(user: UserEvent, file: File, mode: 'Add' | 'Replace' | 'Remove') {
  await user.upload(screen.getByLabelText('CSV file'), file);
  await user.click(screen.getByRole('radio', { name: mode }));
  await screen.findByRole('heading', { name: 'Preview' });
}

/** The preview table's rows as the cells read: row number, group, agent, outcome (without the grey detail under them). */
export function previewRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Rows of the file' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.firstChild?.textContent ?? ''));
}

/** The preview's Import button, checked to be enabled, clicked. */
export async function clickImport(user: UserEvent) {
  const button = screen.getByRole('button', { name: 'Import' });
  expect(button).toBeEnabled();
  await user.click(button);
}

export async function finished() {
  const heading = await screen.findByRole('heading', { name: 'Import finished' });
  return within(heading.closest('section') as HTMLElement);
}
