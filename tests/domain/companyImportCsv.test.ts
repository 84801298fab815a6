import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCompanyCsv } from '../../bot/domain/companyImport/csvParser.js';
import type { ParsedImport } from '../../bot/domain/companyImport/importResult.js';

// Tests run from dist/tests/domain; fixtures stay in the source tree.
const fixture = (name: string): string => readFileSync(join(__dirname, '../../../tests/fixtures/import', name), 'utf8');

function byCvr(result: ParsedImport, cvr: string) {
  const row = result.rows.find((r) => r.company.cvr === cvr);
  assert.ok(row, `no row for ${cvr}`);
  return row;
}

describe('company import: CSV', () => {
  describe('a well-formed file (companies.csv)', () => {
    const result = parseCompanyCsv(fixture('companies.csv'));

    it('reads every row, skipping the blank line silently', () => {
      assert.equal(result.format, 'csv');
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.rows.map((r) => r.line), [2, 3, 4, 5, 6, 7, 8, 10, 13]);
    });

    it('maps every recognised column', () => {
      assert.deepEqual(byCvr(result, '40700013').company, {
        cvr: '40700013',
        pNumbers: ['1012345678', '1012345679'],
        name: 'Grenaa Havnekiosk',
        secondaryNames: ['Kiosken ved Havnen', 'Havnekiosken'],
        legalForm: 'ApS',
        industryCode: '561010',
        industryCodeVersion: 'DB07',
        address: { street: 'Havnevej 1', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' },
        employeeBand: 'ANTAL_2_4',
        advertisingProtected: false,
        status: 'NORMAL',
        inMunicipality: true,
        fictional: false,
      });
    });

    it('keeps semicolons inside quotes, splits P-numbers on commas, pads 0707 and reads a headcount', () => {
      const c = byCvr(result, '40700382').company;
      assert.equal(c.name, 'Djurs Maskinstation; Gjerrild');
      assert.deepEqual(c.pNumbers, ['1023456789', '1023456780']);
      assert.equal(c.address.municipalityCode, '707');
      assert.equal(c.industryCode, '011100');
      assert.equal(c.employeeBand, 'ANTAL_10_19');
      assert.equal(c.advertisingProtected, true);
      assert.equal(c.legalForm, 'A/S');
    });

    it('unescapes doubled quotes and reads ranges, 1/true/Ja and dotted branch codes', () => {
      const c = byCvr(result, '40700757').company;
      assert.equal(c.name, 'Tømrerfirmaet "Kilen" v/ Hansen');
      assert.equal(c.industryCode, '432200');
      assert.equal(c.employeeBand, 'ANTAL_10_19');
      assert.equal(c.advertisingProtected, true);
      assert.equal(c.legalForm, 'Enkeltmandsvirksomhed');
      assert.equal(byCvr(result, '40701125').company.advertisingProtected, true);
      assert.equal(byCvr(result, '40702601').company.advertisingProtected, true);
    });

    it('records the code version, the top band and the status', () => {
      const auning = byCvr(result, '40701125').company;
      assert.equal(auning.industryCodeVersion, 'DB25');
      assert.equal(auning.employeeBand, 'ANTAL_1000_999999');
      assert.equal(byCvr(result, '40702237').company.status, 'OPHØRT');
      assert.equal(byCvr(result, '40702237').company.employeeBand, 'ANTAL_0_0');
      assert.equal(byCvr(result, '40701869').company.employeeBand, null);
    });

    it('reports a record with line breaks inside quotes on the line where it starts', () => {
      const row = byCvr(result, '40702601');
      assert.equal(row.line, 10);
      assert.equal(row.company.name, 'Fjellerup Strand Camping Afdeling Nord');
      assert.equal(row.company.address.street, 'Strandvej 10 Fjellerup');
      assert.equal(row.company.legalForm, 'AmbA');
      assert.equal(byCvr(result, '40702970').line, 13);
    });

    it('decides membership by kommunekode, and by postal code only when it is Norddjurs-only', () => {
      const inside = (cvr: string) => byCvr(result, cvr).company.inMunicipality;
      assert.equal(inside('40701125'), true, '707');
      assert.equal(inside('40701494'), false, '706 Ryomgård');
      assert.equal(inside('40702970'), false, '751 Aarhus');
      assert.equal(inside('40700757'), true, 'no kode, 8961 is Norddjurs-only');
      assert.equal(inside('40702237'), true, 'no kode, 8592 Anholt');
      assert.equal(inside('40701869'), false, 'no kode, 8560 is shared with Syddjurs');
    });
  });

  it('handles a BOM, CRLF and CRLF inside quotes (bom-crlf.csv)', () => {
    const result = parseCompanyCsv(fixture('bom-crlf.csv'));
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows.map((r) => [r.line, r.company.cvr]), [[2, '40703349'], [3, '40703713'], [6, '40704086']]);
    assert.equal(result.rows[1].company.name, 'Ørsted El og VVS');
  });

  it('reports every kind of bad row with its line and keeps the good ones (errors.csv)', () => {
    const result = parseCompanyCsv(fixture('errors.csv'));
    assert.deepEqual(result.rows.map((r) => r.company.cvr), ['40704450']);
    assert.deepEqual(result.errors, [
      { line: 3, reason: 'ugyldigt CVR-nummer "12345678" (kontrolcifferet passer ikke)' },
      { line: 4, reason: 'ugyldigt CVR-nummer "04070001" (kan ikke begynde med 0)' },
      { line: 5, reason: 'ugyldigt CVR-nummer "4070001" (skal være 8 cifre)' },
      { line: 6, reason: 'CVR-nummeret mangler' },
      { line: 7, reason: 'navnet mangler' },
      { line: 8, reason: 'ugyldig branchekode "5610A" (skal være 6 cifre, fx 561010)' },
      { line: 9, reason: 'ugyldigt postnummer "850" (skal være 4 cifre, fx 8500)' },
      { line: 10, reason: 'antal ansatte "mange" kan ikke læses (skriv et tal som 12 eller et interval som 10-19)' },
      { line: 11, reason: 'reklamebeskyttet "måske" kan ikke læses (skriv ja eller nej)' },
      { line: 12, reason: 'ugyldigt P-nummer "12345" (skal være 10 cifre)' },
      { line: 13, reason: 'ugyldig kommunekode "abc" (skal være 3 cifre, fx 707)' },
      { line: 14, reason: 'ukendt kodeversion "DB99" (skriv DB07 eller DB25)' },
      {
        line: 15,
        reason: 'ugyldigt CVR-nummer "12345678" (kontrolcifferet passer ikke); navnet mangler; ugyldigt postnummer "85OO" (skal være 4 cifre, fx 8500)',
      },
    ]);
  });

  it('keeps the last row for a repeated CVR and reports the earlier ones (duplicates.csv)', () => {
    const result = parseCompanyCsv(fixture('duplicates.csv'));
    assert.deepEqual(result.rows.map((r) => [r.line, r.company.name]), [[3, 'Anden Virksomhed'], [5, 'Endelig Udgave']]);
    const reason = 'CVR-nummeret 40700013 står også på linje 5; den sidste række bruges';
    assert.deepEqual(result.errors, [{ line: 2, reason }, { line: 4, reason }]);
  });

  it('refuses a file without a header with one error on line 1 (no-header.csv)', () => {
    const result = parseCompanyCsv(fixture('no-header.csv'));
    assert.equal(result.rows.length, 0);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].line, 1);
    assert.match(result.errors[0].reason, /"cvr" og "navn"/);
  });

  it('names the one missing required column', () => {
    const result = parseCompanyCsv('cvr;postnr\n40700013;8500\n');
    assert.deepEqual(result.errors, [{ line: 1, reason: 'overskriften mangler kolonnen "navn"' }]);
    assert.equal(result.rows.length, 0);
  });

  it('says so when the file is empty', () => {
    assert.deepEqual(parseCompanyCsv('\uFEFF\r\n\r\n').errors, [{ line: 1, reason: 'filen er tom' }]);
  });

  it('accepts a header only, with no rows and no errors', () => {
    assert.deepEqual(parseCompanyCsv('cvr;navn\r\n'), { format: 'csv', rows: [], errors: [] });
  });

  it('tolerates rows shorter than the header, extra columns and unknown columns', () => {
    const result = parseCompanyCsv('cvr;navn;telefon;postnr\n40700013;Kort række\n40700382;Lang række;12345678;8500;ekstra\n');
    assert.deepEqual(result.errors, []);
    assert.equal(result.rows[0].company.address.postalCode, null);
    assert.equal(result.rows[1].company.address.postalCode, '8500');
  });

  it('reports an unclosed quote where it opens and stops there', () => {
    const result = parseCompanyCsv('cvr;navn\n40700013;Først\n40700382;"Aldrig lukket\n40700757;Sidst\n');
    assert.deepEqual(result.rows.map((r) => r.company.cvr), ['40700013']);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].line, 3);
    assert.match(result.errors[0].reason, /lukkes aldrig/);
  });

  it('skips lines of empty cells that spreadsheets leave behind', () => {
    const result = parseCompanyCsv('cvr;navn;postnr\n;;\n40700013;Grenaa Havnekiosk;8500\n ; ; \n');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows.map((r) => r.line), [3]);
  });

  it('reads "ja", "nej" and empty for reklamebeskyttet', () => {
    const result = parseCompanyCsv('cvr;navn;reklamebeskyttet\n40700013;A;JA\n40700382;B;nej\n40700757;C;\n');
    assert.deepEqual(result.rows.map((r) => r.company.advertisingProtected), [true, false, false]);
  });

  it('pads a five-digit branch code whose leading zero a spreadsheet dropped', () => {
    const result = parseCompanyCsv('cvr;navn;branchekode\n40700013;Djurs Landbrug;11100\n');
    assert.equal(result.rows[0].company.industryCode, '011100');
  });
});
