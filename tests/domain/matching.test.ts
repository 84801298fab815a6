import assert from 'node:assert/strict';
import { isValidCvr } from '../../bot/domain/cvr.js';
import { CompanyMatcher, type MatchableCompany, type MatchOutcome } from '../../bot/domain/matching/companyMatcher.js';

/** Small register with the near-duplicates staff actually confuse. */
const REGISTER: MatchableCompany[] = [
  company('13748136', 'Grenaa Maskinstation ApS', 'Grenaa', '8500', 'ApS'),
  company('20000015', 'Grenå Maskinudlejning ApS', 'Grenaa', '8500', 'ApS'),
  company('20079207', 'Glesborg Maskinstation ApS', 'Glesborg', '8585', 'ApS'),
  company('20158395', 'Ørum Autoværksted v/ Jens Nielsen', 'Ørum Djurs', '8586', 'Enkeltmandsvirksomhed'),
  company('20237589', 'Jensens Bageri', 'Auning', '8963', 'Enkeltmandsvirksomhed'),
  company('20316772', 'Jensen Bageri Auning ApS', 'Auning', '8963', 'ApS'),
  company('20395966', 'Allingåbro Tømrerforretning A/S', 'Allingåbro', '8961', 'A/S', ['Vivild Byg']),
  company('20475153', 'Maskinstation Nord I/S', 'Ørsted', '8950', 'I/S'),
  company('20554347', 'Kattegat Is I/S', 'Grenaa', '8500', 'I/S'),
  company('20633530', 'Djurs Auto Grenaa ApS', 'Grenaa', '8500', 'ApS'),
  company('20712724', 'Djurs Auto Auning ApS', 'Auning', '8963', 'ApS'),
  company('20791918', 'Nielsen & Søn VVS ApS', 'Trustrup', '8570', 'ApS'),
  company('20871105', 'Anholt Kro', 'Anholt', '8592', 'Enkeltmandsvirksomhed', [], false),
  company('20950293', 'Anholt Kro ApS', 'Anholt', '8592', 'ApS'),
  company('21029483', 'Lægehuset i Vivild', 'Allingåbro', '8961', 'I/S'),
];

function company(
  cvr: string, name: string, town: string, postalCode: string, legalForm: string, secondaryNames: string[] = [], active = true,
): MatchableCompany {
  return { cvr, name, town, postalCode, legalForm, secondaryNames, active };
}

function matcher(): CompanyMatcher {
  const m = new CompanyMatcher();
  for (const c of REGISTER) m.upsert(c);
  return m;
}

const byName = (name: string): string => (REGISTER.find((c) => c.name === name) as MatchableCompany).cvr;

function assertClear(outcome: MatchOutcome, name: string, query: string): void {
  assert.equal(outcome.kind, 'clear', `${query}: ${JSON.stringify(outcome)}`);
  assert.equal(outcome.hits[0].cvr, byName(name), `${query}: ${JSON.stringify(outcome.hits)}`);
}

describe('matching: CompanyMatcher', () => {
  const m = matcher();

  it('uses valid CVR numbers in the test register', () => {
    for (const c of REGISTER) assert.ok(isValidCvr(c.cvr), c.cvr);
    assert.equal(m.size, REGISTER.length);
  });

  it('finds a company by CVR written with spaces, DK prefix or "CVR-nr."', () => {
    for (const q of ['13748136', 'DK 13 74 81 36', 'dk-13748136', 'DK13748136', '13 74 81 36', 'CVR-nr. 13748136', 'cvr: 13748136']) {
      const o = m.search(q);
      assert.equal(o.kind, 'cvr', q);
      assert.deepEqual(o.cvrQuery, { cvr: '13748136', valid: true, known: true });
      assert.equal(o.hits[0].name, 'Grenaa Maskinstation ApS');
    }
  });

  it('reports an invalid CVR and suggests the known one a slip away', () => {
    const typo = m.search('13748163');
    assert.equal(typo.kind, 'none');
    assert.deepEqual(typo.cvrQuery, { cvr: '13748163', valid: false, known: false });
    assert.deepEqual(typo.hits.map((h) => h.cvr), ['13748136']);
    const wrongDigit = m.search('DK 13 74 81 37');
    assert.equal(wrongDigit.cvrQuery?.valid, false);
    assert.equal(wrongDigit.hits[0].cvr, '13748136');
  });

  it('reports a valid but unknown CVR without guessing', () => {
    const o = m.search('10150817');
    assert.equal(o.kind, 'none');
    assert.deepEqual(o.cvrQuery, { cvr: '10150817', valid: true, known: false });
    assert.deepEqual(o.hits, []);
  });

  it('answers exact names, any case, other word order', () => {
    for (const q of ['Grenaa Maskinstation ApS', 'grenaa maskinstation', 'GRENAA MASKINSTATION', 'Maskinstation Grenaa']) {
      assertClear(m.search(q), 'Grenaa Maskinstation ApS', q);
    }
  });

  it('tolerates one or two typos', () => {
    for (const q of ['Grenaa Maksinstation', 'Grneaa Maskinstation', 'Gernaa Maskinstatin', 'Grenaa Maskinnstation']) {
      assertClear(m.search(q), 'Grenaa Maskinstation ApS', q);
    }
    assertClear(m.search('Allingåbro Tømrerforetning'), 'Allingåbro Tømrerforretning A/S', 'one drop');
  });

  it('ignores a missing, extra or wrong legal suffix and the "v/" owner', () => {
    assertClear(m.search('Grenaa Maskinstation A/S'), 'Grenaa Maskinstation ApS', 'wrong suffix');
    assertClear(m.search('Grenaa Maskinstation AS'), 'Grenaa Maskinstation ApS', 'slash-less suffix');
    assertClear(m.search('Ørum Autoværksted ApS'), 'Ørum Autoværksted v/ Jens Nielsen', 'extra suffix');
    assertClear(m.search('Ørum Autoværksted'), 'Ørum Autoværksted v/ Jens Nielsen', 'no owner');
    assertClear(m.search('autoværksted jens nielsen'), 'Ørum Autoværksted v/ Jens Nielsen', 'owner and trade');
    assertClear(m.search('Nielsen og Søn VVS'), 'Nielsen & Søn VVS ApS', '& as og');
  });

  it('keeps "Is" (ice) when it is part of the name', () => {
    assertClear(m.search('Kattegat Is'), 'Kattegat Is I/S', 'is');
  });

  it('meets æ/ø/å written as ae/oe/aa or as plain a/o', () => {
    for (const q of ['Oerum Autovaerksted', 'Orum Autovarksted', 'ørum autoværksted']) {
      assertClear(m.search(q), 'Ørum Autoværksted v/ Jens Nielsen', q);
    }
    for (const q of ['Allingabro Tomrerforretning', 'Allingaabro Toemrerforretning']) {
      assertClear(m.search(q), 'Allingåbro Tømrerforretning A/S', q);
    }
    assertClear(m.search('Grenaa Maskinudlejning'), 'Grenå Maskinudlejning ApS', 'aa for å');
  });

  it('tells near-duplicates apart', () => {
    assertClear(m.search('Grenaa Maskinstation'), 'Grenaa Maskinstation ApS', 'station');
    assertClear(m.search('Grenå Maskinudlejning'), 'Grenå Maskinudlejning ApS', 'udlejning');
    assertClear(m.search('Jensens Bageri'), 'Jensens Bageri', 'genitive');
    assertClear(m.search('Jensen Bageri Auning'), 'Jensen Bageri Auning ApS', 'with town');
  });

  it('reads "<trade>en i <town>" against the name and against the address', () => {
    assertClear(m.search('maskinstationen i Glesborg'), 'Glesborg Maskinstation ApS', 'town in name');
    assertClear(m.search('autoværkstedet i Ørum'), 'Ørum Autoværksted v/ Jens Nielsen', 'definite -et');
    assertClear(m.search('tømrerforretningen i Allingåbro'), 'Allingåbro Tømrerforretning A/S', 'definite -en');
    assertClear(m.search('maskinstationen i Ørsted'), 'Maskinstation Nord I/S', 'town from address');
    assertClear(m.search('lægehuset i vivild'), 'Lægehuset i Vivild', 'name with "i"');
  });

  it('finds a company by its secondary name and says so', () => {
    const o = m.search('Vivild Byg');
    assertClear(o, 'Allingåbro Tømrerforretning A/S', 'binavn');
    assert.equal(o.hits[0].name, 'Allingåbro Tømrerforretning A/S');
    assert.equal(o.hits[0].matchedName, 'Vivild Byg');
  });

  it('offers a choice when several fit equally well', () => {
    const o = m.search('Djurs Auto');
    assert.equal(o.kind, 'ambiguous');
    assert.deepEqual(new Set(o.hits.map((h) => h.cvr)), new Set([byName('Djurs Auto Grenaa ApS'), byName('Djurs Auto Auning ApS')]));
    const bakers = m.search('bageriet i Auning');
    assert.equal(bakers.kind, 'ambiguous');
    assert.ok(bakers.hits.length >= 2 && bakers.hits.length <= 5);
  });

  it('says none but suggests the nearest when nothing fits well', () => {
    const o = m.search('Kolind Maskinfabrik Vestjylland');
    assert.equal(o.kind, 'none');
    assert.equal(m.search('Fjerritslev Skibsværft').hits.length, 0);
    const weak = m.search('Kolind Maskinstation Vestjylland');
    assert.equal(weak.kind, 'none');
    assert.ok(weak.hits.length > 0 && weak.hits.every((h) => h.score < 0.7), JSON.stringify(weak));
  });

  it('ranks a closed company below its active namesake', () => {
    const o = m.search('Anholt Kro');
    assert.equal(o.hits[0].cvr, byName('Anholt Kro ApS'));
    assert.ok(o.hits.some((h) => h.cvr === byName('Anholt Kro')));
  });

  it('respects the limit and keeps scores within 0..1, best first', () => {
    const o = m.search('maskinstation', 2);
    assert.ok(o.hits.length <= 2);
    const all = m.search('grenaa');
    for (const h of all.hits) assert.ok(h.score >= 0 && h.score <= 1);
    for (let i = 1; i < all.hits.length; i++) assert.ok(all.hits[i - 1].score >= all.hits[i].score);
  });

  it('keeps the index current on upsert and remove', () => {
    const local = matcher();
    local.upsert({ ...REGISTER[0], name: 'Grenaa Agro ApS' });
    assert.equal(local.size, REGISTER.length);
    assert.ok(!local.search('Grenaa Maskinstation').hits.some((h) => h.cvr === '13748136' && h.score > 0.9));
    assertClear(local.search('Grenaa Agro'), 'Grenaa Maskinstation ApS', 'renamed keeps cvr');
    local.remove(byName('Glesborg Maskinstation ApS'));
    assert.equal(local.size, REGISTER.length - 1);
    assert.ok(!local.search('Glesborg Maskinstation').hits.some((h) => h.cvr === byName('Glesborg Maskinstation ApS')));
    assert.equal(local.search('20079207').kind, 'none');
    local.remove('99999999');
    local.upsert(company('21108677', 'Fornæs Fiskehandel', 'Grenaa', '8500', 'Enkeltmandsvirksomhed'));
    assert.equal(local.search('fornaes fiskehandel').hits[0].cvr, '21108677');
    local.upsert(REGISTER[0]);
    assertClear(local.search('Grenaa Maskinstation'), 'Grenaa Maskinstation ApS', 'restored');
  });

  it('does not throw on empty or garbage queries', () => {
    for (const q of ['', '   ', '!!!', 'ApS', 'i', 'v/', '12345', '123456789', '🙂', 'a'.repeat(500), 'DK', '%_*']) {
      const o = m.search(q);
      assert.ok(['none', 'ambiguous', 'clear'].includes(o.kind), q);
    }
    assert.deepEqual(new CompanyMatcher().search('Grenaa Maskinstation'), { kind: 'none', hits: [] });
  });
});
