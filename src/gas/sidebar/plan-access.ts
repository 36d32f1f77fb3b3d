/**
 * The Plan sheet as the sidebar touches it: the header once, then only the cells it needs — one row to show an item,
 * the ID column to find one, and the changed cells of that row to write. Columns are found by header (any language),
 * never by position, so users and later layouts may move them.
 */
import { locateColumns, PLAN_SHEET } from '../../core/sheets/layout';
import { adjacentRuns } from '../../core/sheets/readers';
import { findSheet, toText, zoneOffsetMinutes } from '../sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PlanAccess {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: Sheet;
  tz: string;
  offset: number;
  lastCol: number;
  cols: Map<string, number>;
}

/** The Plan of `ss` (the active spreadsheet unless a caller outside it, such as a card, opened one by id). */
export function openPlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActive()): PlanAccess | null {
  const sheet = findSheet(ss, PLAN_SHEET);
  if (!sheet) return null;
  const tz = ss.getSpreadsheetTimeZone() || 'Asia/Almaty';
  const offset = zoneOffsetMinutes(tz);
  const lastCol = Math.max(1, sheet.getLastColumn());
  const header = toText(sheet.getRange(1, 1, 1, lastCol).getValues(), offset)[0];
  return { ss, sheet, tz, offset, lastCol, cols: locateColumns(PLAN_SHEET, header) };
}

/** One row's cells by column key ('' where the sheet lacks the column). `row` is the sheet row, 1-based. */
export function readRow(p: PlanAccess, row: number): Record<string, string> {
  const values = toText(p.sheet.getRange(row, 1, 1, p.lastCol).getValues(), p.offset)[0];
  const cells: Record<string, string> = {};
  for (const c of PLAN_SHEET.columns) {
    const i = p.cols.get(c.key);
    cells[c.key] = i === undefined ? '' : (values[i] ?? '');
  }
  return cells;
}

/** The sheet row (1-based) of an item, reading only the ID column; null when it is not there. */
export function findRow(p: PlanAccess, id: string): number | null {
  const col = p.cols.get('id');
  const last = p.sheet.getLastRow();
  if (col === undefined || last < 2) return null;
  const ids = p.sheet.getRange(2, col + 1, last - 1, 1).getValues();
  const i = ids.findIndex((r) => String(r[0] ?? '').trim() === id);
  return i < 0 ? null : i + 2;
}

/** Writes some cells of one row, one range per run of adjacent columns. Keys the sheet lacks are skipped. */
export function writeCells(p: PlanAccess, row: number, values: Record<string, string | number>): string[] {
  const at = new Map<number, string>();
  for (const key of Object.keys(values)) {
    const i = p.cols.get(key);
    if (i !== undefined) at.set(i, key);
  }
  for (const run of adjacentRuns([...at.keys()]))
    p.sheet.getRange(row, run[0] + 1, 1, run.length).setValues([run.map((i) => values[at.get(i)!])]);
  return [...at.values()];
}
