import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { toCsv } from '../../bot/export/csvWriter.js';
import { toXlsx } from '../../bot/export/xlsxWriter.js';
import type { Cell } from '../../bot/export/table.js';

const FORMULAS = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=HYPERLINK("http://x")', '\r=1+1', '  =1+1', '\u00a0=1+1', ' \t@x'];

function csvCells(cell: Cell): string {
  const line = toCsv([{ title: 't', header: ['h'], rows: [[cell]] }]).replace(/^\uFEFF/, '').split('\r\n')[1];
  return line.replace(/^"|"$/g, '').replace(/""/g, '"');
}

async function xlsxCells(cells: Cell[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(await toXlsx([{ title: 't', header: ['h'], rows: cells.map((c) => [c]) }]));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const texts = [...sheet.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]);
  return texts.slice(1).map((t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

describe('security: export formula guard and Unicode (issue 13, item 5)', () => {
  for (const text of FORMULAS) {
    it(`CSV neutralises ${JSON.stringify(text)}`, () => {
      assert.ok(csvCells(text).startsWith("'"), csvCells(text));
    });
  }
  it('xlsx neutralises every formula-like text cell', async () => {
    const cells = await xlsxCells(FORMULAS);
    cells.forEach((c, i) => assert.ok(c.startsWith("'"), `${JSON.stringify(FORMULAS[i])} came out as ${JSON.stringify(c)}`));
  });
  it('leaves numbers and ordinary text alone', async () => {
    assert.equal(csvCells(-3.5), '-3,5');
    assert.equal(csvCells('Café ApS'), 'Café ApS');
    assert.deepEqual(await xlsxCells(['Café ApS']), ['Café ApS']);
  });
  it('xlsx keeps 4-byte characters (surrogate pairs) and drops only what XML forbids', async () => {
    assert.deepEqual(await xlsxCells(['Café 😀 ApS 𝔄', 'a\u0001b', 'lone \uD800 half']), ['Café 😀 ApS 𝔄', 'ab', 'lone  half']);
  });
});
