import http from 'node:http';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { loadJose, type Jose } from '../../bot/api/auth/jose.js';

/** A signing key as an identity provider holds it: the private half plus the JWK it publishes. */
export interface TestKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Jose.JWK;
}

export function makeKey(kid = `kid-${randomUUID()}`): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // Entra publishes keys without `alg`, so the test keys do too.
  return { kid, privateKey, publicJwk: { ...(publicKey.export({ format: 'jwk' }) as Jose.JWK), kid, use: 'sig' } };
}

/**
 * A local stand-in for Entra's key discovery: serves `/<tenant>/discovery/v2.0/keys` over real HTTP
 * on a free port and counts the fetches, so tests can see jose's caching and refetching happen.
 */
export class JwksServer {
  hits = 0;
  /** Non-200 status to answer with instead of the keys, to simulate an outage. */
  failWith: number | null = null;
  private published: Jose.JWK[] = [];
  private server: http.Server | null = null;
  private base = '';

  constructor(readonly tenantId: string, keys: (TestKey | Jose.JWK)[]) {
    this.publish(keys);
  }

  /** Resolves to the base URL, which plays the part of the authority host. */
  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== `/${this.tenantId}/discovery/v2.0/keys`) {
        // Two statements: restify patches ServerResponse globally and its writeHead returns nothing.
        res.writeHead(404);
        res.end();
        return;
      }
      this.hits += 1;
      if (this.failWith !== null) {
        res.writeHead(this.failWith);
        res.end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ keys: this.published }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('JWKS server has no port');
    this.base = `http://127.0.0.1:${address.port}`;
    return this.base;
  }

  get authorityHost(): string {
    return this.base;
  }

  get jwksUri(): string {
    return `${this.base}/${this.tenantId}/discovery/v2.0/keys`;
  }

  /** Replaces the published keys, as Entra does when it rotates; raw JWKs publish someone else's key. */
  publish(keys: (TestKey | Jose.JWK)[]): void {
    this.published = keys.map((k) => ('publicJwk' in k ? k.publicJwk : k));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    // fetch keeps connections alive; without this close() would wait for them to idle out.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }
}

export type Claims = Record<string, unknown>;

/** Signs any claims with any key; `kid` lets a forger claim the id of a published key. */
export async function mint(key: TestKey, claims: Claims, header: { kid?: string; alg?: string } = {}): Promise<string> {
  const jose = await loadJose();
  return new jose.SignJWT(claims)
    .setProtectedHeader({ alg: header.alg ?? 'RS256', typ: 'JWT', kid: header.kid ?? key.kid })
    .sign(key.privateKey);
}

/** A token with `alg: none` and an empty signature, which must never be accepted. */
export function unsignedToken(claims: Claims, kid?: string): string {
  return `${b64url({ alg: 'none', typ: 'JWT', ...(kid ? { kid } : {}) })}.${b64url(claims)}.`;
}

/** HS256 signed with a shared secret: the classic confusion attack when the secret is the public key. */
export async function hs256Token(claims: Claims, secret: Uint8Array, kid?: string): Promise<string> {
  const jose = await loadJose();
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...(kid ? { kid } : {}) }).sign(secret);
}

/** Claims shaped like an Entra v2 access token for a member of staff, valid for an hour. */
export function entraV2Claims(o: { authorityHost: string; tenantId: string; clientId: string }, overrides: Claims = {}): Claims {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: o.clientId,
    iss: `${o.authorityHost}/${o.tenantId}/v2.0`,
    iat: now - 60,
    nbf: now - 60,
    exp: now + 3600,
    tid: o.tenantId,
    oid: '5d0e6a1c-0000-4000-8000-000000000001',
    sub: 'pairwise-subject',
    name: 'Mette Medarbejder',
    preferred_username: 'mette@norddjurs.example',
    scp: 'access_as_user',
    azp: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
    ver: '2.0',
    ...overrides,
  };
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
