import assert from 'node:assert/strict';
import restify from 'restify';
import { AuthError } from '../../bot/api/auth/authError.js';
import { LocalIssuer } from '../../bot/api/auth/localIssuer.js';
import { authenticate, sendAuthError } from '../../bot/api/auth/restifyAuth.js';

describe('restify authentication helpers', () => {
  const issuer = new LocalIssuer({ production: false });
  const server = restify.createServer({ name: 'auth-test', handleUncaughtExceptions: false });
  const auth = authenticate(issuer.validator());
  let base = '';

  before(async () => {
    server.get('/me', async (req, res) => {
      try {
        res.send(200, await auth(req));
      } catch (error) {
        sendAuthError(res, error);
      }
    });
    server.get('/denied', async (_req, res) => sendAuthError(res, new AuthError('missing_scope')));
    server.get('/broken', async (_req, res) => sendAuthError(res, new Error('database password is hunter2')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('hands the handler the principal from the Authorization header', async () => {
    const token = await issuer.issue({ userId: 'u-1', name: 'Kim', coordinator: true });
    const res = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { userId: string; isCoordinator: boolean; local: boolean };
    assert.deepEqual([body.userId, body.isCoordinator, body.local], ['u-1', true, true]);
  });

  it('answers 401 with a bare Bearer challenge when no token was sent', async () => {
    const res = await fetch(`${base}/me`);
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await res.json(), { error: 'missing_token', message: 'A bearer token is required.' });
  });

  it('answers 401 with error="invalid_token" for a bad token', async () => {
    const other = new LocalIssuer({ production: false });
    const token = await other.issue({ userId: 'u-1', name: 'Kim', coordinator: true });
    const res = await fetch(`${base}/me`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
    assert.equal(((await res.json()) as { error: string }).error, 'invalid_signature');
  });

  it('answers 403 with error="insufficient_scope" for a missing scope', async () => {
    const res = await fetch(`${base}/denied`);
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer error="insufficient_scope"');
    assert.equal(((await res.json()) as { error: string }).error, 'missing_scope');
  });

  it('hides anything that is not an AuthError behind a plain 500', async () => {
    const res = await fetch(`${base}/broken`);
    assert.equal(res.status, 500);
    const text = await res.text();
    assert.ok(!text.includes('hunter2'), text);
    assert.equal(JSON.parse(text).error, 'internal_error');
  });
});
