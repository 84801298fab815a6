import { guardFormula } from './formulaGuard.js';
import type { Cell, Sheet } from './table.js';

/**
 * CSV as Danish Excel opens it: UTF-8 with BOM, semicolons, CRLF, decimal comma. Several sheets become
 * sections with a title line and a blank line between them.
 */
export function toCsv(sheets: readonly Sheet[]): string {
  const lines: string[] = [];
  sheets.forEach((sheet, i) => {
    if (sheets.length > 1) {
      if (i > 0) lines.push('');
      lines.push(csvLine([sheet.title]));
    }
    lines.push(csvLine(sheet.header));
    for (const row of sheet.rows) lines.push(csvLine(row));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(';');
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  const safe = typeof cell === 'number' ? text : guardFormula(text);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
