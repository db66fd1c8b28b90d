import { describe, expect, test } from 'vitest';
import { makeRecord, readRecord } from './change-record';

describe('a record’s note and reason as facts', () => {
  test('are kept through storage, so they read in any language later', () => {
    const ann = { agentId: 'a1', name: 'Ann', receivesCalls: true };
    const record = makeRecord({
      kind: 'members',
      groupId: '7',
      groupName: 'Sales',
      ok: false,
      error: 'The members changed again since (joined: Ann); undoing would overwrite that change. Nothing was sent.',
      errorFacts: { source: 'change', refusal: { key: 'membersChangedSince', values: {}, since: { add: [ann], remove: [], calls: [] } } },
      note: 'The group was deleted right after, in another tab or by another supervisor.',
      noteFacts: { kind: 'goneAfter' },
    });
    expect(readRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    const unreadable = makeRecord({
      kind: 'update',
      groupName: 'Sales',
      ok: false,
      error: 'x',
      errorFacts: { source: 'api', kind: 'unexpected', module: 'Group', facts: { detail: 'no "code"', endpoint: { module: 'Group', action: 'update' } } },
    });
    expect(readRecord(JSON.parse(JSON.stringify(unreadable)))).toEqual(unreadable);
  });

  test('that cannot be read make the record unreadable, as any other field would', () => {
    const record = makeRecord({ kind: 'delete', groupName: 'Sales', ok: true, note: 'n', noteFacts: { kind: 'goneAfter' } });
    expect(readRecord({ ...record, noteFacts: { kind: 'other' } })).toBeUndefined();
    expect(readRecord({ ...record, errorFacts: { source: 'api', kind: 'deepcall', module: 'Billing', facts: {} } })).toBeUndefined();
  });
});
