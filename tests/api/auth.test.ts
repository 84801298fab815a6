import assert from 'node:assert/strict';
import { entraEndpoints, entraValidatorFromConfig, type TokenValidator } from '../../bot/api/auth/tokenValidator.js';
import type { SsoConfig } from '../../bot/config.js';
import { rejectsWith } from '../support/jwksAssert.js';
import { JwksServer, entraV2Claims, hs256Token, makeKey, mint, unsignedToken, type Claims } from '../support/jwksServer.js';

const TENANT = '6f1d2c3b-0000-4000-8000-0000000000aa';
const CLIENT = '9a8b7c6d-0000-4000-8000-0000000000bb';
const GROUP = 'c0c0c0c0-0000-4000-8000-0000000000cc';
const APP_ID_URI = `api://tab.norddjurs.example/${CLIENT}`;

describe('tab API token validation (Entra ID, against a local JWKS server)', () => {
  const key = makeKey('entra-key-1');
  const attacker = makeKey('attacker-key');
  const server = new JwksServer(TENANT, [key]);
  let sso: SsoConfig;
  let validator: TokenValidator;
  const claims = (overrides: Claims = {}): Claims =>
    entraV2Claims({ authorityHost: sso.authorityHost, tenantId: TENANT, clientId: CLIENT }, overrides);
  const bearer = async (overrides: Claims = {}, signer = key): Promise<string> => `Bearer ${await mint(signer, claims(overrides))}`;

  before(async () => {
    sso = { clientId: CLIENT, tenantId: TENANT, authorityHost: await server.start(), coordinatorGroupId: GROUP };
  });
  beforeEach(() => {
    server.publish([key]);
    server.failWith = null;
    server.hits = 0;
    validator = entraValidatorFromConfig(sso, { applicationIdUri: APP_ID_URI });
  });
  after(() => server.stop());

  describe('who the caller is', () => {
    it('accepts a v2 token for a member of staff', async () => {
      const principal = await validator.validate(await bearer());
      assert.deepEqual(principal, {
        userId: '5d0e6a1c-0000-4000-8000-000000000001', name: 'Mette Medarbejder', tenantId: TENANT,
        roles: ['staff'], isCoordinator: false, groups: [], local: false,
      });
    });

    it('makes a coordinator of the Coordinator app role', async () => {
      const principal = await validator.validate(await bearer({ roles: ['Coordinator'] }));
      assert.equal(principal.isCoordinator, true);
      assert.deepEqual(principal.roles, ['coordinator', 'staff']);
    });

    it('grants the access log\'s DataProtection role apart from the coordinator role', async () => {
      const principal = await validator.validate(await bearer({ roles: ['DataProtection'] }));
      assert.equal(principal.isCoordinator, false);
      assert.deepEqual(principal.roles, ['staff', 'dataProtection']);
    });

    it('makes a coordinator of membership in the configured group', async () => {
      const principal = await validator.validate(await bearer({ groups: ['11111111-0000-4000-8000-000000000000', GROUP] }));
      assert.equal(principal.isCoordinator, true);
      assert.deepEqual(principal.groups, ['11111111-0000-4000-8000-000000000000', GROUP]);
    });

    it('grants nothing for other roles, other groups, or a group when none is configured', async () => {
      assert.equal((await validator.validate(await bearer({ roles: ['coordinator', 'Reader'], groups: ['other'] }))).isCoordinator, false);
      const roleOnly = entraValidatorFromConfig({ ...sso, coordinatorGroupId: null });
      assert.equal((await roleOnly.validate(await bearer({ groups: [GROUP] }))).isCoordinator, false);
    });

    it('accepts a v1 token (sts.windows.net issuer, Application ID URI audience)', async () => {
      const principal = await validator.validate(await bearer({ iss: `https://sts.windows.net/${TENANT}/`, aud: APP_ID_URI, ver: '1.0' }));
      assert.equal(principal.tenantId, TENANT);
    });

    it('falls back to preferred_username when the name claim is absent', async () => {
      assert.equal((await validator.validate(await bearer({ name: undefined }))).name, 'mette@norddjurs.example');
    });
  });

  describe('claims', () => {
    const now = (): number => Math.floor(Date.now() / 1000);

    it('rejects an expired token, but forgives a little clock skew', async () => {
      await rejectsWith(validator.validate(await bearer({ exp: now() - 600 })), 'expired', 401);
      await validator.validate(await bearer({ exp: now() - 10 }));
    });

    it('rejects a token that is not yet valid', async () => {
      await rejectsWith(validator.validate(await bearer({ nbf: now() + 600 })), 'not_yet_valid', 401);
    });

    it('rejects a token without an expiry or an object id', async () => {
      await rejectsWith(validator.validate(await bearer({ exp: undefined })), 'invalid_token', 401);
      await rejectsWith(validator.validate(await bearer({ oid: undefined })), 'invalid_token', 401);
    });

    it('rejects a token for another audience (e.g. Microsoft Graph)', async () => {
      await rejectsWith(validator.validate(await bearer({ aud: '00000003-0000-0000-c000-000000000000' })), 'wrong_audience', 401);
      await rejectsWith(validator.validate(await bearer({ aud: `api://elsewhere.example/${CLIENT}` })), 'wrong_audience', 401);
    });

    it('rejects a token from another issuer', async () => {
      await rejectsWith(validator.validate(await bearer({ iss: `${sso.authorityHost}/other-tenant/v2.0` })), 'wrong_issuer', 401);
      await rejectsWith(validator.validate(await bearer({ iss: 'https://sts.windows.net/other-tenant/' })), 'wrong_issuer', 401);
    });

    it('rejects a token whose tid names another tenant', async () => {
      await rejectsWith(validator.validate(await bearer({ tid: 'ffffffff-0000-4000-8000-000000000000' })), 'wrong_tenant', 401);
    });

    it('refuses with 403 when access_as_user is missing, including app-only tokens', async () => {
      await rejectsWith(validator.validate(await bearer({ scp: 'User.Read' })), 'missing_scope', 403);
      await rejectsWith(validator.validate(await bearer({ scp: 'access_as_user_admin' })), 'missing_scope', 403);
      await rejectsWith(validator.validate(await bearer({ scp: undefined, roles: ['Coordinator'], idtyp: 'app' })), 'missing_scope', 403);
    });

    it('finds the scope among others', async () => {
      await validator.validate(await bearer({ scp: 'User.Read access_as_user' }));
    });
  });

  describe('signatures and headers', () => {
    it('rejects a token signed by a key that is not in the JWKS', async () => {
      await rejectsWith(validator.validate(await bearer({}, attacker)), 'invalid_signature', 401);
    });

    it('rejects a forged token that claims the kid of a published key', async () => {
      const forged = await mint(attacker, claims({ roles: ['Coordinator'] }), { kid: key.kid });
      await rejectsWith(validator.validate(`Bearer ${forged}`), 'invalid_signature', 401);
    });

    it('rejects alg none and HS256 before fetching any key', async () => {
      await rejectsWith(validator.validate(`Bearer ${unsignedToken(claims(), key.kid)}`), 'invalid_token', 401);
      const secret = Buffer.from(JSON.stringify(key.publicJwk));
      await rejectsWith(validator.validate(`Bearer ${await hs256Token(claims(), secret, key.kid)}`), 'invalid_token', 401);
      assert.equal(server.hits, 0);
    });

    it('treats a missing or malformed Authorization header as no token', async () => {
      for (const header of [undefined, '', 'Basic dXNlcjpwYXNz', 'Bearer', 'Bearer ', 'bearer\tabc def']) {
        await rejectsWith(validator.validate(header), 'missing_token', 401);
      }
      await rejectsWith(validator.validate('Bearer not-a-jwt'), 'invalid_token', 401);
      await rejectsWith(validator.validate('bearer a.b.c'), 'invalid_token', 401);
    });

    it('never repeats token contents in the error', async () => {
      const token = await mint(key, claims({ aud: 'secret-audience-value', name: 'Hemmelig Person' }));
      const error = await rejectsWith(validator.validate(`Bearer ${token}`), 'wrong_audience', 401);
      for (const text of [error.message, String(error), JSON.stringify(error)]) {
        assert.ok(!/secret-audience-value|Hemmelig|eyJ/.test(text), text);
      }
      assert.equal(error.cause, undefined);
    });
  });

  describe('the JWKS', () => {
    it('is fetched over HTTP once and then served from the cache', async () => {
      await validator.validate(await bearer());
      assert.equal(server.hits, 1);
      await validator.validate(await bearer({ roles: ['Coordinator'] }));
      assert.equal(server.hits, 1);
    });

    it('is fetched again for a new kid after rotation', async () => {
      const rotating = entraValidatorFromConfig(sso, { jwksCooldownMs: 0 });
      await rotating.validate(await bearer());
      const next = makeKey('entra-key-2');
      server.publish([key, next]);
      const principal = await rotating.validate(await bearer({ roles: ['Coordinator'] }, next));
      assert.equal(principal.isCoordinator, true);
      assert.equal(server.hits, 2);
    });

    it('is not refetched for unknown kids during the cooldown, so forgeries cannot flood Entra', async () => {
      await validator.validate(await bearer());
      for (let i = 0; i < 3; i++) await rejectsWith(validator.validate(await bearer({}, attacker)), 'invalid_signature', 401);
      assert.equal(server.hits, 1);
    });

    it('answers 503, not 401, when the keys cannot be fetched', async () => {
      server.failWith = 500;
      const error = await rejectsWith(validator.validate(await bearer()), 'key_service_unavailable', 503);
      assert.ok(error.cause, 'the fetch failure is kept for the logs');
      const unreachable = entraValidatorFromConfig({ ...sso, authorityHost: 'http://127.0.0.1:9' }, { fetchTimeoutMs: 2000 });
      await rejectsWith(unreachable.validate(await bearer()), 'key_service_unavailable', 503);
    });
  });

  it('points at the real Entra endpoints for the configured tenant', () => {
    const endpoints = entraEndpoints({ clientId: CLIENT, tenantId: TENANT, authorityHost: 'https://login.microsoftonline.com/', coordinatorGroupId: null });
    assert.deepEqual(endpoints, {
      issuers: [`https://login.microsoftonline.com/${TENANT}/v2.0`, `https://sts.windows.net/${TENANT}/`],
      audiences: [CLIENT],
      tenantId: TENANT,
      jwksUri: `https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`,
    });
    assert.deepEqual(entraEndpoints({ clientId: CLIENT, tenantId: TENANT, authorityHost: 'https://x', coordinatorGroupId: null }, APP_ID_URI).audiences, [CLIENT, APP_ID_URI]);
  });
});
