/** What the import page's tests share: the demo account arranged on the server, a file, and the steps a supervisor takes. */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

// Demo account seeded with 8 groups: 1002 Support, 1003 Billing, 1004 Retention (all active).
export const SUPPORT = 1002;
export const BILLING = 1003;
export const RETENTION = 1004;

export function demo() {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account');
  return account;
}

/** The demo account's agents, by position (the seed's order): name, email and id. */
export function agent(index: number) {
  const found = demo().agents[index];
  if (!found) throw new Error(`no agent #${index}`);
  return { id: found.agent_unique_id, name: found.name, email: found.email };
}

/** Puts exactly these members in the group on the server: [agent index, takes calls]. */
export function arrange(groupId: number, members: [number, boolean][]) {
  const ids = members.map(([i]) => agent(i).id);
  mockStore.assign(demo(), groupId, ids, members.filter(([, calls]) => calls).map(([i]) => agent(i).id));
}

/** The group's members on the server: agent id → takes calls. */
export function serverMembers(groupId: number): Map<string, boolean> {
  return new Map(mockStore.relationsOf(demo(), groupId).map((r) => [r.agent_unique_id, r.receive_call === 1]));
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
