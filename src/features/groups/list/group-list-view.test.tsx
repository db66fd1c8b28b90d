/**
 * Sorting, the status filter, the Created column and Export CSV on the groups list, and how they
 * combine with the search and live in the address.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { navigate } from '@/lib/navigation';
import { currentUrl, findNotification, recordRequests, renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';
import type { MockAccount } from '../../../../mocks/types';

interface SeedGroup {
  name: string;
  active?: boolean;
  created?: string;
  agents?: number;
}

function demo(): MockAccount {
  const account = mockStore.account('demo');
  if (!account) throw new Error('no demo account in the mock');
  return account;
}

/** The demo account holds exactly these groups, in this (the server's) order. */
function seed(groups: SeedGroup[]): void {
  mockStore.reset({ seedGroups: 0 });
  const account = demo();
  let agent = 0;
  for (const g of groups) {
    const stored = mockStore.add(account, g.name);
    if (g.active === false) mockStore.update(account, stored.id, stored.name, 0);
    if (g.created !== undefined) stored.createDate = g.created;
    const members = Array.from({ length: g.agents ?? 0 }, () => `ag-demo-${(agent++ % 40) + 1}`);
    if (members.length > 0) mockStore.assign(account, stored.id, members, []);
  }
}

function serverStatus(name: string): 0 | 1 | undefined {
  return demo().groups.find((g) => g.name === name)?.status;
}

function groupNames(): string[] {
  return screen.queryAllByRole('switch').map((s) => (s.getAttribute('aria-label') ?? '').replace(/ active$/, ''));
}

const header = (name: string) => screen.getByRole('columnheader', { name });
const sortButton = (name: string) => within(header(name)).getByRole('button', { name });
const statusOption = (label: 'All' | 'Active' | 'Inactive') => screen.getByRole('radio', { name: new RegExp(`^${label} \\d+$`) });
const search = () => screen.getByRole('searchbox', { name: 'Search groups' });

const NAMES = ['Sales 10', 'Zed', 'émile desk', 'sales 2', 'Eliza Desk', '😀 Hotline', 'ALPHA', 'מכירות', 'Sales 1'];

beforeEach(() => mockStore.reset({ seedGroups: 8 }));

describe('sorting by a column header', () => {
  test('Name sorts the way people read: case and accents ignored, numbers in order; again for descending', async () => {
    seed(NAMES.map((name) => ({ name })));
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Zed' });
    expect(groupNames()).toEqual(NAMES);
    expect(header('Name')).not.toHaveAttribute('aria-sort');

    await user.click(sortButton('Name'));

    const ascending = ['😀 Hotline', 'ALPHA', 'Eliza Desk', 'émile desk', 'Sales 1', 'sales 2', 'Sales 10', 'Zed', 'מכירות'];
    expect(groupNames()).toEqual(ascending);
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    expect(currentUrl()).toBe('/groups?sort=name');

    await user.click(sortButton('Name'));
    expect(groupNames()).toEqual([...ascending].reverse());
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
    expect(currentUrl()).toBe('/groups?sort=-name');
  });

  test('Status, Agents and Created sort with the name as tie-breaker; one column carries aria-sort', async () => {
    seed([
      { name: 'Desk 10', agents: 2, created: '2025-03-01 10:00:00' },
      { name: 'Billing', active: false, agents: 5, created: '2025-01-06 09:00:00' },
      { name: 'desk 2', active: false, agents: 2, created: '2025-03-01 10:00:00' },
      { name: 'Alpha', agents: 0, created: '2024-12-31 23:59:59' },
    ]);
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Billing' });

    await user.click(sortButton('Status'));
    expect(groupNames()).toEqual(['Alpha', 'Desk 10', 'Billing', 'desk 2']);
    await user.click(sortButton('Status'));
    expect(groupNames()).toEqual(['Billing', 'desk 2', 'Alpha', 'Desk 10']);
    expect(header('Status')).toHaveAttribute('aria-sort', 'descending');

    await user.click(sortButton('Agents'));
    expect(groupNames()).toEqual(['Alpha', 'desk 2', 'Desk 10', 'Billing']);
    expect(header('Agents')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Status')).not.toHaveAttribute('aria-sort');
    await user.click(sortButton('Agents'));
    expect(groupNames()).toEqual(['Billing', 'desk 2', 'Desk 10', 'Alpha']);

    await user.click(sortButton('Created'));
    expect(groupNames()).toEqual(['Alpha', 'Billing', 'desk 2', 'Desk 10']);
    await user.click(sortButton('Created'));
    expect(groupNames()).toEqual(['desk 2', 'Desk 10', 'Billing', 'Alpha']);
    expect(currentUrl()).toBe('/groups?sort=-created');
  });

  test('the search narrows the sorted list, and a refreshed list stays sorted', async () => {
    seed(NAMES.map((name) => ({ name })));
    const { user, queryClient } = renderApp({ route: '/groups?sort=name' });
    await screen.findByRole('link', { name: 'Zed' });

    await user.type(search(), 'sales');
    await waitFor(() => expect(groupNames()).toEqual(['Sales 1', 'sales 2', 'Sales 10']));

    // Added elsewhere, then the list is read again.
    mockStore.add(demo(), 'Sales 3');
    await act(() => queryClient.refetchQueries());
    await waitFor(() => expect(groupNames()).toEqual(['Sales 1', 'sales 2', 'Sales 3', 'Sales 10']));
  });
});

describe('the status filter', () => {
  test('All, Active and Inactive with their counts in the current search', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    const group = screen.getByRole('radiogroup', { name: 'Status' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['All 8', 'Active 7', 'Inactive 1']);
    expect(statusOption('All')).toBeChecked();

    await user.type(search(), 'support');
    await waitFor(() => expect(groupNames()).toEqual(['Support', 'Technical Support']));
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['All 2', 'Active 1', 'Inactive 1']);

    await user.click(statusOption('Inactive'));
    expect(groupNames()).toEqual(['Technical Support']);
    expect(screen.getByText('1 of 8 groups match')).toBeInTheDocument();
    expect(currentUrl()).toBe('/groups?q=support&status=inactive');

    await user.click(statusOption('Active'));
    expect(groupNames()).toEqual(['Support']);
    expect(currentUrl()).toBe('/groups?q=support&status=active');

    await user.click(statusOption('All'));
    expect(groupNames()).toEqual(['Support', 'Technical Support']);
    expect(currentUrl()).toBe('/groups?q=support');
  });

  test('nothing of that status: says so, with a way back to every status', async () => {
    const { user } = renderApp({ route: '/groups?status=inactive' });
    await screen.findByRole('link', { name: 'Technical Support' });
    await user.type(search(), 'billing');

    expect(await screen.findByText('No inactive groups match “billing”')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all statuses' }));
    expect(await screen.findByRole('link', { name: 'Billing' })).toBeInTheDocument();
    expect(statusOption('All')).toBeChecked();
  });
});

describe('search, sort and filter in the address', () => {
  test('a shared link opens with all three', async () => {
    renderApp({ route: '/groups?q=s&status=active&sort=-name' });

    await waitFor(() => expect(groupNames()).toEqual(['Support', 'Inside Sales', 'Customer Care', 'Collections']));
    expect(search()).toHaveValue('s');
    expect(statusOption('Active')).toBeChecked();
    expect(header('Name')).toHaveAttribute('aria-sort', 'descending');
  });

  test('values it does not know fall back to every status in the server’s order', async () => {
    renderApp({ route: '/groups?status=archived&sort=%3Cscript%3E' });

    await waitFor(() => expect(groupNames()).toHaveLength(8));
    expect(groupNames()[0]).toBe('Inside Sales');
    expect(statusOption('All')).toBeChecked();
    for (const name of ['Name', 'Status', 'Agents', 'Created']) expect(header(name)).not.toHaveAttribute('aria-sort');
  });

  test('a letter typed just before a header click is kept, in the field and in the address', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    // Clicked before the typed term's pause is over.
    await user.type(search(), 'sup');
    await user.click(sortButton('Name'));

    expect(search()).toHaveValue('sup');
    expect(currentUrl()).toBe('/groups?q=sup&sort=name');
    expect(groupNames()).toEqual(['Support', 'Technical Support']);
    await user.type(search(), 'p');
    await waitFor(() => expect(currentUrl()).toBe('/groups?q=supp&sort=name'));
    expect(search()).toHaveValue('supp');
  });

  test('back and forward bring back the search, the filter and the order the page had', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    await user.type(search(), 's');
    await user.click(statusOption('Active'));
    await user.click(sortButton('Name'));
    expect(currentUrl()).toBe('/groups?q=s&status=active&sort=name');
    const sorted = ['Collections', 'Customer Care', 'Inside Sales', 'Support'];
    expect(groupNames()).toEqual(sorted);

    // The header's link to the list (a new entry), then back.
    act(() => navigate('/groups'));
    await waitFor(() => expect(groupNames()).toHaveLength(8));
    expect(search()).toHaveValue('');
    act(() => window.history.back());
    await waitFor(() => expect(groupNames()).toEqual(sorted));
    expect(search()).toHaveValue('s');
    expect(statusOption('Active')).toBeChecked();

    // A group's page, then back.
    await user.click(screen.getByRole('link', { name: 'Support' }));
    expect(await screen.findByRole('heading', { name: 'Support', level: 1 })).toBeInTheDocument();
    act(() => window.history.back());
    await waitFor(() => expect(groupNames()).toEqual(sorted));
    expect(search()).toHaveValue('s');
    expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
  });
});

describe('the Created column', () => {
  test('shows the server’s creation date as the browser’s locale writes it', async () => {
    seed([{ name: 'Billing', created: '2025-01-06 09:00:00' }, { name: 'Care', created: 'not a date' }]);
    renderApp();
    const row = (await screen.findByRole('link', { name: 'Billing' })).closest('tr') as HTMLElement;
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2025, 0, 6));
    expect(within(row).getByText(expected)).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: 'Care' }).closest('tr') as HTMLElement).getByText('not a date')).toBeInTheDocument();
  });
});

describe('select all shown and bulk actions', () => {
  test('after a holiday: filter Inactive, select all shown, Activate — one confirmation, every group active', async () => {
    const account = demo();
    for (const name of ['Billing', 'Retention', 'Customer Care']) {
      const group = account.groups.find((g) => g.name === name);
      if (group) mockStore.update(account, group.id, group.name, 0);
    }
    const requests = recordRequests();
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    await user.click(statusOption('Inactive'));
    expect(groupNames()).toEqual(['Billing', 'Retention', 'Technical Support', 'Customer Care']);
    await user.click(screen.getByRole('checkbox', { name: 'Select all groups shown' }));
    const bar = within(screen.getByRole('region', { name: 'Bulk actions' }));
    expect(bar.getByText('4 groups selected')).toBeInTheDocument();
    await user.click(bar.getByRole('button', { name: 'Activate' }));

    const dialogs = await screen.findAllByRole('dialog');
    expect(dialogs).toHaveLength(1);
    const dialog = within(screen.getByRole('dialog', { name: 'Activate 4 groups?' }));
    await user.click(dialog.getByRole('button', { name: 'Activate 4 groups' }));

    await waitFor(() => expect(account.groups.every((g) => g.status === 1)).toBe(true));
    expect(requests.filter((r) => r.action === 'update').map((r) => r.body.name).sort()).toEqual([
      'Billing',
      'Customer Care',
      'Retention',
      'Technical Support',
    ]);
    expect(await screen.findByText('No inactive groups')).toBeInTheDocument();
    expect(statusOption('Active').closest('label')).toHaveTextContent('Active 8');
  });

  test('select all shown takes only what the search and the filter show; the bar names the selected groups hidden', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    await user.click(screen.getByRole('checkbox', { name: 'Select Billing' }));

    await user.type(search(), 'support');
    await user.click(statusOption('Active'));
    await waitFor(() => expect(groupNames()).toEqual(['Support']));
    await user.click(screen.getByRole('checkbox', { name: 'Select all groups shown' }));

    const bar = within(screen.getByRole('region', { name: 'Bulk actions' }));
    expect(bar.getByText('2 groups selected')).toBeInTheDocument();
    expect(bar.getByText('including 1 not shown')).toBeInTheDocument();
    expect(serverStatus('Technical Support')).toBe(0);
  });
});

describe('Export CSV', () => {
  /** What the page hands the browser to download: the file's name and its bytes. */
  function catchDownloads() {
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, object as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    // The browser would start the download on the link's click; the test takes the file instead.
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof HTMLAnchorElement ? event.target : null;
      if (!link?.download) return;
      event.preventDefault();
      const blob = blobs.get(link.getAttribute('href') ?? '');
      if (blob) files.push({ name: link.download, blob });
    };
    document.addEventListener('click', onClick, true);
    return {
      files,
      stop: () => document.removeEventListener('click', onClick, true),
    };
  }

  test('downloads the rows shown, filters and sort applied: UTF-8 with a byte-order mark, formulas neutralised', async () => {
    seed([
      { name: 'Sales 10', agents: 2, created: '2025-03-01 10:00:00' },
      { name: '=SUM(A1)', created: '2025-03-02 08:00:00' },
      { name: 'Sales 2', active: false },
      { name: 'Sales, "North"\nDesk', agents: 1 },
      { name: '😀 Support מכירות', created: '2025-01-06 09:00:00' },
      { name: 'Billing' },
    ]);
    const downloads = catchDownloads();
    const { user } = renderApp({ route: '/groups?status=active&sort=name' });
    await screen.findByRole('link', { name: 'Sales 10' });
    await user.type(search(), 's');
    await waitFor(() => expect(groupNames()).toEqual(['=SUM(A1)', '😀 Support מכירות', 'Sales 10', 'Sales, "North"\nDesk']));

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(downloads.files).toHaveLength(1));
    downloads.stop();
    const [file] = downloads.files;
    if (!file) throw new Error('no file');
    expect(file.name).toMatch(/^groups-\d{4}-\d\d-\d\d\.csv$/);
    const today = new Date();
    expect(file.name).toBe(
      `groups-${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}.csv`,
    );
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFid,name,status,agents,created (DeepCall server time)\r\n')).toBe(true);
    const id = (name: string) => String(demo().groups.find((g) => g.name === name)?.id);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' }).data;
    expect(rows).toEqual([
      ['id', 'name', 'status', 'agents', 'created (DeepCall server time)'],
      [id('=SUM(A1)'), "'=SUM(A1)", 'active', '0', '2025-03-02 08:00:00'],
      [id('😀 Support מכירות'), '😀 Support מכירות', 'active', '0', '2025-01-06 09:00:00'],
      [id('Sales 10'), 'Sales 10', 'active', '2', '2025-03-01 10:00:00'],
      [id('Sales, "North"\nDesk'), 'Sales, "North"\nDesk', 'active', '1', expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)],
    ]);
    expect(text).toContain('"Sales, ""North""\nDesk"');
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  test('a file that cannot be made is said so, and the list stays as it was', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('Not enough storage');
    });
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const toast = await findNotification('Could not export the groups');
    expect(toast.getByText(/The file could not be made \(Not enough storage\)/)).toBeInTheDocument();
    expect(groupNames()).toHaveLength(8);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled());
  });

  test('is not offered when no row is shown', async () => {
    const { user } = renderApp();
    await screen.findByRole('link', { name: 'Support' });
    await user.type(search(), 'zebra');
    await screen.findByText('No groups match “zebra”');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });
});
