/** How a change reads in Hindi: the same facts, the glossary's words, Hindi plurals and number grouping. */
import { createTranslator, type Messages } from 'use-intl';
import { describe, expect, test } from 'vitest';
import hindi from '@/i18n/messages/hi/changes.json';
import { makeRecord, type NewChange } from './change-record';
import type { ChangesTranslator } from './changes-text';
import { describeChange, describeNote, describeState, describeUndone } from './describe-change';
import { describeDiff, describeDiffByName } from './membership-diff';

const t = createTranslator({ locale: 'hi', messages: { changes: hindi } as Messages, namespace: 'changes' }) as unknown as ChangesTranslator;
const on = { name: 'Sales', active: true };
const off = { name: 'Sales', active: false };
const agent = (n: number, receivesCalls = true) => ({ agentId: `a${n}`, name: `Agent ${n}`, receivesCalls });
const change = (c: Partial<NewChange>) => makeRecord({ kind: 'update', groupId: '7', groupName: 'Sales', ok: true, ...c });

describe('how a change reads in Hindi', () => {
  test('on its own and beside the group’s name; names stay as they are', () => {
    const switched = change({ before: on, after: { name: 'Sales EU', active: false } });
    expect(describeChange(switched, t)).toBe('Sales: नाम बदला Sales → Sales EU, निष्क्रिय किया गया (सक्रिय → निष्क्रिय)');
    expect(describeChange(switched, t, { besideName: true })).toBe('नाम बदला “Sales” → “Sales EU”, सक्रिय → निष्क्रिय');
    expect(describeChange(change({ kind: 'undo', before: off, after: on }), t)).toBe('Sales: फिर से सक्रिय किया गया (निष्क्रिय → सक्रिय)');
    expect(describeChange(change({ kind: 'create', after: on }), t, { besideName: true })).toBe('“Sales”, सक्रिय के रूप में बनाया गया');
    expect(describeChange(change({ kind: 'members', membersBefore: [agent(2)], membersAfter: [agent(1)] }), t)).toBe('Sales: सदस्य — जुड़े: Agent 1; हटे: Agent 2');
    expect(describeState(off, t)).toBe('“Sales”, निष्क्रिय');
    expect(describeUndone(off, on, t)).toBe('Sales फिर से सक्रिय है।');
    expect(describeNote({ kind: 'renamedElsewhere', from: 'Billing', to: 'Billing EU' }, t)).toBe('Billing का नाम कहीं और Billing EU कर दिया गया था; नया नाम रखा गया।');
  });

  test('counts: 0 and 1 take the singular, more the plural; numbers group the Indian way', () => {
    const calls = (n: number, receivesCalls: boolean) => Array.from({ length: n }, (_, i) => ({ agent: agent(i), receivesCalls }));
    expect(describeDiff({ add: [], remove: [], calls: calls(1, false) }, t)).toBe('1 कॉल लेना बंद करेगा');
    expect(describeDiff({ add: [], remove: [], calls: calls(2, false) }, t)).toBe('2 कॉल लेना बंद करेंगे');
    expect(describeDiff({ add: Array.from({ length: 100_000 }, (_, i) => agent(i)), remove: [agent(0)], calls: [] }, t)).toBe('+1,00,000 एजेंट, −1 एजेंट');
    expect(describeDiff({ add: [], remove: [], calls: [] }, t)).toBe('कोई बदलाव नहीं');
    expect(describeDiffByName({ add: [], remove: [], calls: calls(1, true) }, t)).toBe('अब कॉल लेते हैं: Agent 0');
    // English without a translator: what callers not converted yet, and the audit CSV, still get.
    expect(describeDiff({ add: Array.from({ length: 1000 }, (_, i) => agent(i)), remove: [], calls: calls(1, true) })).toBe('+1,000 agents, 1 starts taking calls');
  });
});
