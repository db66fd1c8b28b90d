import { describe, expect, test } from 'vitest';
import { makeRecord, type ChangeRecord, type NewChange } from './change-record';
import { describeChange, describeState } from './describe-change';

const on = { name: 'Sales', active: true };
const off = { name: 'Sales', active: false };
const ann = { agentId: 'a1', name: 'Ann', receivesCalls: true };
const bob = { agentId: 'a2', name: 'Bob', receivesCalls: false };
const change = (c: Partial<NewChange>) => makeRecord({ kind: 'update', groupId: '7', groupName: 'Sales', ok: true, ...c });

describe('how a change reads', () => {
  test('on its own (Recent changes) and beside the group’s name (the audit log), for each kind', () => {
    const cases: [ChangeRecord, string, string][] = [
      [change({ kind: 'create', after: on }), 'Created Sales', 'created as “Sales”, active'],
      [change({ kind: 'delete', before: on }), 'Deleted Sales', 'deleted'],
      [change({ before: on, after: { name: 'Sales EU', active: false } }), 'Sales: renamed Sales → Sales EU, deactivated (active → inactive)', 'renamed “Sales” → “Sales EU”, active → inactive'],
      [change({ before: on, after: on }), 'Sales: saved without changes', 'saved without changes'],
      [change({ kind: 'undo', before: off, after: on }), 'Undid: Sales: activated (inactive → active)', 'undid: inactive → active'],
      [change({ kind: 'members', membersBefore: [bob], membersAfter: [ann] }), 'Sales: members — joined: Ann; left: Bob', 'members — joined: Ann; left: Bob'],
      [change({ kind: 'members' }), 'Sales: members — not changed', 'members — no change'],
      [
        change({ kind: 'undo', membersBefore: [bob], membersAfter: [{ ...bob, receivesCalls: true }] }),
        'Undid: Sales: members — now take calls: Bob',
        'undid: members — now take calls: Bob',
      ],
    ];
    for (const [record, alone, besideName] of cases) {
      expect(describeChange(record)).toBe(alone);
      expect(describeChange(record, { besideName: true })).toBe(besideName);
    }
  });

  test('a group’s state', () => {
    expect(describeState(off)).toBe('“Sales”, inactive');
    expect(describeState(undefined)).toBe('');
  });
});
