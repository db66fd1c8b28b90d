import { describe, expect, test } from 'vitest';
import type { Agent, Group } from '@/api/types';
import { toggleAllShown, toggleSelection } from '@/lib/use-row-selection';
import type { AgentRow } from '../agent-directory';
import { filterRows, nextAgentSort, parseAgentSort, parseShow, searchKeys, showsRow, sortRows } from './agents-view';

const group = (id: string): Group => ({ id, name: `Group ${id}`, active: true });

function row(agent: Agent, groups: [string, boolean | undefined][] = []): AgentRow {
  const entries = groups.map(([id, receivesCalls]) => ({ group: group(id), receivesCalls }));
  const takesCalls = entries.some((g) => g.receivesCalls === true) ? true : entries.some((g) => g.receivesCalls === undefined) ? undefined : false;
  return { agent, groups: entries, takesCalls };
}

const rows = [
  row({ agentId: '1', name: 'Zoë Adams', email: 'zoe@example.com' }, [['g1', true]]),
  row({ agentId: '2', name: 'agent 10', email: 'a10@example.com' }),
  row({ agentId: '3', name: 'Agent 2' }, [
    ['g1', false],
    ['g2', false],
  ]),
  row({ agentId: '4', name: 'Ólafur', email: 'olafur@example.com' }, [['g2', undefined]]),
];
const names = (list: AgentRow[]) => list.map((r) => r.agent.name);
const agentId = (r: AgentRow) => r.agent.agentId;

describe('Show', () => {
  test('reads the address; anything unknown is everyone', () => {
    expect(parseShow('no-group')).toBe('no-group');
    expect(parseShow('no-calls')).toBe('no-calls');
    for (const value of [null, '', 'NO-GROUP', 'none', '<script>']) expect(parseShow(value)).toBe('all');
  });

  test('in no group; takes no calls means in a group and known to take none of its calls', () => {
    expect(names(rows.filter((r) => showsRow(r, 'no-group')))).toEqual(['agent 10']);
    // Ólafur's one call flag is unknown: not counted as taking no calls.
    expect(names(rows.filter((r) => showsRow(r, 'no-calls')))).toEqual(['Agent 2']);
  });
});

describe('sorting', () => {
  test('the address value, and a second click the other way round', () => {
    expect(parseAgentSort('-email')).toEqual({ column: 'email', descending: true });
    expect(parseAgentSort('status')).toBeNull();
    expect(nextAgentSort({ column: 'name', descending: false }, 'name')).toEqual({ column: 'name', descending: true });
    expect(nextAgentSort({ column: 'name', descending: false }, 'groups')).toEqual({ column: 'groups', descending: false });
  });

  test('names as people read them: case and accents ignored, numbers in order', () => {
    expect(names(sortRows(rows, { column: 'name', descending: false }))).toEqual(['Agent 2', 'agent 10', 'Ólafur', 'Zoë Adams']);
    expect(names(sortRows(rows, null))).toEqual(names(rows));
  });

  test('by email with no email last either way; by number of groups, then by name', () => {
    expect(names(sortRows(rows, { column: 'email', descending: false }))).toEqual(['agent 10', 'Ólafur', 'Zoë Adams', 'Agent 2']);
    expect(names(sortRows(rows, { column: 'email', descending: true }))).toEqual(['Zoë Adams', 'Ólafur', 'agent 10', 'Agent 2']);
    expect(names(sortRows(rows, { column: 'groups', descending: true }))).toEqual(['Agent 2', 'Ólafur', 'Zoë Adams', 'agent 10']);
  });
});

describe('search', () => {
  test('by name or email, case-insensitive, trimmed; combined with Show', () => {
    const keys = searchKeys(rows);
    expect(names(filterRows(rows, keys, '  AGENT ', 'all'))).toEqual(['agent 10', 'Agent 2']);
    expect(names(filterRows(rows, keys, 'olafur@', 'all'))).toEqual(['Ólafur']);
    expect(names(filterRows(rows, keys, 'agent', 'no-calls'))).toEqual(['Agent 2']);
    expect(filterRows(rows, keys, '', 'all')).toBe(rows);
  });
});

describe('selection', () => {
  test('shift-click selects the range among the rows shown; again clears it; select all shown toggles', () => {
    const shown = rows.slice(0, 3);
    let selected = toggleSelection(new Set(), shown, agentId, null, '1', false);
    selected = toggleSelection(selected, shown, agentId, '1', '3', true);
    expect([...selected].sort()).toEqual(['1', '2', '3']);
    selected = toggleSelection(selected, shown, agentId, '3', '2', true);
    expect([...selected]).toEqual(['1']);
    // The anchor is not among the rows shown: only the clicked row changes.
    expect([...toggleSelection(new Set(), shown, agentId, '4', '2', true)]).toEqual(['2']);
    expect([...toggleAllShown(new Set(['4']), shown, agentId)].sort()).toEqual(['1', '2', '3', '4']);
    expect([...toggleAllShown(new Set(['1', '2', '3', '4']), shown, agentId)]).toEqual(['4']);
  });
});
