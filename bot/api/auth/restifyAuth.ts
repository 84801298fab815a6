import type { Request, Response } from 'restify';
import { AuthError } from './authError.js';
import type { Principal } from './principal.js';
import type { TokenValidator } from './tokenValidator.js';

/** The only place the auth code meets restify, so a change of server touches this file alone. */
export function authenticate(validator: TokenValidator): (req: Request) => Promise<Principal> {
  return (req) => {
    const header = req.headers.authorization;
    return validator.validate(typeof header === 'string' ? header : undefined);
  };
}

/** Writes an AuthError as JSON; anything else becomes a bare 500 so internals never reach the client. */
export function sendAuthError(res: Response, error: unknown): void {
  if (!(error instanceof AuthError)) {
    res.send(500, { error: 'internal_error', message: 'The request could not be authenticated.' });
    return;
  }
  const challenge = wwwAuthenticate(error);
  if (challenge) res.header('WWW-Authenticate', challenge);
  res.header('Cache-Control', 'no-store');
  res.send(error.status, { error: error.code, message: error.message });
}

/** RFC 6750 §3: no error code when no token was sent, `insufficient_scope` for a missing scope. */
function wwwAuthenticate(error: AuthError): string | null {
  if (error.status === 403) return 'Bearer error="insufficient_scope"';
  if (error.status !== 401) return null;
  return error.code === 'missing_token' ? 'Bearer' : 'Bearer error="invalid_token"';
}
