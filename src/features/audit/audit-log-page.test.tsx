import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { openDB } from 'idb';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { demoAccounts } from '@/api/contract';
import { makeRecord } from '@/features/change-record/change-record';
import { renderApp } from '@/test/render';
import { confirmRowDeactivate } from '@/test/row-switch';
import { mockStore } from '../../../mocks/node';
import { auditLog, createAuditLog } from './audit-log';

const DATABASE = 'group-console.audit';

beforeEach(async () => {
  mockStore.reset({ seedGroups: 4 });
  // The log outlives every test, as it outlives a sign-out: start each from an empty one.
  await auditLog.all('nobody');
  const db = await openDB(DATABASE);
  await db.clear('entries');
  await db.clear('accounts');
  db.close();
});

/** Every entry the database holds, as stored. */
async function storedEntries(): Promise<{ account: string }[]> {
  const db = await openDB(DATABASE);
  const entries = (await db.getAll('entries')) as { account: string }[];
  db.close();
  return entries;
}

function status(name: string) {
  return mockStore.account('demo')?.groups.find((g) => g.name === name)?.status;
}

async function switchOff(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('switch', { name: `${name} active` }));
  await confirmRowDeactivate(user, name);
  await waitFor(() => expect(status(name)).toBe(0));
}

async function openAuditLog(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Audit log' }));
  await screen.findByRole('heading', { name: 'Audit log', level: 1 });
  return screen.findByRole('table', { name: 'Audit log entries' });
}

/** The entries table's rows as text, newest first. */
function rows(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function localDate(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('the Audit log page', () => {
  test('a change made in the console is on /audit, with before → after and the outcome, and says what the log is', async () => {
    const { user } = renderApp();
    await switchOff(user, 'Support');
    const table = await openAuditLog(user);
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(rows(table)[0]).toMatch(/SupportID 1002active → inactiveDone$/);
    expect(screen.getByText(/not from other computers|are not in it/)).toHaveTextContent(
      'Changes made from other computers or browsers, or in DeepCall’s own panel, are not in it.',
    );
    expect(screen.getByText(/newest 20,000 entries or the last 365 days, whichever is fewer/)).toBeInTheDocument();
    expect(screen.queryByText('The audit log is not being kept')).not.toBeInTheDocument();
  });

  test('a failed change is listed as failed with DeepCall’s reason', async () => {
    const { user } = renderApp();
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['update'], times: 1 });
    await user.click(await screen.findByRole('switch', { name: 'Billing active' }));
    await confirmRowDeactivate(user, 'Billing');
    await screen.findByText(/not allowed|permission/i);
    const table = await openAuditLog(user);
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(rows(table)[0]).toMatch(/^.*BillingID 1003active → inactiveFailed/);
    expect(within(table).getByText('Failed')).toBeInTheDocument();
  });

  test('never stores credentials: signed in with a token, or with a session ID', async () => {
    for (const signedIn of [{ userId: demoAccounts.demo.userId, token: demoAccounts.demo.token }, true] as const) {
      const { user, unmount } = renderApp({ signedIn });
      await switchOff(user, 'Support');
      await openAuditLog(user);
      await screen.findByText('active → inactive');
      unmount();
      mockStore.reset({ seedGroups: 4 });
    }
    const db = await openDB(DATABASE);
    const stored = JSON.stringify([await db.getAll('entries'), await db.getAll('accounts')]);
    db.close();
    expect(stored).toContain('Support');
    expect(stored).not.toContain(demoAccounts.demo.token);
    expect(stored).not.toContain(demoAccounts.demo.ssid);
  });

  test('filters by group name, kind of change, outcome and date', async () => {
    const { user } = renderApp();
    await switchOff(user, 'Support');
    await switchOff(user, 'Billing');
    mockStore.addFault('demo', { kind: 'code', code: 1015, actions: ['update'], times: 1 });
    await user.click(await screen.findByRole('switch', { name: 'Inside Sales active' }));
    await confirmRowDeactivate(user, 'Inside Sales');
    await screen.findByText(/not allowed|permission/i);
    const table = await openAuditLog(user);
    await waitFor(() => expect(rows(table)).toHaveLength(3));
    expect(rows(table).map((r) => /(Inside Sales|Support|Billing)/.exec(r)?.[1])).toEqual(['Inside Sales', 'Billing', 'Support']);

    await user.type(screen.getByRole('searchbox', { name: 'Group name' }), 'BILL');
    expect(rows(table)).toHaveLength(1);
    expect(screen.getByText('1 of 3 entries')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Group name' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Failed');
    expect(rows(table)).toHaveLength(1);
    expect(rows(table)[0]).toContain('Inside Sales');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Done');
    expect(rows(table)).toHaveLength(2);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of change' }), 'Delete');
    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of change' }), 'Rename or status');
    expect(rows(screen.getByRole('table', { name: 'Audit log entries' }))).toHaveLength(2);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: localDate(1) } });
    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: localDate(-1) } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: localDate() } });
    expect(rows(screen.getByRole('table', { name: 'Audit log entries' }))).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: localDate(-1) } });
    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
  });

  test('Export CSV downloads the entries shown', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:audit';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const { user } = renderApp();
    await switchOff(user, 'Support');
    await switchOff(user, 'Billing');
    const table = await openAuditLog(user);
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    // An entry whose name a spreadsheet would run as a formula, from another tab.
    const [written] = await storedEntries();
    createAuditLog().write(written!.account, makeRecord({ kind: 'create', groupId: '1009', groupName: '=HYPERLINK("x")', after: { name: '=HYPERLINK("x")', active: true }, ok: true }));
    await waitFor(() => expect(rows(table)).toHaveLength(3));
    await user.type(screen.getByRole('searchbox', { name: 'Group name' }), 'support');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(click).toHaveBeenCalledTimes(1);
    expect(click.mock.contexts[0]).toHaveProperty('download', expect.stringMatching(/^audit-log-\d{4}-\d\d-\d\d\.csv$/));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('When (UTC),Group ID,Group,Kind,Change,Before,After,Outcome,Reason,Note,Part of');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z,1002,Support,Rename or status,active → inactive,"“Support”, active","“Support”, inactive",Done,,,$/);

    await user.clear(screen.getByRole('searchbox', { name: 'Group name' }));
    await user.type(screen.getByRole('searchbox', { name: 'Group name' }), 'hyperlink');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const formula = (await blobs[1]!.text()).trim().split(/\r?\n/)[1];
    expect(formula).toMatch(/,1009,"'=HYPERLINK\(""x""\)",Create,"created as “=HYPERLINK\(""x""\)”, active",,"“=HYPERLINK\(""x""\)”, active",Done,,,$/);
  });

  test('Clear this browser’s log asks first; Cancel keeps it, Clear the log empties it', async () => {
    const { user } = renderApp();
    await switchOff(user, 'Support');
    const table = await openAuditLog(user);
    await waitFor(() => expect(rows(table)).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Clear this browser’s log' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Clear this browser’s log?' }));
    expect(dialog.getByText(/Nothing changes in DeepCall/)).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(rows(table)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Clear this browser’s log' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Clear this browser’s log?' })).getByRole('button', { name: 'Clear the log' }));
    expect(await screen.findByText('No changes have been recorded in this browser for this account yet.')).toBeInTheDocument();
    expect(await storedEntries()).toEqual([]);
  });

  test('an entry written in another tab appears without a reload', async () => {
    const { user } = renderApp();
    await switchOff(user, 'Support');
    const table = await openAuditLog(user);
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    const [entry] = await storedEntries();

    // Another tab: its own instance of the log over the same database.
    const otherTab = createAuditLog();
    otherTab.write(entry!.account, makeRecord({ kind: 'delete', groupId: '1004', groupName: 'Group 4', ok: true, before: { name: 'Group 4', active: true } }));
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    expect(rows(table)[0]).toMatch(/Group 4ID 1004deletedDone/);
  });
});
