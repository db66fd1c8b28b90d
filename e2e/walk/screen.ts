import type { Page } from '@playwright/test';
import type { ServerMember } from '../fixtures';

export type Where =
  | { page: 'list' }
  | { page: 'edit'; groupId: string }
  // The Agents view, its import and an agent's page (issue 19); `path` as for any page off the groups.
  | { page: 'agents'; path: string }
  | { page: 'import'; path: string }
  | { page: 'agent'; agentId: string; path: string }
  | { page: 'other'; path: string };

export function where(page: Page): Where {
  const { pathname } = new URL(page.url());
  if (pathname === '/groups') return { page: 'list' };
  const edit = /^\/groups\/([^/]+)$/.exec(pathname);
  if (edit?.[1]) return { page: 'edit', groupId: decodeURIComponent(edit[1]) };
  if (pathname === '/agents') return { page: 'agents', path: pathname };
  if (pathname === '/agents/import') return { page: 'import', path: pathname };
  const agent = /^\/agents\/([^/]+)$/.exec(pathname);
  if (agent?.[1]) return { page: 'agent', agentId: decodeURIComponent(agent[1]), path: pathname };
  return { page: 'other', path: pathname };
}

/** The groups list as a supervisor reads it. */
export interface ListScreen {
  term: string;
  status: 'all' | 'active' | 'inactive';
  rows: { name: string; active: boolean }[];
  /** Alerts and statuses in the page's main area (the list's own messages). */
  messages: string[];
}

export async function readList(page: Page): Promise<ListScreen> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const term = document.querySelector<HTMLInputElement>('input[aria-label="Search groups"]')?.value ?? '';
    const checked = document.querySelector<HTMLInputElement>('[role="radiogroup"][aria-label="Status"] input:checked');
    const status = (checked?.value ?? 'all') as 'all' | 'active' | 'inactive';
    const rows = [...(main?.querySelectorAll('tbody tr') ?? [])].flatMap((row) => {
      const link = row.querySelector('a');
      const toggle = row.querySelector<HTMLInputElement>('input[role="switch"]');
      return link && toggle ? [{ name: link.textContent ?? '', active: toggle.checked }] : [];
    });
    const messages = [...(main?.querySelectorAll('[role="alert"], [role="status"]') ?? [])].map((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    return { term, status, rows, messages };
  });
}

/** The edit page as a supervisor reads it. */
export interface EditScreen {
  heading: string;
  /** The Name field and the Active switch; null when the page shows no form (not found, failed load). */
  form: { name: string; active: boolean } | null;
  /** null while the members are not shown (loading, failed). */
  members: ServerMember[] | null;
  pendingMembers: boolean;
  messages: string[];
}

export async function readEdit(page: Page): Promise<EditScreen> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const heading = (main?.querySelector('h1')?.textContent ?? '').trim();
    const nameField = main?.querySelector<HTMLInputElement>('form input[name="name"]');
    // The form holds one switch, Active; the members' switches are outside it.
    const activeSwitch = main?.querySelector<HTMLInputElement>('form input[role="switch"]');
    const form = nameField && activeSwitch ? { name: nameField.value, active: activeSwitch.checked } : null;
    const table = main?.querySelector('table[aria-label="Agents in this group"]');
    const noMembers = [...(main?.querySelectorAll('p') ?? [])].some((p) => p.textContent === 'No agents are assigned to this group yet.');
    let members: { name: string; receivesCalls: boolean }[] | null = null;
    if (table) {
      members = [...table.querySelectorAll<HTMLInputElement>('input[role="switch"]')].map((toggle) => ({
        name: (toggle.getAttribute('aria-label') ?? '').replace(/ takes calls$/, ''),
        receivesCalls: toggle.checked,
      }));
    } else if (noMembers) members = [];
    const pendingMembers = !!main?.querySelector('[role="region"][aria-label="Pending member changes"]');
    const messages = [...(main?.querySelectorAll('[role="alert"], [role="status"]') ?? [])].map((el) =>
      (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    return { heading, form, members, pendingMembers, messages };
  });
}

export function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
