import assert from 'node:assert/strict';
import { CompanyMatcher, type MatchableCompany } from '../../bot/domain/matching/companyMatcher.js';
import { EntryTable, kindOf, termOf } from '../../bot/domain/matching/entryTable.js';
import { validCvr } from '../support/companies.js';

/** The typed-array records the scorer reads instead of objects (issue 16, national scale). */
describe('matching: the entry table', () => {
  it('keeps every live name\'s words through removals, reuse and compaction', () => {
    const table = new EntryTable();
    const words = (id: number, round: number): number[] => [(id * 7 + round) << 2, ((id + round) << 2) | 1, ((id * 3) << 2) | 2];
    for (let round = 0; round < 40; round++) {
      for (let id = 0; id < 300; id++) {
        if (round > 0) table.clear(id);
        // Every other name is removed for good in the last round, leaving holes that compaction must skip.
        if (round === 39 && id % 2 === 1) continue;
        table.set(id, words(id, round), id % 5 === 0 ? -1 : id % 11, id % 3 !== 0);
      }
    }
    for (let id = 0; id < 300; id++) {
      const codes = [...table.codes(id)];
      assert.deepEqual(codes, id % 2 === 1 ? [] : words(id, 39), `entry ${id}`);
      if (id % 2 === 0) {
        assert.deepEqual(codes.map(kindOf), [0, 1, 2]);
        assert.equal(termOf(codes[0]), id * 7 + 39);
        assert.equal(table.area[id], id % 5 === 0 ? -1 : id % 11);
        assert.equal(table.active[id], id % 3 !== 0 ? 1 : 0);
      }
    }
    // 40 rounds of 300 three-word names would need 36,000 slots without reclaiming the removed ones.
    assert.ok(table.pool.length < 8192, `pool of ${table.pool.length} slots`);
  });

  it('weighs a renamed company by its new name, not the one it had when it was first searched', () => {
    const matcher = new CompanyMatcher();
    const cvr = validCvr(4242);
    const base: MatchableCompany = { cvr, name: 'Fjordbakken Tømrer Glesborg Service', secondaryNames: [], legalForm: 'ApS', town: 'Glesborg', postalCode: '8585' };
    matcher.upsert(base);
    matcher.upsert({ ...base, cvr: validCvr(4243), name: 'Fjordbakken Tømrer' });
    const before = matcher.search('fjordbakken tømrer', 5).hits.find((h) => h.cvr === cvr);
    matcher.upsert({ ...base, name: 'Fjordbakken Tømrer Glesborg' });
    const after = matcher.search('fjordbakken tømrer', 5).hits.find((h) => h.cvr === cvr);
    assert.ok(before !== undefined && after !== undefined);
    assert.ok(after.score > before.score, `${after.score} after the shorter name, ${before.score} before`);
  });
});
