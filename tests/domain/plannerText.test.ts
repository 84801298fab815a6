import assert from 'node:assert/strict';
import { flagText, formatIndex, reasonsText, reasonText, type PlanReason } from '../../bot/domain/planning/index.js';

function both(r: PlanReason): [string, string] {
  return [reasonText(r, 'da'), reasonText(r, 'en')];
}

describe('plan reasons in words', () => {
  it('words silence and never-contacted, with singular months', () => {
    assert.deepEqual(both({ code: 'silent', months: 14, lastDate: '2025-01-02' }), ['tavs i 14 måneder', 'silent for 14 months']);
    assert.deepEqual(both({ code: 'silent', months: 1, lastDate: '2026-02-02' }), ['tavs i 1 måned', 'silent for 1 month']);
    assert.deepEqual(both({ code: 'neverContacted' }), ['aldrig kontaktet', 'never contacted']);
  });

  it('words under-coverage with the index, a decimal comma in Danish', () => {
    assert.deepEqual(both({ code: 'sectionUnderCovered', section: 'J', index: 0.4 }), [
      'branchen er underrepræsenteret (Information og kommunikation, indeks 0,4)',
      'industry under-represented (Information and communication, index 0.4)',
    ]);
    assert.deepEqual(both({ code: 'areaUnderCovered', area: '8592', index: 0.2818 }), [
      'området er underrepræsenteret (8592 Anholt, indeks 0,3)',
      'area under-represented (8592 Anholt, index 0.3)',
    ]);
    assert.equal(formatIndex(0.04, 'da'), '0,04');
    assert.equal(formatIndex(0, 'en'), '0');
  });

  it('words the unit reasons with the unit\'s name, dates and ratings', () => {
    assert.deepEqual(both({ code: 'lastGoodContact', unit: 'jobcenter', date: '2026-03-12', rating: 5 }), [
      'Jobcentret havde den seneste gode kontakt (12. marts 2026, vurdering 5/5)',
      'Jobcentre had the last good contact (12 March 2026, rated 5/5)',
    ]);
    assert.equal(reasonText({ code: 'lastGoodContact', unit: 'erhverv', date: '2025-06-01', rating: null }, 'da'),
      'Erhverv havde den seneste gode kontakt (1. juni 2025)');
    assert.deepEqual(both({ code: 'followUpDue', unit: 'skole', date: '2026-03-20' }), [
      'opfølgning aftalt til 20. marts 2026 (Skoleområdet)', 'follow-up due 20 March 2026 (Schools)',
    ]);
    assert.deepEqual(both({ code: 'unitFit', unit: 'skole', purpose: 'aaben-skole', employeeBand: 'ANTAL_20_49' }), [
      'passer til Skoleområdet (Åben Skole, 20–49 ansatte)', 'suits Schools (Open School, 20–49 employees)',
    ]);
    assert.deepEqual(both({ code: 'unitFit', unit: 'erhverv', purpose: 'erhvervsservice', employeeBand: 'ANTAL_1_1' }), [
      'passer til Erhverv (Erhvervsservice, 1 ansat)', 'suits Business department (Business service, 1 employee)',
    ]);
    assert.equal(reasonText({ code: 'unitFit', unit: 'ny-enhed', purpose: 'andet', employeeBand: null }, 'da'), 'passer til ny-enhed (Andet)');
  });

  it('joins a list, and words the coordinator\'s own additions and the flags', () => {
    assert.equal(reasonsText([{ code: 'neverContacted' }, { code: 'addedByCoordinator' }], 'da'), 'aldrig kontaktet; tilføjet af erhvervskoordinatoren');
    assert.equal(flagText('advertisingProtected', 'da'), 'reklamebeskyttet: henvendelse kræver hjemmel eller virksomhedens samtykke');
    assert.equal(flagText('overCap', 'en'), 'beyond the unit’s share: no other unit could take it');
  });
});
