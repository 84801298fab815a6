import assert from 'node:assert/strict';
import { findCprNumbers } from '../../bot/domain/cprGuard.js';

describe('CPR guard', () => {
  const refused = [
    'Talte om 010203-1234 i praktik',
    'cpr 0102031234',
    'Elev 311299 1234 starter',
    '290200-4321',
    'Kontakt: 1506851111.',
  ];
  const allowed = [
    'P-nr. 1012345678 er værkstedet',
    'p-nummer: 1012345678',
    'produktionsenhed 1012345678',
    'Telefon 86 30 20 10',
    'Ring på 12345678',
    '3213456789 er ikke en dato',
    'Ordrenr. 9999999999',
    'Møde 01.02.2026 kl. 10',
  ];
  for (const text of refused) it(`refuses "${text}"`, () => assert.equal(findCprNumbers(text).length, 1));
  for (const text of allowed) it(`allows "${text}"`, () => assert.deepEqual(findCprNumbers(text), []));

  it('refuses a dashed CPR number even after a P-number label', () => {
    assert.equal(findCprNumbers('P-nr. 010203-1234').length, 1);
  });
  it('rejects impossible dates such as 30 February', () => {
    assert.deepEqual(findCprNumbers('3002991234'), []);
  });
});
