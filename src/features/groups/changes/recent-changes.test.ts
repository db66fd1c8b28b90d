import { describe, expect, test } from 'vitest';
import { makeRecord } from '@/features/change-record/change-record';
import { recentChanges } from './recent-changes';

describe('Recent changes kept in this tab', () => {
  test('are read back, not cast: a record that cannot be read is dropped and the rest are shown', () => {
    const good = makeRecord({ kind: 'update', groupId: '3', groupName: 'Billing', before: { name: 'Billing', active: true }, after: { name: 'Billing', active: false }, ok: true });
    const broken = { ...good, id: 'x', ok: 'maybe' };
    sessionStorage.setItem('group-console.recent-changes', JSON.stringify({ account: 'acc', records: [broken, good, 'text'] }));
    expect(recentChanges.get('acc')).toEqual([good]);
    expect(recentChanges.get('other')).toEqual([]);
    recentChanges.clear();
  });

  test('what cannot be read at all is an empty list, not a crash', () => {
    for (const kept of ['{not json', JSON.stringify({ account: 'acc', records: 'none' }), JSON.stringify([1])]) {
      sessionStorage.setItem('group-console.recent-changes', kept);
      expect(recentChanges.get('acc')).toEqual([]);
      recentChanges.clear();
    }
  });

  test('a successful undo marks the record it put back; a failed one does not', () => {
    const change = makeRecord({ kind: 'update', groupId: '3', groupName: 'Billing', before: { name: 'Billing', active: true }, after: { name: 'Billing', active: false }, ok: true });
    recentChanges.add('acc', change);
    const undo = { kind: 'undo', groupId: '3', groupName: 'Billing', undoes: change.id } as const;
    recentChanges.add('acc', makeRecord({ ...undo, ok: false, error: 'It was changed again since' }));
    expect(recentChanges.get('acc').find((r) => r.id === change.id)?.undone).toBeUndefined();
    recentChanges.add('acc', makeRecord({ ...undo, ok: true }));
    expect(recentChanges.get('acc').find((r) => r.id === change.id)?.undone).toBe(true);
    expect(recentChanges.get('acc')).toHaveLength(3);
    recentChanges.clear();
  });
});
