import { odata } from '@azure/data-tables';

/** The row keys that start with a prefix, as a key range (the end is the prefix with its last character plus one). */
export function rowsOf(prefix: string): string {
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return odata`RowKey ge ${prefix} and RowKey lt ${end}`;
}
