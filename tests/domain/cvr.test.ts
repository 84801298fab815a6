import assert from 'node:assert/strict';
import { cvrCheckDigit, isValidCvr, isValidPNumber, normalizeCvr } from '../../bot/domain/cvr.js';

describe('CVR numbers', () => {
  it('accepts real CVR numbers', () => {
    for (const cvr of ['13748136', '10150817', '55568510']) assert.equal(isValidCvr(cvr), true, cvr);
  });

  it('rejects a wrong check digit', () => {
    assert.equal(isValidCvr('13748137'), false);
    assert.equal(isValidCvr('12345678'), false);
  });

  it('rejects a leading zero even when the weighted sum fits', () => {
    const stem = '0123456';
    const digit = cvrCheckDigit(stem);
    assert.notEqual(digit, null);
    assert.equal(isValidCvr(stem + digit), false);
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const cvr of ['', '1374813', '137481360', '1374813X', ' 13748136']) assert.equal(isValidCvr(cvr), false, cvr);
  });

  it('computes check digits that validate, and none when the sum leaves 10', () => {
    assert.equal(cvrCheckDigit('1374813'), '6');
    assert.equal(cvrCheckDigit('4070001'), '3');
    assert.equal(isValidCvr('40700013'), true);
    const stems = Array.from({ length: 200 }, (_, i) => String(4000000 + i));
    const impossible = stems.filter((s) => cvrCheckDigit(s) === null);
    assert.ok(impossible.length > 0);
    for (const s of impossible) for (let d = 0; d <= 9; d++) assert.equal(isValidCvr(s + d), false);
  });

  it('normalizes how people write CVR numbers', () => {
    assert.equal(normalizeCvr('DK 13 74 81 36'), '13748136');
    assert.equal(normalizeCvr('dk-13748136'), '13748136');
    assert.equal(normalizeCvr(' 13.74.81.36 '), '13748136');
    assert.equal(normalizeCvr('1374813'), null);
    assert.equal(normalizeCvr('DK 13 74 81 3X'), null);
  });
});

describe('P-numbers', () => {
  it('checks the format only: ten digits', () => {
    assert.equal(isValidPNumber('1012345678'), true);
    // A modulus check would reject some real series, so any ten digits pass.
    assert.equal(isValidPNumber('1000000000'), true);
    for (const p of ['101234567', '10123456789', '10123456a8', '', '1012 345678']) assert.equal(isValidPNumber(p), false, p);
  });
});
