/** The number typed to confirm deleting many groups: bare digits, or grouped as the language shows it. */
import { describe, expect, test } from 'vitest';
import { isTypedCount } from './bulk-confirm-count';

describe('isTypedCount', () => {
  test('English: 2000 and 2,000; 100000 and 100,000', () => {
    for (const typed of ['2000', '2,000', ' 2,000 ']) expect(isTypedCount(typed, 2000, 'en'), typed).toBe(true);
    for (const typed of ['100000', '100,000']) expect(isTypedCount(typed, 100_000, 'en'), typed).toBe(true);
  });

  test('Hindi: 2000 and 2,000; 100000 and 1,00,000 (lakhs)', () => {
    for (const typed of ['2000', '2,000']) expect(isTypedCount(typed, 2000, 'hi'), typed).toBe(true);
    for (const typed of ['100000', '1,00,000']) expect(isTypedCount(typed, 100_000, 'hi'), typed).toBe(true);
  });

  test('another number, or separators where the language puts none, is not the number shown', () => {
    for (const typed of ['', '200', '20000', '20,00', '2.000', '2,000,', '2 000']) expect(isTypedCount(typed, 2000, 'en'), typed).toBe(false);
    expect(isTypedCount('1,00,000', 100_000, 'en')).toBe(false);
    expect(isTypedCount('100,000', 100_000, 'hi')).toBe(false);
    expect(isTypedCount('12', 12, 'hi')).toBe(true);
  });
});
