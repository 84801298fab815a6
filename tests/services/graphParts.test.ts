import assert from 'node:assert/strict';
import {
  DEFAULT_DEPARTMENT_RULES, graphDirectoryFromSettings, GraphUserDirectory, parseDepartmentRules, splitBaseUrl, unitForDepartment,
} from '../../bot/services/graph/index.js';
import { ThrottledLog } from '../../bot/services/graph/throttledLog.js';
import { TtlCache } from '../../bot/util/ttlCache.js';

describe('graph: department to unit', () => {
  it('maps the department names HR uses, case-insensitively', () => {
    const cases: [string | null, string | null][] = [
      ['Arbejdsmarkedsafdelingen', 'jobcenter'], ['Jobcenter Norddjurs', 'jobcenter'], ['JOBCENTER', 'jobcenter'],
      ['Ungeindsatsen', 'unge'], ['UNGEINDSATSEN', 'unge'], ['Børn og Familie', 'boern-familie'], ['Boern og familie', 'boern-familie'],
      ['BØRN OG FAMILIE', 'boern-familie'], ['Skoleområdet', 'skole'], ['Erhverv og Udvikling', 'erhverv'],
      ['Erhverv og Arbejdsmarked', 'jobcenter'], ['Økonomi', null], ['', null], [null, null],
    ];
    for (const [department, unit] of cases) assert.equal(unitForDepartment(department), unit, String(department));
  });

  it('reads rules from a setting, and refuses a malformed one', () => {
    const rules = parseDepartmentRules(' jobcenter=Arbejdsmarked, Jobcenter ; kultur=Kultur og Fritid;');
    assert.deepEqual(rules, [{ unit: 'jobcenter', contains: ['Arbejdsmarked', 'Jobcenter'] }, { unit: 'kultur', contains: ['Kultur og Fritid'] }]);
    assert.equal(unitForDepartment('Kultur og fritid, Grenaa', rules), 'kultur');
    assert.equal(unitForDepartment('Ungeindsatsen', rules), null);
    for (const bad of ['', 'jobcenter', '=Jobcenter', 'jobcenter=', 'a=b;c']) assert.throws(() => parseDepartmentRules(bad), Error, bad);
    assert.equal(DEFAULT_DEPARTMENT_RULES[0].unit, 'jobcenter');
  });
});

describe('graph: parts', () => {
  it('splits the base URL into the host and version the client joins', () => {
    assert.deepEqual(splitBaseUrl('https://graph.microsoft.com/v1.0'), { origin: 'https://graph.microsoft.com', host: 'https://graph.microsoft.com', version: 'v1.0' });
    assert.deepEqual(splitBaseUrl('http://127.0.0.1:4000/graph/beta/'), { origin: 'http://127.0.0.1:4000', host: 'http://127.0.0.1:4000/graph', version: 'beta' });
    assert.throws(() => splitBaseUrl('ftp://x/v1.0'));
  });

  it('keeps answers for their time and at most so many of them, least recently used out first', () => {
    let now = 0;
    const cache = new TtlCache<string | null>(1000, 2, () => now);
    cache.set('a', 'A');
    cache.set('b', null);
    assert.deepEqual(cache.get('b'), { value: null });
    assert.deepEqual(cache.get('a'), { value: 'A' });
    cache.set('c', 'C'); // evicts b, used less recently than a
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.size, 2);
    now = 999;
    assert.deepEqual(cache.get('c'), { value: 'C' });
    now = 1000;
    assert.equal(cache.get('c'), undefined);
  });

  it('logs a failure once per interval and says how many it held back', () => {
    let now = 0;
    const lines: string[] = [];
    const log = new ThrottledLog((m) => lines.push(m), 60_000, () => now);
    log.report('down');
    now = 30_000;
    log.report('down');
    log.report('down');
    now = 60_000;
    log.report('still down');
    assert.deepEqual(lines, ['down', 'still down (2 more since the last report)']);
    const quiet = new ThrottledLog(() => { throw new Error('logger broke'); });
    assert.doesNotThrow(() => quiet.report('x'));
  });

  it('builds the directory from settings with a secret or a managed identity, and refuses neither', () => {
    const base = { tenantId: 't', clientId: 'c', coordinatorGroupId: null, clientSecret: null, managedIdentityClientId: null };
    const log = (): void => {};
    assert.ok(graphDirectoryFromSettings({ ...base, clientSecret: 's' }, log) instanceof GraphUserDirectory);
    assert.ok(graphDirectoryFromSettings({ ...base, managedIdentityClientId: '00000000-0000-0000-0000-000000000001' }, log) instanceof GraphUserDirectory);
    assert.throws(() => graphDirectoryFromSettings(base, log), /client secret or a managed identity/);
    assert.throws(() => graphDirectoryFromSettings({ ...base, tenantId: null, clientSecret: 's' }, log), /tenant id/);
  });
});
