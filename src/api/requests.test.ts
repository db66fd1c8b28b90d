import { describe, expect, test } from 'vitest';
import { assignRequestSchema, credentialsSchema, listRequestSchema, updateRequestSchema } from './requests';

describe('request schemas', () => {
  test('credentials are an ssid alone or userId + token, never empty', () => {
    expect(credentialsSchema.safeParse({ ssid: 'demo-ssid' }).success).toBe(true);
    expect(credentialsSchema.safeParse({ userId: 'demo', token: 'demo-token' }).success).toBe(true);
    expect(credentialsSchema.safeParse({ ssid: '' }).success).toBe(false);
    expect(credentialsSchema.safeParse({ userId: 'demo' }).success).toBe(false);
    expect(credentialsSchema.safeParse({ userId: 'demo', token: '' }).success).toBe(false);
    expect(credentialsSchema.safeParse({}).success).toBe(false);
  });

  test('group ids may be strings or numbers, under groupId or groupid', () => {
    expect(listRequestSchema.safeParse({ groupId: '12' }).success).toBe(true);
    expect(listRequestSchema.safeParse({ groupid: 12 }).success).toBe(true);
    expect(listRequestSchema.safeParse({ groupId: { id: 12 } }).success).toBe(false);
    expect(updateRequestSchema.safeParse({ groupId: '12', name: 'Sales', status: 0 }).success).toBe(true);
    expect(updateRequestSchema.safeParse({ groupId: '12', name: 'Sales', status: '0' }).success).toBe(true);
  });
});

describe('assignRequestSchema', () => {
  test('ids are lists of strings; either list may be empty', () => {
    expect(assignRequestSchema.safeParse({ groupId: '5', agent_unique_id: ['1001', '1002'], receive_call: ['1001'] }).success).toBe(true);
    expect(assignRequestSchema.safeParse({ groupId: 5, agent_unique_id: [], receive_call: [] }).success).toBe(true);
    expect(assignRequestSchema.shape.agent_unique_id.safeParse([1001]).success).toBe(false);
    expect(assignRequestSchema.shape.receive_call.safeParse('1001').success).toBe(false);
  });
});
