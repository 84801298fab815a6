import type { SsoConfig } from '../../config.js';
import { AuthError } from './authError.js';
import { loadJose, type Jose } from './jose.js';
import type { Principal, Role } from './principal.js';

export type KeySetGetter = Jose.JWTVerifyGetKey;

interface CommonOptions {
  issuers: string[];
  audiences: string[];
  tenantId: string;
  /** Members of this group are coordinators; null leaves the app role as the only way in. */
  coordinatorGroupId: string | null;
  requiredScope: string;
  clockToleranceSec?: number;
  /** Marks the resulting principals as local sign-ins. */
  local?: boolean;
}

export interface RemoteKeysOptions extends CommonOptions {
  jwksUri: string;
  fetchTimeoutMs?: number;
  /**
   * How long after a fetch an unknown `kid` may not trigger another one. It stops a flood of forged
   * tokens from turning into a flood of requests to Entra; tests shorten it to exercise key rotation.
   */
  jwksCooldownMs?: number;
}

export interface InProcessKeysOptions extends CommonOptions {
  keySet: KeySetGetter;
}

export type TokenValidatorOptions = RemoteKeysOptions | InProcessKeysOptions;

export interface TokenValidator {
  /** Resolves to the caller or rejects with an AuthError; nothing else escapes. */
  validate(authorizationHeader: string | undefined): Promise<Principal>;
}

const COORDINATOR_APP_ROLE = 'Coordinator';
const DATA_PROTECTION_APP_ROLE = 'DataProtection';
const DEFAULT_CLOCK_TOLERANCE_SEC = 60;

/** Raised by our key getter so a JWKS outage is not mistaken for a bad token. */
class KeyServiceUnavailable extends Error {}

export function createTokenValidator(opts: TokenValidatorOptions): TokenValidator {
  if (opts.issuers.length === 0 || opts.audiences.length === 0 || !opts.tenantId || !opts.requiredScope) {
    throw new Error('createTokenValidator needs issuers, audiences, a tenant id and a required scope');
  }
  let keySet: Promise<KeySetGetter> | undefined;
  const getKeySet = (): Promise<KeySetGetter> => (keySet ??= buildKeySet(opts));

  return {
    async validate(authorizationHeader) {
      const token = bearerToken(authorizationHeader);
      const jose = await loadJose();
      const keys = await getKeySet();
      let payload: Jose.JWTPayload;
      try {
        ({ payload } = await jose.jwtVerify(token, keys, {
          // Pinning the algorithm keeps out `none`, HS256 signed with the public key, and friends.
          algorithms: ['RS256'],
          issuer: opts.issuers,
          audience: opts.audiences,
          clockTolerance: opts.clockToleranceSec ?? DEFAULT_CLOCK_TOLERANCE_SEC,
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw toAuthError(jose, error);
      }
      return principalFrom(payload, opts);
    },
  };
}

/** The validator for real Entra ID tokens issued to the tab's SSO app. */
export function entraValidatorFromConfig(
  sso: SsoConfig,
  extra: { applicationIdUri?: string | null; fetchTimeoutMs?: number; jwksCooldownMs?: number } = {},
): TokenValidator {
  return createTokenValidator({
    ...entraEndpoints(sso, extra.applicationIdUri ?? null),
    coordinatorGroupId: sso.coordinatorGroupId,
    requiredScope: 'access_as_user',
    fetchTimeoutMs: extra.fetchTimeoutMs,
    jwksCooldownMs: extra.jwksCooldownMs,
  });
}

/**
 * The app asks for v2 tokens (requestedAccessTokenVersion 2), whose `aud` is the bare client id; v1
 * tokens carry the Application ID URI (`api://<tab domain>/<client id>`) instead. That URI is only
 * accepted when the caller names it, because the tab domain is not part of the SSO settings.
 */
export function entraEndpoints(
  sso: SsoConfig,
  applicationIdUri: string | null = null,
): { issuers: string[]; audiences: string[]; tenantId: string; jwksUri: string } {
  const authority = sso.authorityHost.replace(/\/+$/, '');
  return {
    issuers: [`${authority}/${sso.tenantId}/v2.0`, `https://sts.windows.net/${sso.tenantId}/`],
    audiences: applicationIdUri ? [sso.clientId, applicationIdUri] : [sso.clientId],
    tenantId: sso.tenantId,
    jwksUri: `${authority}/${sso.tenantId}/discovery/v2.0/keys`,
  };
}

function bearerToken(header: string | undefined): string {
  const match = /^Bearer +([A-Za-z0-9\-_.]+)\s*$/i.exec(header ?? '');
  if (!match) throw new AuthError('missing_token');
  return match[1];
}

async function buildKeySet(opts: TokenValidatorOptions): Promise<KeySetGetter> {
  if ('keySet' in opts) return opts.keySet;
  const jose = await loadJose();
  const remote = jose.createRemoteJWKSet(new URL(opts.jwksUri), {
    timeoutDuration: opts.fetchTimeoutMs ?? 5000,
    cooldownDuration: opts.jwksCooldownMs,
  });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      // A missing or ambiguous key is the token's problem; anything else (network, timeout, a non-200
      // or unparsable JWKS) is ours.
      if (error instanceof jose.errors.JWKSNoMatchingKey || error instanceof jose.errors.JWKSMultipleMatchingKeys
        || error instanceof jose.errors.JOSENotSupported || error instanceof jose.errors.JOSEAlgNotAllowed) {
        throw error;
      }
      throw new KeyServiceUnavailable('JWKS fetch failed', { cause: error });
    }
  };
}

function toAuthError(jose: typeof Jose, error: unknown): AuthError {
  const { errors } = jose;
  if (error instanceof KeyServiceUnavailable) return new AuthError('key_service_unavailable', { cause: error.cause });
  if (error instanceof errors.JWTExpired) return new AuthError('expired');
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey
    || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new AuthError('invalid_signature');
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    // jose checks claims only after the signature, so these codes describe an authentic token.
    switch (error.claim) {
      case 'aud': return new AuthError('wrong_audience');
      case 'iss': return new AuthError('wrong_issuer');
      case 'nbf': return new AuthError('not_yet_valid');
      default: return new AuthError('invalid_token');
    }
  }
  // Malformed tokens, disallowed algorithms, unsupported keys. The jose error is not kept as the
  // cause: claim errors carry the payload, which must not reach the logs.
  return new AuthError('invalid_token');
}

function principalFrom(payload: Jose.JWTPayload, opts: TokenValidatorOptions): Principal {
  if (payload.tid !== opts.tenantId) throw new AuthError('wrong_tenant');
  const oid = payload.oid;
  if (typeof oid !== 'string' || oid === '') throw new AuthError('invalid_token');

  // App-only tokens carry `roles` but no `scp`; requiring the delegated scope keeps daemons out.
  const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
  if (!scopes.includes(opts.requiredScope)) throw new AuthError('missing_scope');

  const appRoles = stringList(payload.roles);
  // With more than 200 groups Entra drops `groups` for an overage pointer (`_claim_names`); such
  // users need the app role, which is why the role is the recommended way to appoint coordinators.
  const groups = stringList(payload.groups);
  const isCoordinator = appRoles.includes(COORDINATOR_APP_ROLE)
    || (opts.coordinatorGroupId !== null && groups.includes(opts.coordinatorGroupId));
  const roles: Role[] = isCoordinator ? ['coordinator', 'staff'] : ['staff'];
  if (appRoles.includes(DATA_PROTECTION_APP_ROLE)) roles.push('dataProtection');
  const name = typeof payload.name === 'string' ? payload.name
    : typeof payload.preferred_username === 'string' ? payload.preferred_username : '';

  return { userId: oid, name, tenantId: opts.tenantId, roles, isCoordinator, groups, local: opts.local ?? false };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
