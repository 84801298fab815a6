import assert from 'node:assert/strict';
import { cvrCheckDigit } from '../../bot/domain/cvr.js';
import { normalizeLegalForm, parseCompanyFile } from '../../bot/domain/companyImport/index.js';

/** n distinct valid CVR numbers, built from consecutive stems. */
function validCvrs(n: number): string[] {
  const out: string[] = [];
  for (let stem = 3000000; out.length < n; stem++) {
    const digit = cvrCheckDigit(String(stem));
    if (digit !== null) out.push(`${stem}${digit}`);
  }
  return out;
}

describe('company import: format detection', () => {
  it('reads JSON when the first character is { or [, after a BOM and whitespace', () => {
    const doc = '{"cvrNummer": 40700013, "virksomhedMetadata": {"nyesteNavn": {"navn": "A"}}}';
    assert.equal(parseCompanyFile(`\uFEFF  \n${doc}`).format, 'cvr-json');
    assert.equal(parseCompanyFile(`[${doc}]`).format, 'cvr-json');
    assert.equal(parseCompanyFile(`${doc}\n${doc}`).rows.length, 1);
  });

  it('reads CSV otherwise', () => {
    const result = parseCompanyFile('\uFEFFcvr;navn\r\n40700013;Grenaa Havnekiosk\r\n', 'virksomheder.csv');
    assert.equal(result.format, 'csv');
    assert.equal(result.rows[0].company.name, 'Grenaa Havnekiosk');
  });

  it('trusts a .json file name so a damaged JSON file gets a JSON complaint', () => {
    const result = parseCompanyFile('Vrvirksomhed: oops', 'cvr-udtraek.json');
    assert.equal(result.format, 'cvr-json');
    assert.match(result.errors[0].reason, /JSON/);
  });
});

describe('company import: legal forms', () => {
  it('normalizes common spellings', () => {
    const cases: [string, string][] = [
      ['aps', 'ApS'], ['APS', 'ApS'], ['Anpartsselskab', 'ApS'], ['a/s', 'A/S'], ['A.S.', 'A/S'],
      ['enkeltmandsvirksomhed', 'Enkeltmandsvirksomhed'], ['ENK', 'Enkeltmandsvirksomhed'], ['i/s', 'I/S'],
      ['p/s', 'P/S'], ['k/s', 'K/S'], ['ivs', 'IVS'], ['a.m.b.a.', 'AmbA'], ['', ''], ['  Selvejende  institution ', 'Selvejende institution'],
    ];
    for (const [input, expected] of cases) assert.equal(normalizeLegalForm(input), expected, input);
  });
});

describe('company import: volume', () => {
  // Speed is measured by `npm run bench`; this checks that a large file keeps every row and its line number.
  it('parses 100,000 CSV rows with correct line numbers', function () {
    this.timeout(10_000);
    const cvrs = validCvrs(100_000);
    const lines = ['cvr;navn;branchekode;postnr;by;kommunekode;ansatte;reklamebeskyttet;virksomhedsform;binavne;pnumre'];
    cvrs.forEach((cvr, i) => {
      lines.push(`${cvr};"Virksomhed nr. ${i}; Grenaa";561010;8500;Grenaa;707;ANTAL_10_19;nej;ApS;Navn ${i}|Andet;1012345678`);
    });
    const text = lines.join('\r\n');
    const result = parseCompanyFile(text);
    assert.equal(result.errors.length, 0);
    assert.equal(result.rows.length, 100_000);
    assert.equal(result.rows[99_999].line, 100_001);
  });
});
