/** Machine-readable reasons a request was refused; the tab keys its Danish texts on these. */
export type AuthErrorCode =
  | 'missing_token'
  | 'invalid_token'
  | 'invalid_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'wrong_tenant'
  | 'missing_scope'
  | 'key_service_unavailable';

const STATUS: Record<AuthErrorCode, 401 | 403 | 503> = {
  missing_token: 401,
  invalid_token: 401,
  invalid_signature: 401,
  expired: 401,
  not_yet_valid: 401,
  wrong_audience: 401,
  wrong_issuer: 401,
  wrong_tenant: 401,
  missing_scope: 403,
  // Our failure to fetch Entra's keys says nothing about the caller's token, so it must not look like a 401.
  key_service_unavailable: 503,
};

/**
 * Messages are fixed per code and never quote the token or its claims: they end up in responses
 * and logs, where a token fragment would be a gift to anyone reading them.
 */
const MESSAGES: Record<AuthErrorCode, string> = {
  missing_token: 'A bearer token is required.',
  invalid_token: 'The access token is not valid.',
  invalid_signature: 'The access token signature could not be verified.',
  expired: 'The access token has expired.',
  not_yet_valid: 'The access token is not valid yet.',
  wrong_audience: 'The access token was not issued for this application.',
  wrong_issuer: 'The access token was not issued by the expected authority.',
  wrong_tenant: 'The access token belongs to another tenant.',
  missing_scope: 'The access token lacks the required scope.',
  key_service_unavailable: 'The signing keys could not be fetched; try again shortly.',
};

export class AuthError extends Error {
  readonly status: 401 | 403 | 503;

  constructor(readonly code: AuthErrorCode, options?: { cause?: unknown }) {
    super(MESSAGES[code], options);
    this.name = 'AuthError';
    this.status = STATUS[code];
  }
}
