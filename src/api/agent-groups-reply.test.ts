import { describe, expect, test } from 'vitest';
import { parseAgentList } from './member-replies';
import { ReplyShapeError } from './replies';

const agent = (extra: Record<string, unknown>) => ({ agent_unique_id: 'a1', name: 'Priya Patel', ...extra });

describe('the groups an Agent/list entry carries', () => {
  test('an entry without a groups field says nothing about groups (the console then reads each group)', () => {
    expect(parseAgentList([agent({})])[0]!.groups).toBeUndefined();
  });

  test('objects with the call flag as 0/1, "0"/"1" or a boolean, under each tolerated key', () => {
    for (const key of ['groups', 'group', 'groupData']) {
      const [parsed] = parseAgentList([
        agent({ [key]: [{ group_id: 7, receive_call: 1 }, { groupId: '8', receive_call: '0' }, { id: 9, name: ' Billing ', receive_call: true }] }),
      ]);
      expect(parsed!.groups, key).toEqual([
        { groupId: '7', receivesCalls: true },
        { groupId: '8', receivesCalls: false },
        { groupId: '9', name: 'Billing', receivesCalls: true },
      ]);
    }
  });

  test('a missing or unreadable call flag is unknown, never "no calls"', () => {
    const [parsed] = parseAgentList([agent({ groups: [{ group_id: 7 }, { group_id: 8, receive_call: 'maybe' }] })]);
    expect(parsed!.groups).toEqual([{ groupId: '7' }, { groupId: '8' }]);
    expect(parsed!.groups!.every((g) => !('receivesCalls' in g))).toBe(true);
  });

  test('an array of ids, a comma-separated string, under group_ids or groupIds; each group once', () => {
    expect(parseAgentList([agent({ group_ids: [7, '8', 7] })])[0]!.groups).toEqual([{ groupId: '7' }, { groupId: '8' }]);
    expect(parseAgentList([agent({ groupIds: '7, 8,,9' })])[0]!.groups).toEqual([{ groupId: '7' }, { groupId: '8' }, { groupId: '9' }]);
    expect(parseAgentList([agent({ groups: [] })])[0]!.groups).toEqual([]);
    expect(parseAgentList([agent({ groups: '' })])[0]!.groups).toEqual([]);
  });

  test('a groups value that is none of the tolerated shapes is a reply the console cannot read', () => {
    expect(() => parseAgentList([agent({ groups: { a: 1 } })])).toThrow(ReplyShapeError);
    expect(() => parseAgentList([agent({ groups: [{ name: 'no id' }] })])).toThrow(ReplyShapeError);
    expect(() => parseAgentList([agent({ groups: [true] })])).toThrow(ReplyShapeError);
  });
});
