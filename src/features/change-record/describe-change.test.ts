import { describe, expect, test } from 'vitest';
import { makeRecord, type ChangeRecord, type NewChange } from './change-record';
import { describeChange, describeState, describeUndone } from './describe-change';

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
      // An undo reads as what it put back.
      [change({ kind: 'undo', before: off, after: on }), 'Sales: activated again (inactive → active)', 'active again (inactive → active)'],
      [change({ kind: 'undo', groupName: 'Sales EU', before: { name: 'Sales EU', active: true }, after: on }), 'Sales EU: renamed back to Sales', 'renamed back to “Sales”'],
      [
        change({ kind: 'undo', groupName: 'Sales EU', before: { name: 'Sales EU', active: true }, after: off }),
        'Sales EU: renamed back to Sales, deactivated again (active → inactive)',
        'renamed back to “Sales”, inactive again (active → inactive)',
      ],
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

  test('what an undo put back, for its notice: the name for a rename, the status for a switch', () => {
    const renewals = { name: 'Renewals', active: true };
    expect(describeUndone(renewals, { name: 'Billing', active: true })).toBe('Renewals was renamed back to Billing.');
    expect(describeUndone(off, on)).toBe('Sales is active again.');
    expect(describeUndone(renewals, { name: 'Billing', active: false })).toBe('Renewals was renamed back to Billing and is inactive again.');
  });
});
