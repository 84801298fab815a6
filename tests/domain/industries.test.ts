import assert from 'node:assert/strict';
import { INDUSTRY_SECTIONS, normalizeIndustryCode, sectionByLetter, sectionOfCode } from '../../bot/domain/industries.js';

describe('DB07 industry sections', () => {
  it('maps codes to their section by NACE division', () => {
    const cases: [string, string][] = [
      ['011100', 'A'], ['032100', 'A'], ['061000', 'B'], ['101100', 'C'], ['351100', 'D'], ['381100', 'E'],
      ['412000', 'F'], ['471120', 'G'], ['493100', 'H'], ['551000', 'I'], ['561010', 'I'], ['620100', 'J'],
      ['641900', 'K'], ['682040', 'L'], ['702200', 'M'], ['812100', 'N'], ['841100', 'O'], ['855100', 'P'],
      ['862100', 'Q'], ['931100', 'R'], ['960200', 'S'], ['970000', 'T'], ['990000', 'U'],
    ];
    for (const [code, letter] of cases) assert.equal(sectionOfCode(code)?.code, letter, code);
  });

  it('gives undefined for unused divisions and malformed codes', () => {
    for (const code of ['040000', '340000', '000000', '54', '5610101', 'abcdef']) assert.equal(sectionOfCode(code), undefined, code);
  });

  it('has 21 sections A–U with non-overlapping divisions', () => {
    assert.equal(INDUSTRY_SECTIONS.length, 21);
    assert.equal(INDUSTRY_SECTIONS.map((s) => s.code).join(''), 'ABCDEFGHIJKLMNOPQRSTU');
    for (let i = 1; i < INDUSTRY_SECTIONS.length; i++) {
      assert.ok(INDUSTRY_SECTIONS[i].divisions[0] > INDUSTRY_SECTIONS[i - 1].divisions[1]);
    }
  });

  it('normalizes codes written with dots or spaces', () => {
    assert.equal(normalizeIndustryCode('56.10.10'), '561010');
    assert.equal(normalizeIndustryCode(' 561 010 '), '561010');
    assert.equal(normalizeIndustryCode('56101'), null);
    assert.equal(normalizeIndustryCode('5610A0'), null);
  });

  it('finds sections by letter, case-insensitively', () => {
    assert.equal(sectionByLetter('i')?.name, 'Overnatningsfaciliteter og restaurationsvirksomhed');
    assert.equal(sectionByLetter('Z'), undefined);
  });
});
