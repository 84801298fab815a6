import assert from 'node:assert/strict';
import { GraphUserDirectory, type GraphUserDirectoryOptions } from '../../bot/services/graph/index.js';
import { FixedTokenCredential, GraphStub } from '../support/graphStub.js';

const ANNE = { aadObjectId: '11111111-1111-4111-8111-111111111111', name: 'Anne' };
const BO = { aadObjectId: '22222222-2222-4222-8222-222222222222', name: 'Bo' };
const CARL = { aadObjectId: '33333333-3333-4333-8333-333333333333', name: 'Carl' };
const GHOST = { aadObjectId: '99999999-9999-4999-8999-999999999999', name: 'Ghost' };
const GROUP = 'aaaaaaaa-0000-4000-8000-000000000001';

describe('graph: user directory against a local Graph', () => {
  const stub = new GraphStub();
  let baseUrl = '';
  let credential: FixedTokenCredential;
  let lines: string[];
  let now: number;

  const directory = (extra: Partial<GraphUserDirectoryOptions> = {}): GraphUserDirectory => new GraphUserDirectory({
    credential, baseUrl, coordinatorGroupId: GROUP, log: (m) => lines.push(m), now: () => now, ...extra,
  });

  before(async () => {
    baseUrl = await stub.start();
  });
  after(async () => {
    await stub.stop();
  });
  beforeEach(() => {
    stub.requests.length = 0;
    stub.failWith = null;
    stub.delayMs = 0;
    stub.users.clear();
    stub.users.set(ANNE.aadObjectId, { department: 'Arbejdsmarkedsafdelingen', groups: [GROUP] });
    stub.users.set(BO.aadObjectId, { department: 'Norddjurs Kommune', officeLocation: 'Ungeindsatsen, Grenaa', groups: ['other-group'] });
    stub.users.set(CARL.aadObjectId, { department: 'Økonomi' });
    credential = new FixedTokenCredential('stub-token-42');
    lines = [];
    now = 1_000_000;
  });

  it('maps the department to a unit, falling back to the office', async () => {
    const d = directory();
    assert.equal(await d.unitOf(ANNE), 'jobcenter');
    assert.equal(await d.unitOf(BO), 'unge');
    assert.equal(await d.unitOf(CARL), null);
    assert.equal(stub.requests[0].method, 'GET');
    assert.equal(decodeURIComponent(stub.requests[0].url), `/v1.0/users/${ANNE.aadObjectId}?$select=department,officeLocation`);
  });

  it('sends the credential\'s token as a bearer token on every request', async () => {
    const d = directory();
    await d.unitOf(ANNE);
    await d.isCoordinator(ANNE);
    assert.equal(stub.requests.length, 2);
    for (const r of stub.requests) assert.equal(r.authorization, 'Bearer stub-token-42');
    assert.ok(credential.calls >= 1);
  });

  it('checks membership of the coordinator group', async () => {
    const d = directory();
    assert.equal(await d.isCoordinator(ANNE), true);
    assert.equal(await d.isCoordinator(BO), false);
    const post = stub.requests.find((r) => r.url.endsWith(`/users/${ANNE.aadObjectId}/checkMemberGroups`));
    assert.ok(post);
    assert.equal(post.method, 'POST');
    assert.deepEqual(post.body, { groupIds: [GROUP] });
  });

  it('asks nothing without a coordinator group or a usable object id', async () => {
    assert.equal(await directory({ coordinatorGroupId: null }).isCoordinator(ANNE), false);
    assert.equal(await directory().unitOf({ aadObjectId: null, name: 'x' }), null);
    assert.equal(await directory().unitOf({ aadObjectId: 'local-user-1', name: 'x' }), null);
    assert.equal(await directory().isCoordinator({ aadObjectId: '../users', name: 'x' }), false);
    assert.equal(stub.requests.length, 0);
  });

  it('caches answers for an hour: Graph is asked once', async () => {
    const d = directory();
    assert.equal(await d.unitOf(ANNE), 'jobcenter');
    assert.equal(await d.unitOf(ANNE), 'jobcenter');
    assert.equal(await d.isCoordinator(ANNE), true);
    assert.equal(await d.isCoordinator(ANNE), true);
    assert.equal(stub.hits(`/users/${ANNE.aadObjectId}?`), 1);
    assert.equal(stub.hits('/checkMemberGroups'), 1);
    now += 59 * 60_000;
    await d.unitOf(ANNE);
    assert.equal(stub.hits(`/users/${ANNE.aadObjectId}?`), 1);
    now += 60_000;
    stub.users.set(ANNE.aadObjectId, { department: 'Skoleområdet' });
    assert.equal(await d.unitOf(ANNE), 'skole');
    assert.equal(stub.hits(`/users/${ANNE.aadObjectId}?`), 2);
  });

  it('shares one request between concurrent turns', async () => {
    const d = directory();
    const answers = await Promise.all([d.unitOf(ANNE), d.unitOf(ANNE), d.unitOf(ANNE)]);
    assert.deepEqual(answers, ['jobcenter', 'jobcenter', 'jobcenter']);
    assert.equal(stub.hits('/users/'), 1);
  });

  it('answers null and false for a user Graph does not know, and remembers that', async () => {
    const d = directory();
    assert.equal(await d.unitOf(GHOST), null);
    assert.equal(await d.isCoordinator(GHOST), false);
    assert.equal(await d.unitOf(GHOST), null);
    assert.equal(stub.requests.length, 2);
    assert.deepEqual(lines, []);
  });

  it('answers null and false when Graph fails, logs once a minute, and asks again once it is back', async () => {
    const d = directory();
    stub.failWith = 500;
    assert.equal(await d.unitOf(ANNE), null);
    assert.equal(await d.isCoordinator(ANNE), false);
    assert.equal(await d.unitOf(ANNE), null);
    assert.equal(stub.requests.length, 3);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /Microsoft Graph: could not look up the unit: HTTP 500/);
    now += 60_000;
    assert.equal(await d.unitOf(BO), null);
    assert.equal(lines.length, 2);
    assert.match(lines[1], /2 more since the last report/);
    stub.failWith = null;
    assert.equal(await d.unitOf(ANNE), 'jobcenter');
    assert.equal(await d.isCoordinator(ANNE), true);
  });

  it('gives up on a Graph that does not answer in time, without throwing', async () => {
    const d = directory({ timeoutMs: 150 });
    stub.delayMs = 2_000;
    const started = Date.now();
    assert.equal(await d.unitOf(ANNE), null);
    assert.equal(await d.isCoordinator(ANNE), false);
    assert.ok(Date.now() - started < 1_500, `took ${Date.now() - started} ms`);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /no answer within 150 ms/);
    stub.delayMs = 0;
    assert.equal(await d.unitOf(ANNE), 'jobcenter');
  });

  it('answers null when no token can be had, and sends nothing', async () => {
    credential.fail = true;
    const d = directory();
    assert.equal(await d.unitOf(ANNE), null);
    assert.equal(await d.isCoordinator(ANNE), false);
    assert.equal(stub.requests.length, 0);
    assert.match(lines[0], /token endpoint unreachable/);
  });
});
