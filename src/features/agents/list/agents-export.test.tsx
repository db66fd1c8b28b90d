import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { renderApp } from '@/test/render';
import { mockStore } from '../../../../mocks/node';

beforeEach(() => mockStore.reset({ seedGroups: 8, seedAgents: 20 }));

/** What the page hands the browser to download (the groups list's export test takes files the same way). */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, object as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof HTMLAnchorElement ? event.target : null;
    if (!link?.download) return;
    event.preventDefault();
    const blob = blobs.get(link.getAttribute('href') ?? '');
    if (blob) files.push({ name: link.download, blob });
  };
  document.addEventListener('click', onClick, true);
  return { files, stop: () => document.removeEventListener('click', onClick, true) };
}

describe('Export memberships', () => {
  test('downloads one row per membership the server holds, with the import’s header', async () => {
    const account = mockStore.account('demo');
    if (!account) throw new Error('no demo account');
    const downloads = catchDownloads();
    const { user } = renderApp({ route: '/agents' });
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /^Select (?!all)/ })).toHaveLength(20));

    await user.click(screen.getByRole('button', { name: 'Export memberships' }));
    await waitFor(() => expect(downloads.files).toHaveLength(1));
    downloads.stop();
    const [file] = downloads.files;
    if (!file) throw new Error('no file');
    expect(file.name).toMatch(/^memberships-\d{4}-\d\d-\d\d\.csv$/);
    const lines = (await file.blob.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('group_id,group,agent_id,agent_email,agent,takes_calls');
    const rows = lines.slice(1).map((line) => line.split(','));
    const written = rows.map((cells) => `${cells[0]}|${cells[2]}|${cells[5]}`).sort();
    const held = mockStore
      .allRelations(account)
      .map((r) => `${r.group_id}|${r.agent_unique_id}|${r.receive_call === 1 ? 'yes' : 'no'}`)
      .sort();
    expect(written).toEqual(held);
  });

  test('waits while the memberships are still read group by group: part of them would pass for all', async () => {
    mockStore.configure('demo', { agentListWithoutGroups: true });
    mockStore.addFault('demo', { kind: 'latency', ms: 200, actions: ['getGroupAgentRelation'], times: 8 });
    renderApp({ route: '/agents' });
    await screen.findByText(/^Reading groups:/);
    expect(screen.getByRole('button', { name: 'Export memberships' })).toBeDisabled();
    await screen.findByText(/^Memberships as of/);
    expect(screen.getByRole('button', { name: 'Export memberships' })).toBeEnabled();
  });
});
