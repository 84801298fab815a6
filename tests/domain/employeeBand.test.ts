import assert from 'node:assert/strict';
import { bandForHeadcount, bandLabel, bandRank, parseEmployeeBand } from '../../bot/domain/employeeBand.js';

describe('employee bands', () => {
  it('reads headcounts', () => {
    assert.equal(parseEmployeeBand('0'), 'ANTAL_0_0');
    assert.equal(parseEmployeeBand('1'), 'ANTAL_1_1');
    assert.equal(parseEmployeeBand('12'), 'ANTAL_10_19');
    assert.equal(parseEmployeeBand(' 499 '), 'ANTAL_200_499');
    assert.equal(parseEmployeeBand('25000'), 'ANTAL_1000_999999');
  });

  it('reads CVR band codes, including the differently spelled top band', () => {
    assert.equal(parseEmployeeBand('ANTAL_10_19'), 'ANTAL_10_19');
    assert.equal(parseEmployeeBand('antal_2_4'), 'ANTAL_2_4');
    assert.equal(parseEmployeeBand('ANTAL_1000_999999'), 'ANTAL_1000_999999');
    assert.equal(parseEmployeeBand('ANTAL_1000_'), 'ANTAL_1000_999999');
  });

  it('reads plain ranges and an open top', () => {
    assert.equal(parseEmployeeBand('10-19'), 'ANTAL_10_19');
    assert.equal(parseEmployeeBand('20–49'), 'ANTAL_20_49');
    assert.equal(parseEmployeeBand('1000+'), 'ANTAL_1000_999999');
  });

  it('gives null for empty input and undefined for what it cannot read', () => {
    assert.equal(parseEmployeeBand(''), null);
    assert.equal(parseEmployeeBand('   '), null);
    for (const t of ['mange', '19-10', 'ANTAL_', '-5', '1,5']) assert.equal(parseEmployeeBand(t), undefined, t);
  });

  it('orders and labels bands', () => {
    assert.ok(bandRank('ANTAL_50_99') > bandRank('ANTAL_10_19'));
    assert.equal(bandRank(null), -1);
    assert.equal(bandLabel('ANTAL_2_4'), '2–4');
    assert.equal(bandLabel(null), null);
    assert.equal(bandForHeadcount(9).id, 'ANTAL_5_9');
  });
});
