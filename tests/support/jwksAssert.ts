import assert from 'node:assert/strict';
import { AuthError, type AuthErrorCode } from '../../bot/api/auth/authError.js';

/** Asserts the promise fails with exactly this AuthError, and hands the error back for closer looks. */
export async function rejectsWith(promise: Promise<unknown>, code: AuthErrorCode, status: number): Promise<AuthError> {
  let caught: unknown;
  await assert.rejects(promise, (e: unknown) => { caught = e; return true; });
  assert.ok(caught instanceof AuthError, `expected an AuthError, got ${String(caught)}`);
  assert.equal(caught.code, code);
  assert.equal(caught.status, status);
  return caught;
}
