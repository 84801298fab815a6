/** A titled table of plain cells: what both the CSV and the Excel writer take. */
export type Cell = string | number | null;
export interface Sheet { title: string; header: string[]; rows: Cell[][] }
