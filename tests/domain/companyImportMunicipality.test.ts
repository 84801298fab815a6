import assert from 'node:assert/strict';
import { parseCompanyFile, parseCvrDocuments } from '../../bot/domain/companyImport/index.js';
import { validCvr } from '../support/companies.js';
import { cvrHit } from '../support/cvrStandIn.js';

/** The file import counts companies as in the municipality by the configured kommunekoder, 707 by default. */
describe('company import: which kommunekoder count as in the municipality', () => {
  const csv = [
    'cvr;navn;postnr;by;kommunekode',
    `${validCvr(11)};Rønde Bageri ApS;8410;Rønde;706`,
    `${validCvr(12)};Grenaa Havnekiosk ApS;8500;Grenaa;707`,
    // No kommunekode: 8585 Glesborg is Norddjurs' alone, so only the postal code can tell.
    `${validCvr(13)};Glesborg Auto ApS;8585;Glesborg;`,
  ].join('\n');
  const membership = (codes?: string[]) =>
    parseCompanyFile(csv, 'virksomheder.csv', codes).rows.map((r) => [r.company.name, r.company.inMunicipality]);

  it('uses 707 (Norddjurs) when nothing is configured', () => {
    assert.deepEqual(membership(), [
      ['Rønde Bageri ApS', false],
      ['Grenaa Havnekiosk ApS', true],
      ['Glesborg Auto ApS', true],
    ]);
  });

  it('uses the configured codes instead, and the Norddjurs postal table only when 707 is one of them', () => {
    assert.deepEqual(membership(['706']), [
      ['Rønde Bageri ApS', true],
      ['Grenaa Havnekiosk ApS', false],
      ['Glesborg Auto ApS', false],
    ]);
    assert.deepEqual(membership(['706', '707']), [
      ['Rønde Bageri ApS', true],
      ['Grenaa Havnekiosk ApS', true],
      ['Glesborg Auto ApS', true],
    ]);
  });

  it('applies the same codes to CVR JSON documents', () => {
    const hits = [
      cvrHit({ cvr: validCvr(14), name: 'Syddjurs Tømrer ApS', kommune: 706 }),
      cvrHit({ cvr: validCvr(15), name: 'Anholt Kro ApS' }),
    ];
    assert.deepEqual(
      parseCvrDocuments(hits, ['706']).rows.map((r) => r.company.inMunicipality),
      [true, false],
    );
    assert.deepEqual(
      parseCvrDocuments(hits).rows.map((r) => r.company.inMunicipality),
      [false, true],
    );
  });
});
