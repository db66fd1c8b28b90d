/**
 * The shape sentences for the tolerated variants the mock never sends (shared/deepcall-group-api.md):
 * what a deployer reads when a real host answers in one of them.
 */
import { describe, expect, it } from 'vitest';
import { parseGroupList } from '@/api/replies';
import { parseAgentList, parseGroupMembership } from '@/api/member-replies';
import { describeAgentList, describeGroupList, describeRelation } from './shapes';

describe('describeGroupList', () => {
  it('names an object keyed by id whose entries carry no id, and a text status', () => {
    const response = { '7': { group_name: 'Sales', status: '1' }, '9': { group_name: 'Billing', status: '0' } };
    parseGroupList(response);
    expect(describeGroupList(response)).toBe(
      'groups: an object keyed by id (2 entries), id under the key it is listed under (a text of digits), name under `group_name`, ' +
        'status a text of digits; no agent count (shown as absent), no created date (shown as absent)',
    );
  });

  it('names a single group object, ids of both kinds and a missing status', () => {
    expect(describeGroupList({ groupId: '12', name: 'Sales' })).toMatch(
      /^groups: one object \(a single entry, not a list\), id under `groupId` \(a text of digits\), name under `name`, no status \(read as active\)/,
    );
    expect(describeGroupList([{ _id: 5, name: 'A', status: true, agentCount: 3 }, { group_id: 'x6', name: 'B', status: false }])).toBe(
      'groups: an array of 2, id under `_id` or `group_id` (a number or a text), name under `name`, status a boolean; ' +
        'agent count under `agentCount`, no created date (shown as absent)',
    );
  });
});

describe('describeAgentList', () => {
  it('names agents with first and last names and groups as a comma-separated text', () => {
    const response = [
      { agentId: 11, first_name: 'Lena', last_name: 'Rossi', status: 'active', group_ids: '1001, 1002' },
      { agentId: 12, first_name: 'Omar', last_name: 'Haddad', status: 'active', group_ids: '' },
    ];
    const lines = describeAgentList(response, parseAgentList(response));
    expect(lines[0]).toBe('agents: an array of 2, id under `agentId` (a number), name under `first_name` + `last_name`, email under no field (none shown), status a text');
    expect(lines[1]).toBe(
      'agents carry their groups under `group_ids` (a comma-separated text of ids) without a call flag on 2 of 2 groups ' +
        "(unknown, read from the group's relation when needed): the console reads every membership from this one call",
    );
  });

  it('names groups as a list of ids, and agents that carry no groups field', () => {
    const response = { a1: { name: 'Lena', groups: [1001, '1002'] }, a2: { name: 'Omar' } };
    const lines = describeAgentList(response, parseAgentList(response));
    expect(lines[0]).toContain('agents: an object keyed by id (2 entries), id under the key it is listed under (a text), name under `name`');
    expect(lines[0]).toContain('no status read');
    expect(lines[1]).toContain('under `groups` (a list of ids)');
    expect(lines[2]).toBe('1 of 2 agents carry no groups field: the console counts them in no group');
  });

  it('names group objects with a boolean call flag under another id field', () => {
    const response = [{ agent_unique_id: 'ag-1', agent_name: 'Lena', groupData: [{ groupId: 1001, name: 'Sales', receive_call: true }] }];
    const lines = describeAgentList(response, parseAgentList(response));
    expect(lines[0]).toContain('name under `agent_name`');
    expect(lines[1]).toContain('under `groupData` (a list of objects, group id under `groupId`) with `receive_call` on every group');
  });

  it('says when no agent carries groups', () => {
    const response = [{ agent_unique_id: 'ag-1', name: 'Lena' }];
    expect(describeAgentList(response, parseAgentList(response))[1]).toMatch(/^agents carry no groups: the console will read each group's relation/);
  });
});

describe('describeRelation', () => {
  it('names the parts as spelt, text call flags and members-only agentData', () => {
    const response = {
      GroupData: [{ id: '1001', name: 'Sales' }],
      agent_data: { 'ag-1': { name: 'Lena' } },
      RelationData: [{ agentId: 'ag-1', group_id: '1001', receiveCall: '1' }],
    };
    const lines = describeRelation(response, parseGroupMembership(response, '1001'));
    expect(lines).toEqual([
      'relation: `GroupData` an array of 1, `agent_data` an object, `RelationData` an array of 1',
      'relations: agent under `agentId`, call flag under `receiveCall` (a text of digits)',
      "agentData carries only the group's members: the console reads the roster from Agent/list",
    ]);
  });

  it('says when the group has no members to show the relation shape', () => {
    const response = { groupData: { id: 1, name: 'Empty' }, agentData: [], relationData: [] };
    expect(describeRelation(response, parseGroupMembership(response, '1'))[1]).toBe(
      'relations: none (the group has no members, so their shape is not seen)',
    );
  });
});
