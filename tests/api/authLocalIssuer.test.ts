import assert from 'node:assert/strict';
import { LOCAL_CLIENT_ID, LOCAL_ISSUER, LOCAL_TENANT_ID, LocalIssuer } from '../../bot/api/auth/localIssuer.js';
import { entraValidatorFromConfig } from '../../bot/api/auth/tokenValidator.js';
import type { SsoConfig } from '../../bot/config.js';
import { rejectsWith } from '../support/jwksAssert.js';
import { JwksServer, entraV2Claims, makeKey, mint } from '../support/jwksServer.js';

const TENANT = '6f1d2c3b-0000-4000-8000-0000000000aa';
const CLIENT = '9a8b7c6d-0000-4000-8000-0000000000bb';

function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
}

describe('local issuer (local mode stand-in for Entra ID)', () => {
  const issuer = new LocalIssuer({ production: false });

  it('cannot be constructed in production', () => {
    assert.throws(() => new LocalIssuer({ production: true }), /production/);
  });

  it('publishes one RS256 public key and nothing private', () => {
    const { keys } = issuer.jwks();
    assert.equal(keys.length, 1);
    assert.equal(keys[0].kty, 'RSA');
    assert.equal(keys[0].alg, 'RS256');
    assert.ok(keys[0].kid);
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) assert.equal(secret in keys[0], false, secret);
  });

  it('issues tokens shaped like Entra v2 access tokens', async () => {
    const claims = payloadOf(await issuer.issue({ userId: 'u-1', name: 'Kim Koordinator', coordinator: true }));
    assert.equal(claims.iss, LOCAL_ISSUER);
    assert.equal(claims.aud, LOCAL_CLIENT_ID);
    assert.equal(claims.tid, LOCAL_TENANT_ID);
    assert.equal(claims.scp, 'access_as_user');
    assert.equal(claims.oid, 'u-1');
    assert.equal(claims.name, 'Kim Koordinator');
    assert.equal(claims.preferred_username, 'u-1@local.invalid');
    assert.deepEqual(claims.roles, ['Coordinator']);
    assert.equal(claims.ver, '2.0');
    assert.equal(Number(claims.exp) - Number(claims.iat), 3600);
  });

  it('validates its own tokens through the shared validation code', async () => {
    const validator = issuer.validator();
    const staff = await validator.validate(`Bearer ${await issuer.issue({ userId: 'u-2', name: 'Sara Sagsbehandler', coordinator: false })}`);
    assert.deepEqual(staff, {
      userId: 'u-2', name: 'Sara Sagsbehandler', tenantId: LOCAL_TENANT_ID, roles: ['staff'], isCoordinator: false, groups: [], local: true,
    });
    const coordinator = await validator.validate(`Bearer ${await issuer.issue({ userId: 'u-1', name: 'Kim', coordinator: true })}`);
    assert.equal(coordinator.isCoordinator, true);
  });

  it('lets its tokens expire like real ones', async () => {
    const expired = await issuer.issue({ userId: 'u-1', name: 'Kim', coordinator: false }, -300);
    await rejectsWith(issuer.validator().validate(`Bearer ${expired}`), 'expired', 401);
  });

  it('does not trust tokens from another run (keys are generated per start)', async () => {
    const other = new LocalIssuer({ production: false });
    const token = await other.issue({ userId: 'u-1', name: 'Kim', coordinator: true });
    await rejectsWith(issuer.validator().validate(`Bearer ${token}`), 'invalid_signature', 401);
  });

  it('rejects tokens from a real Entra tenant', async () => {
    const entraKey = makeKey();
    const token = await mint(entraKey, entraV2Claims({ authorityHost: 'https://login.microsoftonline.com', tenantId: TENANT, clientId: CLIENT }));
    await rejectsWith(issuer.validator().validate(`Bearer ${token}`), 'invalid_signature', 401);
  });

  describe('seen by an Entra-configured validator', () => {
    const server = new JwksServer(TENANT, [makeKey()]);
    let sso: SsoConfig;
    before(async () => {
      sso = { clientId: CLIENT, tenantId: TENANT, authorityHost: await server.start(), coordinatorGroupId: null };
    });
    after(() => server.stop());

    it('rejects a local token, whose key Entra never published', async () => {
      const token = await issuer.issue({ userId: 'u-1', name: 'Kim', coordinator: true });
      await rejectsWith(entraValidatorFromConfig(sso).validate(`Bearer ${token}`), 'invalid_signature', 401);
      assert.equal(server.hits, 1);
    });

    it('rejects a local token even if its key were published, on the claims alone', async () => {
      server.publish(issuer.jwks().keys);
      const token = await issuer.issue({ userId: 'u-1', name: 'Kim', coordinator: true });
      await rejectsWith(entraValidatorFromConfig(sso).validate(`Bearer ${token}`), 'wrong_issuer', 401);
    });
  });
});
