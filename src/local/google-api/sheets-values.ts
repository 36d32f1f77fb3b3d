/**
 * spreadsheets.values as the Sheets API v4 returns them, read from a local spreadsheet: A1 ranges with a sheet name,
 * the render options, and trailing empty rows and columns left out. References:
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet,
 * .../reference/rest/v4/ValueRenderOption, .../reference/rest/v4/DateTimeRenderOption,
 * https://developers.google.com/workspace/sheets/api/guides/concepts (A1 notation).
 */
import { parseA1, toA1 } from '../workspace/a1';
import type { LocalSpreadsheet } from '../workspace/spreadsheet';
import { wallClock } from '../workspace/zone';

export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateRender = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

export class RangeError400 extends Error {}

/** "'Жоспар'!A1:C3" → the sheet's name and the cells part ('' for the whole sheet). */
export function splitRange(range: string): { sheet: string; cells: string } {
  const quoted = /^'((?:[^']|'')*)'(?:!(.*))?$/.exec(range);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), cells: quoted[2] ?? '' };
  const bang = range.lastIndexOf('!');
  return bang < 0 ? { sheet: range, cells: '' } : { sheet: range.slice(0, bang), cells: range.slice(bang + 1) };
}

/** Days since 30 December 1899 at the spreadsheet's zone's wall clock: how Sheets counts dates. */
export function serialNumber(date: Date, timeZone: string): number {
  const w = wallClock(timeZone, date.getTime());
  const day = Date.UTC(w.year, w.month, w.day) / 86400000 - Date.UTC(1899, 11, 30) / 86400000;
  const time = (w.hour * 3600 + w.minute * 60 + w.second) / 86400;
  return day + time;
}

export interface ValueRange {
  range: string;
  majorDimension: 'ROWS';
  values?: unknown[][];
}

export function readValueRange(
  ss: LocalSpreadsheet,
  range: string,
  valueRender: ValueRender = 'FORMATTED_VALUE',
  dateRender: DateRender = 'SERIAL_NUMBER',
): ValueRange {
  const { sheet: name, cells } = splitRange(range);
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new RangeError400(`Unable to parse range: ${range}`);
  const box = cells
    ? parseA1(cells, sheet.getMaxRows(), sheet.getMaxColumns())
    : { row: 1, col: 1, rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
  const lastRow = Math.min(box.row + box.rows - 1, sheet.getLastRow());
  const lastCol = Math.min(box.col + box.cols - 1, sheet.getLastColumn());
  const quotedName = `'${name.replace(/'/g, "''")}'`;
  const out: ValueRange = { range: `${quotedName}!${toA1(box)}`, majorDimension: 'ROWS' };
  if (lastRow < box.row || lastCol < box.col) return out;
  const r = sheet.getRange(box.row, box.col, lastRow - box.row + 1, lastCol - box.col + 1);
  const shown = r.getDisplayValues();
  const raw = r.getValues();
  const formulas = valueRender === 'FORMULA' ? r.getFormulas() : null;
  const zone = ss.getSpreadsheetTimeZone();
  const rows = raw.map((row, i) =>
    row.map((v, j) => {
      if (formulas && formulas[i][j]) return formulas[i][j];
      if (valueRender === 'FORMATTED_VALUE') return shown[i][j];
      if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]')
        return dateRender === 'FORMATTED_STRING' ? shown[i][j] : serialNumber(v as Date, zone);
      return v;
    }),
  );
  // "Empty trailing rows and columns are omitted."
  const empty = (v: unknown) => v === '' || v === null || v === undefined;
  for (const row of rows) while (row.length > 0 && empty(row[row.length - 1])) row.pop();
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  if (rows.length > 0) out.values = rows;
  return out;
}
