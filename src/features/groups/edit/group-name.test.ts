import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_NAME_MAX } from '@/api/requests';
import { uniqueName } from '../../../../mocks/rules';
import type { MockAccount } from '../../../../mocks/types';
import { groupNameSchema, nameIndexOf, renamedNotice, takenNameFor } from './group-name';

const runs = { numRuns: 1000 };

/** The first issue's message of a refusal, which always says at least one thing. */
function firstMessage(error: { issues: readonly { message: string }[] } | undefined): string {
  const issue = error?.issues[0];
  if (!issue) throw new Error('expected the refusal to carry an issue');
  return issue.message;
}

describe('group name validation', () => {
  it('accepts a name and stores it trimmed', () => {
    expect(groupNameSchema.parse('  Sales EMEA  ')).toBe('Sales EMEA');
  });

  it.each([
    ['', 'Enter a name for the group.'],
    ['    ', 'Enter a name for the group.'],
    ['x'.repeat(1000), `Keep the name to ${GROUP_NAME_MAX} characters or fewer.`],
    ['Sales\nNight', 'Remove the line breaks or control characters from the name.'],
    ['Sales\u0007', 'Remove the line breaks or control characters from the name.'],
  ])('refuses %j with a message saying what to do', (input, message) => {
    const result = groupNameSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(firstMessage(result.error)).toBe(message);
  });

  it.each(['Ventes 🇫🇷 équipe', 'فريق المبيعات', 'מכירות', '<img src=x onerror=alert(1)>', '"; DROP TABLE groups; --'])(
    'keeps %j exactly (emoji, right-to-left text, markup are data)',
    (name) => {
      expect(groupNameSchema.parse(name)).toBe(name);
    },
  );

  it('never throws, and either accepts a trimmed, bounded, printable name or explains why not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const result = groupNameSchema.safeParse(input);
        if (result.success) {
          expect(result.data).toBe(input.trim());
          expect(result.data.length).toBeGreaterThan(0);
          expect(result.data.length).toBeLessThanOrEqual(GROUP_NAME_MAX);
          // eslint-disable-next-line no-control-regex
          expect(result.data).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        } else {
          expect(firstMessage(result.error).length).toBeGreaterThan(10);
        }
      }),
      runs,
    );
  });

  it('accepts every printable name up to the limit, whatever script it is in', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: GROUP_NAME_MAX })
      // eslint-disable-next-line no-control-regex
      .filter((s) => s.trim().length > 0 && s.trim().length <= GROUP_NAME_MAX && !/[\u0000-\u001f\u007f-\u009f]/.test(s));
    fc.assert(
      fc.property(printable, (name) => {
        expect(groupNameSchema.parse(name)).toBe(name.trim());
      }),
      runs,
    );
  });
});

describe('the notice when the server stored another name', () => {
  it('says which name was saved and why', () => {
    expect(renamedNotice({ name: 'Sales1', requestedName: 'Sales' })).toBe('Saved as Sales1 — Sales was taken.');
    expect(renamedNotice({ name: 'Sales', requestedName: 'Sales' })).toBeUndefined();
  });
});

describe('what DeepCall will save a taken name as', () => {
  const index = (...names: string[]) => nameIndexOf(names.map((name) => ({ name })));

  it('the smallest free number, names compared in any case', () => {
    expect(takenNameFor(index('Billing'), 'Billing')).toEqual({ existing: 'Billing', saved: 'Billing1' });
    expect(takenNameFor(index('billing', 'BILLING1'), ' Billing ')).toEqual({ existing: 'billing', saved: 'Billing2' });
    expect(takenNameFor(index('Billing', 'Billing2'), 'Billing')).toEqual({ existing: 'Billing', saved: 'Billing1' });
    expect(takenNameFor(index('Billing'), 'Support')).toBeUndefined();
    expect(takenNameFor(index('Billing'), '   ')).toBeUndefined();
  });

  it('a group renamed to its own name, in any case, clashes with nobody', () => {
    expect(takenNameFor(index('Billing', 'Support'), 'BILLING', 'Billing')).toBeUndefined();
    expect(takenNameFor(index('Billing', 'Support'), 'Support', 'Billing')).toEqual({ existing: 'Support', saved: 'Support1' });
  });

  it('agrees with the mock, which follows DeepCall’s documented rule', () => {
    const name = fc.constantFrom('Sales', 'sales', 'SALES', 'Sales1', 'sales2', 'Desk', 'Ünï', 'ünï1');
    fc.assert(
      fc.property(fc.uniqueArray(name, { selector: (n) => n.toLowerCase(), maxLength: 6 }), name, (held, typed) => {
        const account = { groups: held.map((n, i) => ({ id: i + 1, name: n, status: 1, createDate: '' })) } as unknown as MockAccount;
        expect(takenNameFor(nameIndexOf(account.groups), typed)?.saved ?? typed).toBe(uniqueName(account, typed));
      }),
      runs,
    );
  });
});
