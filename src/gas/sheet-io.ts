/**
 * The only code that talks to SpreadsheetApp: read a sheet once as text, and carry out what core decided, one batched
 * write per rectangle. Dates come out of Sheets as Date objects at midnight in the spreadsheet's time zone; they are
 * turned
 * into ISO dates in that zone here, so the core never sees a time zone.
 */
import { withoutBidiControls } from '../core/text/bidi';
import { isoDateAtOffset } from '../core/calendar/dates';
import type { Lang } from '../core/i18n/lang';
import type { SheetPlan } from '../core/setup/operations';
import {
  DATE_FORMAT,
  DATETIME_FORMAT,
  locateColumns,
  sheetNames,
  type ColumnSpec,
  type SheetSpec,
} from '../core/sheets/layout';
import { adjacentRuns } from '../core/sheets/readers';
import { isDate } from '../core/text/cell-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER_USER = '#d9e8fb';
const HEADER_SYSTEM = '#e6e6e6';
const SYSTEM_CELLS = '#f6f6f6';

export function findSheet(ss: Spreadsheet, spec: SheetSpec): Sheet | null {
  for (const name of sheetNames(spec)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** Minutes east of UTC of the spreadsheet's zone now (Kazakhstan keeps no summer time). */
export function zoneOffsetMinutes(timeZone: string): number {
  const z = Utilities.formatDate(new Date(), timeZone, 'Z');
  const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * Cell values as the text Jospar works with: dates as ISO days in the sheet's zone, empty cells as '', and no
 * direction controls (core/text/bidi.ts), so that what a cell seems to say is what every view says.
 */
export function toText(values: unknown[][], offsetMinutes: number): string[][] {
  return values.map((row) =>
    row.map((v) =>
      isDate(v)
        ? isoDateAtOffset(v, offsetMinutes)
        : v === null || v === undefined
          ? ''
          : withoutBidiControls(String(v)),
    ),
  );
}

export function readSheet(sheet: Sheet | null, offsetMinutes: number): { name: string; values: string[][] } | null {
  if (!sheet) return null;
  return { name: sheet.getName(), values: toText(sheet.getDataRange().getValues(), offsetMinutes) };
}

/** Only the header row of a sheet (for sheets that grow without bound, like the Log). */
export function readHeader(sheet: Sheet | null, offsetMinutes: number): { name: string; values: string[][] } | null {
  if (!sheet) return null;
  return {
    name: sheet.getName(),
    values: toText(sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues(), offsetMinutes),
  };
}

/** Creates (with formats, validation, protection) or updates one sheet as planned. */
export function applySheetPlan(
  ss: Spreadsheet,
  spec: SheetSpec,
  plan: SheetPlan,
  existing: Sheet | null,
  lang: Lang,
  validations: Record<string, string[]> = {},
): Sheet {
  const sheet = existing ?? ss.getSheetByName(plan.name) ?? ss.insertSheet(plan.name);
  if (plan.create) formatNewSheet(sheet, spec, lang, validations);
  for (const w of plan.writes) {
    if (w.values.length === 0) continue;
    ensureRows(sheet, spec, w.row + 1, w.row + w.values.length, validations);
    sheet.getRange(w.row + 1, w.col + 1, w.values.length, w.values[0].length).setValues(w.values);
  }
  // Checked on every run, not only when the sheet is made: a run cut off between writing it and hiding it must not
  // leave Jospar's records on show.
  if (spec.hidden && !sheet.isSheetHidden()) sheet.hideSheet();
  return sheet;
}

/** The rows a new sheet has (Sheets' default), all formatted when Jospar makes the sheet. */
const NEW_SHEET_ROWS = 1000;
/** Rows added at a time when a sheet is full, so that the Log does not grow it on every run. */
const GROW_BY = 200;

/**
 * Sheets refuses a range past a sheet's last row ("outside the dimensions of the sheet"), and a new sheet has 1,000:
 * rows firstRow..lastRow are made to exist, and those past the first 1,000 get what the first 1,000 got when Jospar
 * made the sheet (rows added by insertRowsAfter are bare here, and Google does not document that they inherit
 * anything): the grey of the system columns, the dropdowns, and the number formats, before anything is written there,
 * so that text stays text. Checked on every write there (one read of the number formats, which are applied last), so a
 * run cut off between growing and formatting is repaired by the next.
 */
export function ensureRows(
  sheet: Sheet,
  spec: SheetSpec,
  firstRow: number,
  lastRow: number,
  validations: Record<string, string[]> = {},
): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max + GROW_BY);
  if (lastRow <= NEW_SHEET_ROWS) return;
  const from = Math.max(firstRow, NEW_SHEET_ROWS + 1);
  const formatted = runs(spec, (c) => c.format !== undefined);
  if (formatted.length === 0) return;
  const first = spec.columns[formatted[0].start];
  const want = NUMBER_FORMATS[first.format as keyof typeof NUMBER_FORMATS];
  const have = sheet.getRange(from, formatted[0].start + 1, lastRow - from + 1, 1).getNumberFormats();
  if (have.every((row) => row[0] === want)) return;
  const count = sheet.getMaxRows() - from + 1;
  applyRowLook(sheet, spec, from, count, validations);
  applyNumberFormats(sheet, spec, from, count);
  extendSystemProtection(sheet, spec);
}

/**
 * The system columns' warning protection reaches the sheet's last row again: a protected range does not grow with
 * rows added after its end, so without this the rows past the first 1,000 could be edited without a warning.
 */
function extendSystemProtection(sheet: Sheet, spec: SheetSpec): void {
  if (spec.hidden) return;
  const rows = sheet.getMaxRows();
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const range = p.getRange();
    if (!p.getDescription().startsWith('Jospar') || range.getRow() !== 1 || range.getNumRows() >= rows) continue;
    p.setRange(sheet.getRange(1, range.getColumn(), rows, range.getNumColumns()));
  }
}

/** The system columns' grey and the list dropdowns on count rows from firstRow, where the header puts the columns. */
function applyRowLook(
  sheet: Sheet,
  spec: SheetSpec,
  firstRow: number,
  count: number,
  validations: Record<string, string[]>,
): void {
  const system = spec.hidden ? [] : spec.columns.filter((c) => c.owner === 'system');
  const listed = Object.keys(validations);
  if (system.length === 0 && listed.length === 0) return;
  // A sheet being made gets its header in the same write as its rows: until then its columns are the spec's order.
  const width = sheet.getLastColumn();
  const at =
    width > 0
      ? locateColumns(spec, sheet.getRange(1, 1, 1, width).getValues()[0].map(String))
      : new Map(spec.columns.map((c, i) => [c.key, i]));
  const grey = [...new Set(system.flatMap((c) => (at.has(c.key) ? [at.get(c.key)!] : [])))].sort((a, b) => a - b);
  for (const run of adjacentRuns(grey))
    sheet.getRange(firstRow, run[0] + 1, count, run.length).setBackground(SYSTEM_CELLS);
  for (const [key, values] of Object.entries(validations)) {
    const col = at.get(key);
    if (col === undefined) continue;
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    sheet.getRange(firstRow, col + 1, count, 1).setDataValidation(rule);
  }
}

const NUMBER_FORMATS = { text: '@', date: DATE_FORMAT, datetime: DATETIME_FORMAT } as const;

/** Number formats of the spec's text, date and date-time columns on count rows from firstRow. */
function applyNumberFormats(sheet: Sheet, spec: SheetSpec, firstRow: number, count: number): void {
  for (const [format, pattern] of Object.entries(NUMBER_FORMATS))
    for (const r of runs(spec, (c) => c.format === format))
      sheet.getRange(firstRow, r.start + 1, count, r.count).setNumberFormat(pattern);
}

/** Runs of adjacent columns of a spec that pass a test, as (start, count), one range each. */
function runs(spec: SheetSpec, test: (c: ColumnSpec) => boolean): Array<{ start: number; count: number }> {
  return adjacentRuns(spec.columns.flatMap((c, i) => (test(c) ? [i] : []))).map((r) => ({
    start: r[0],
    count: r.length,
  }));
}

function formatNewSheet(sheet: Sheet, spec: SheetSpec, lang: Lang, validations: Record<string, string[]>): void {
  const rows = sheet.getMaxRows();
  const n = spec.columns.length;
  // Formats first, so that values written afterwards are read as text / dates.
  applyNumberFormats(sheet, spec, 2, rows - 1);
  sheet.getRange(1, 1, 1, n).setFontWeight('bold').setBackground(HEADER_USER).setWrap(true);
  sheet.setFrozenRows(1);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && spec.columns[j + 1].width === spec.columns[i].width) j++;
    sheet.setColumnWidths(i + 1, j - i + 1, spec.columns[i].width);
    i = j + 1;
  }
  for (const [key, values] of Object.entries(validations)) {
    const col = spec.columns.findIndex((c) => c.key === key);
    if (col < 0) continue;
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(true).build();
    sheet.getRange(2, col + 1, rows - 1, 1).setDataValidation(rule);
  }
  // System columns belong to Jospar: greyed, and protected with a warning (the script runs as the user, so a hard
  // protection could not keep the user out anyway; the warning stops accidental edits).
  if (spec.hidden) return;
  // A sheet is laid out anew while it is empty, so a run cut off halfway through this may come here again: an earlier
  // run's protection of the same range (perhaps still a hard one, cut off before it became a warning) is reused.
  const earlier = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  for (const r of runs(spec, (c) => c.owner === 'system')) {
    sheet.getRange(1, r.start + 1, 1, r.count).setBackground(HEADER_SYSTEM);
    sheet.getRange(2, r.start + 1, rows - 1, r.count).setBackground(SYSTEM_CELLS);
    const range = sheet.getRange(1, r.start + 1, rows, r.count);
    const a1 = range.getA1Notation();
    const same = earlier.filter((p) => p.getRange().getA1Notation() === a1);
    for (const extra of same.slice(1)) extra.remove();
    (same[0] ?? range.protect()).setWarningOnly(true).setDescription(`Jospar (${lang}): system columns`);
  }
}
