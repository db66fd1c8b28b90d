import { expect } from 'vitest';
import { ApiError } from '@/api/errors';

/** The ApiError a call rejects with; fails the test when the call succeeds or throws anything else. */
export async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}
