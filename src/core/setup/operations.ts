import type { SheetKey } from '../sheets/layout';

export type CellValue = string | number;

/** One setValues: a rectangle at (row, col), 0-based, row 0 being the header. */
export interface Write {
  row: number;
  col: number;
  values: CellValue[][];
}

/** What Set up decided for one sheet; the Apps Script side carries it out with one batched write per rectangle. */
export interface SheetPlan {
  key: SheetKey;
  name: string;
  create: boolean;
  writes: Write[];
  /** Rows × columns the sheet has after the writes (for formatting, validation and protection). */
  rows: number;
  columns: number;
  /** Column key → 0-based index after the writes. */
  columnIndex: Record<string, number>;
}
