import { afterEach, describe, expect, test, vi } from 'vitest';
import { changeRecords, makeRecord, readRecord, type ChangeRecord } from './change-record';

const ann = { agentId: 'a1', name: 'Ann', email: 'ann@example.com', receivesCalls: true };
const bob = { agentId: 'a2', name: 'Bob', email: 'bob@example.com', receivesCalls: false };

describe('the record of a change', () => {
  test('is made once, with an id and a time, members by name and call flag only, and their difference', () => {
    const record = makeRecord({ kind: 'members', groupId: '7', groupName: 'Sales', ok: true, membersBefore: [ann], membersAfter: [ann, bob] }, 1000);
    expect(record).toMatchObject({ at: 1000, kind: 'members', groupName: 'Sales', ok: true });
    expect(record.id).toEqual(expect.any(String));
    expect(makeRecord({ kind: 'delete', groupName: 'X', ok: true }, 1000).id).not.toBe(record.id);
    expect(record.members).toEqual({ add: [{ agentId: 'a2', name: 'Bob', receivesCalls: false }], remove: [], calls: [] });
    expect(JSON.stringify(record)).not.toContain('@example.com');
  });

  test('is handed to every store; a store that throws stops neither the others nor the change', () => {
    const kept: [string, ChangeRecord][] = [];
    const reported: unknown[] = [];
    vi.stubGlobal('queueMicrotask', (task: () => void) => {
      try {
        task();
      } catch (error) {
        reported.push(error);
      }
    });
    const stops = [
      changeRecords.subscribe(() => {
        throw new Error('storage refused');
      }),
      changeRecords.subscribe((account, record) => kept.push([account, record])),
    ];
    const record = changeRecords.emit('acc', { kind: 'create', groupId: '9', groupName: 'New', after: { name: 'New', active: true }, ok: true });
    expect(kept).toEqual([['acc', record]]);
    expect(reported).toEqual([new Error('storage refused')]);
    for (const stop of stops) stop();
    changeRecords.emit('acc', { kind: 'delete', groupName: 'New', ok: true });
    expect(kept).toHaveLength(1);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a record read back from storage', () => {
  const stored = makeRecord({ kind: 'update', groupId: '3', groupName: 'Billing', before: { name: 'Billing', active: true }, after: { name: 'Billing', active: false }, ok: true }, 5);

  test('is parsed into the same record; fields it does not know are dropped', () => {
    expect(readRecord(JSON.parse(JSON.stringify({ ...stored, secret: 'x' })))).toEqual(stored);
  });

  test('that cannot be read is undefined, never cast', () => {
    for (const broken of [null, 'text', 42, {}, { ...stored, kind: 'rename' }, { ...stored, at: 'yesterday' }, { ...stored, before: { name: 'Billing' } }, { ...stored, id: undefined }]) {
      expect(readRecord(broken)).toBeUndefined();
    }
  });

  test('kept by an earlier version with the memberships but not their difference, gets the difference', () => {
    const { members: _, ...earlier } = makeRecord({ kind: 'members', groupName: 'Sales', ok: true, membersBefore: [ann, bob], membersAfter: [ann] }, 5);
    expect(readRecord(earlier)?.members).toEqual({ add: [], remove: [{ agentId: 'a2', name: 'Bob', receivesCalls: false }], calls: [] });
  });
});
