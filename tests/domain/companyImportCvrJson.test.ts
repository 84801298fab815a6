import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCvrJson } from '../../bot/domain/companyImport/cvrJsonParser.js';
import type { ParsedImport } from '../../bot/domain/companyImport/importResult.js';

// Tests run from dist/tests/domain; fixtures stay in the source tree.
const fixture = (name: string): string => readFileSync(join(__dirname, '../../../tests/fixtures/import', name), 'utf8');

function byCvr(result: ParsedImport, cvr: string) {
  const row = result.rows.find((r) => r.company.cvr === cvr);
  assert.ok(row, `no row for ${cvr}`);
  return row;
}

describe('company import: CVR JSON', () => {
  describe('an Elasticsearch response (cvr-es-response.json)', () => {
    const result = parseCvrJson(fixture('cvr-es-response.json'));

    it('maps the newest values from virksomhedMetadata', () => {
      assert.equal(result.format, 'cvr-json');
      assert.deepEqual(byCvr(result, '40703349'), {
        line: 1,
        company: {
          cvr: '40703349',
          pNumbers: ['1012345678'],
          name: 'Grenaa Tæpper ApS',
          secondaryNames: ['Tæppehuset', 'Grenaa Gulve', 'Grenaa Tæppelager ApS'],
          legalForm: 'ApS',
          industryCode: '475310',
          industryCodeVersion: 'DB07',
          address: { street: 'Storegade 12B, 1. tv', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' },
          employeeBand: 'ANTAL_10_19',
          advertisingProtected: true,
          status: 'NORMAL',
          inMunicipality: true,
          fictional: false,
        },
      });
    });

    it('falls back to the dated lists when metadata is missing', () => {
      const row = byCvr(result, '40703713');
      assert.equal(row.line, 2);
      const c = row.company;
      assert.equal(c.name, 'Ryomgård VVS v/Jens Jensen');
      assert.equal(c.industryCode, '432200');
      assert.equal(c.legalForm, 'Enkeltmandsvirksomhed');
      assert.deepEqual(c.address, { street: 'Stationsvej 7', postalCode: '8550', town: 'Ryomgård', municipalityCode: '706' });
      assert.equal(c.inMunicipality, false);
      assert.equal(c.employeeBand, null);
      assert.equal(c.advertisingProtected, false);
      assert.deepEqual(c.pNumbers, []);
    });

    it('reports a hit that is not a company by its position', () => {
      assert.deepEqual(result.errors, [
        { line: 3, reason: 'elementet er ikke en virksomhed fra CVR (forventede et Vrvirksomhed-objekt)' },
      ]);
    });
  });

  describe('a JSON array (cvr-array.json)', () => {
    const result = parseCvrJson(fixture('cvr-array.json'));

    it('accepts wrapped, bare and _source items', () => {
      assert.deepEqual(result.rows.map((r) => [r.line, r.company.cvr]), [
        [1, '40704450'], [2, '40704825'], [3, '40704086'], [6, '40705562'],
      ]);
    });

    it('pads numeric branch codes and reads the generic top band', () => {
      const c = byCvr(result, '40704450').company;
      assert.equal(c.industryCode, '011100');
      assert.equal(c.industryCodeVersion, 'DB07');
      assert.equal(c.employeeBand, 'ANTAL_1000_999999');
      assert.equal(c.legalForm, 'A/S');
      assert.equal(c.inMunicipality, true);
    });

    it('records DB25 when the branche says so, keeps an unknown legal form readable, bands a headcount', () => {
      const c = byCvr(result, '40704825').company;
      assert.equal(c.industryCodeVersion, 'DB25');
      assert.equal(c.legalForm, 'Særlig virksomhedsform');
      assert.equal(c.employeeBand, 'ANTAL_2_4');
      assert.equal(c.address.municipalityCode, null);
      assert.equal(c.inMunicipality, true, 'no kommunekode, 8592 is Norddjurs-only');
    });

    it('takes the latest name and status of a ceased company and keeps its former name', () => {
      const c = byCvr(result, '40704086').company;
      assert.equal(c.name, 'Glesborg Flødeis I/S');
      assert.deepEqual(c.secondaryNames, ['Glesborg Is I/S']);
      assert.equal(c.status, 'OPHØRT');
      assert.equal(c.legalForm, 'I/S');
      assert.equal(c.inMunicipality, false);
    });

    it('reports an invalid CVR and a duplicate by element number', () => {
      assert.deepEqual(result.errors, [
        { line: 4, reason: 'ugyldigt CVR-nummer "40705199" (kontrolcifferet passer ikke)' },
        { line: 5, reason: 'CVR-nummeret 40705562 står også på element nr. 6; det sidste bruges' },
      ]);
      assert.equal(byCvr(result, '40705562').company.name, 'Dublet ApS (rettet)');
    });
  });

  describe('NDJSON (cvr.ndjson)', () => {
    const result = parseCvrJson(fixture('cvr.ndjson'));

    it('uses physical lines, skips blank ones and expands a response page on one line', () => {
      assert.deepEqual(result.rows.map((r) => [r.line, r.company.cvr]), [[1, '40705198'], [5, '40700013'], [5, '40700382']]);
      assert.equal(result.rows[0].company.address.street, 'Kalorievej 10');
    });

    it('records DB25 when the code comes from a DB25 field', () => {
      assert.equal(byCvr(result, '40700013').company.industryCodeVersion, 'DB25');
      assert.equal(byCvr(result, '40700013').company.industryCode, '620100');
    });

    it('reports a broken line and a bad postal code without stopping', () => {
      assert.deepEqual(result.errors, [
        { line: 3, reason: 'linjen er ikke gyldig JSON og er sprunget over' },
        { line: 4, reason: 'ugyldigt postnummer "85000" (skal være 4 cifre, fx 8500)' },
      ]);
    });
  });

  it('refuses unparseable JSON with one error and no rows (broken.json)', () => {
    const result = parseCvrJson(fixture('broken.json'));
    assert.equal(result.rows.length, 0);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0].reason, /kunne ikke læses som JSON/);
    assert.equal(result.errors[0].line, 2);
  });

  it('reads a single bare document and a BOM', () => {
    const result = parseCvrJson('\uFEFF{"cvrNummer": "40700013", "virksomhedMetadata": {"nyesteNavn": {"navn": "Enlig A/S"}}}');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.rows.map((r) => [r.line, r.company.name, r.company.status]), [[1, 'Enlig A/S', 'NORMAL']]);
  });

  it('ignores ended production units and rejects a malformed P-number', () => {
    const company = (p: unknown) => JSON.stringify({
      cvrNummer: 40700013,
      virksomhedMetadata: { nyesteNavn: { navn: 'Enheder ApS' } },
      penheder: [p, { pNummer: 1099999999, periode: { gyldigFra: '2001-01-01', gyldigTil: '2010-01-01' } }],
    });
    assert.deepEqual(parseCvrJson(company({ pNummer: 1012345678 })).rows[0].company.pNumbers, ['1012345678']);
    assert.deepEqual(parseCvrJson(company({ pNummer: 123 })).errors, [{ line: 1, reason: 'ugyldigt P-nummer "123" (skal være 10 cifre)' }]);
  });

  it('says so when the file is empty', () => {
    assert.deepEqual(parseCvrJson('  \n').errors, [{ line: 1, reason: 'filen er tom' }]);
  });
});
