import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { loadJose, type Jose } from './jose.js';
import { createTokenValidator, type KeySetGetter, type TokenValidator } from './tokenValidator.js';

/**
 * Constants shaped like Entra v2 values but impossible to confuse with them: the issuer is not an
 * Entra authority and the ids are not tenant or app ids Entra hands out.
 */
export const LOCAL_ISSUER = 'http://localhost/local-issuer/v2.0';
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000a0ca';
export const LOCAL_CLIENT_ID = '00000000-0000-4000-8000-00000000c11e';
export const LOCAL_SCOPE = 'access_as_user';

export interface LocalUser {
  /** Becomes `oid`, the id the API keys users on. */
  userId: string;
  name: string;
  coordinator: boolean;
  /** Holds the DataProtection app role. */
  dataProtection?: boolean;
  /** Becomes `preferred_username`; defaults to an address under the reserved .invalid domain. */
  username?: string;
}

/**
 * Stands in for Entra ID in local mode: mints tokens shaped like Entra v2 access tokens, signed with a
 * key pair that lives only in this process, and validates them through the same code as real tokens.
 * Keys are generated synchronously so the key set is ready the moment the issuer exists.
 */
export class LocalIssuer {
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Jose.JWK;
  private localKeySet: Promise<KeySetGetter> | undefined;

  constructor(opts: { production: boolean }) {
    // Anyone who can reach a local issuer can mint a coordinator, so production must never build one,
    // whatever the configuration claims.
    if (opts.production) throw new Error('The local issuer cannot be used in production');
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...(publicKey.export({ format: 'jwk' }) as Jose.JWK), kid: `local-${randomUUID()}`, alg: 'RS256', use: 'sig' };
  }

  jwks(): Jose.JSONWebKeySet {
    return { keys: [{ ...this.publicJwk }] };
  }

  async issue(user: LocalUser, ttlSec = 3600): Promise<string> {
    const jose = await loadJose();
    const now = Math.floor(Date.now() / 1000);
    const roles = [...(user.coordinator ? ['Coordinator'] : []), ...(user.dataProtection ? ['DataProtection'] : [])];
    return new jose.SignJWT({
      tid: LOCAL_TENANT_ID,
      oid: user.userId,
      sub: user.userId,
      name: user.name,
      preferred_username: user.username ?? `${user.userId}@local.invalid`,
      scp: LOCAL_SCOPE,
      ver: '2.0',
      // Like Entra, a user without app roles gets no `roles` claim.
      ...(roles.length > 0 ? { roles } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.publicJwk.kid })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_CLIENT_ID)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + ttlSec)
      .sign(this.privateKey);
  }

  validator(): TokenValidator {
    const keySet: KeySetGetter = async (header, token) => {
      const local = await (this.localKeySet ??= loadJose().then((jose) => jose.createLocalJWKSet(this.jwks())));
      return local(header, token);
    };
    return createTokenValidator({
      issuers: [LOCAL_ISSUER],
      audiences: [LOCAL_CLIENT_ID],
      tenantId: LOCAL_TENANT_ID,
      keySet,
      coordinatorGroupId: null,
      requiredScope: LOCAL_SCOPE,
      local: true,
    });
  }
}
