import assert from 'node:assert/strict';
import { decodeCompanyFile, parseCompanyBytes } from '../../bot/domain/companyImport/index.js';

/** "cvr;navn;by\r\n40700013;Nørregaard ApS;Ørum Djurs\r\n" as Danish Excel saves it: ø = 0xF8, Ø = 0xD8. */
const WINDOWS_1252 = Buffer.concat([
  Buffer.from('cvr;navn;by\r\n40700013;N', 'ascii'), Buffer.from([0xf8]), Buffer.from('rregaard ApS;', 'ascii'),
  Buffer.from([0xd8]), Buffer.from('rum Djurs\r\n', 'ascii'),
]);
/** The same text as UTF-8 with a BOM ("CSV UTF-8"): ø = C3 B8, Ø = C3 98. */
const UTF_8 = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('cvr;navn;by\r\n40700013;N', 'ascii'), Buffer.from([0xc3, 0xb8]),
  Buffer.from('rregaard ApS;', 'ascii'), Buffer.from([0xc3, 0x98]), Buffer.from('rum Djurs\r\n', 'ascii'),
]);

describe('company import: the file\'s encoding', () => {
  it('reads a Windows-1252 file from Danish Excel with its æøå intact and says so', () => {
    const result = parseCompanyBytes(WINDOWS_1252, 'virksomheder.csv');
    assert.equal(result.encoding, 'Windows-1252');
    assert.deepEqual(result.errors, []);
    assert.equal(result.rows[0].company.name, 'Nørregaard ApS');
    assert.equal(result.rows[0].company.address.town, 'Ørum Djurs');
  });

  it('reads UTF-8 (with or without BOM) as UTF-8', () => {
    for (const bytes of [UTF_8, UTF_8.subarray(3)]) {
      const result = parseCompanyBytes(bytes, 'virksomheder.csv');
      assert.equal(result.encoding, 'UTF-8');
      assert.equal(result.rows[0].company.name, 'Nørregaard ApS');
    }
  });

  it('reads Excel\'s "Unicode-tekst" (UTF-16 with BOM, tab-separated)', () => {
    const text = 'cvr\tnavn\r\n40700013\tHemmed Hønseri ApS\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = parseCompanyBytes(le);
    assert.equal(result.encoding, 'UTF-16');
    assert.equal(result.rows[0].company.name, 'Hemmed Hønseri ApS');
  });

  it('refuses a file that is neither, in Danish, with nothing imported', () => {
    // The start of an .xlsx workbook (a zip): NUL bytes and bytes Windows-1252 does not define.
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x81, 0x9d]);
    const result = parseCompanyBytes(xlsx, 'virksomheder.xlsx');
    assert.equal(result.encoding, null);
    assert.equal(result.rows.length, 0);
    assert.match(result.errors[0].reason, /hverken UTF-8 eller Windows-1252.*Intet er importeret/);
    // A byte Windows-1252 leaves undefined, in an otherwise plain file.
    assert.equal(decodeCompanyFile(Buffer.from([0x63, 0x76, 0x72, 0x3b, 0x8d, 0x0d, 0x0a])).ok, false);
  });

  it('never takes a Windows-1252 file for UTF-8 by accident', () => {
    // "Å" (C5) followed by "r" is not a valid UTF-8 sequence, so strict decoding must fail over.
    const decoded = decodeCompanyFile(Buffer.from([0xc5, 0x72, 0x68, 0x75, 0x73]));
    assert.deepEqual(decoded, { ok: true, text: 'Århus', encoding: 'Windows-1252' });
  });
});
