/**
 * How Jospar's sheets look beyond their values, kept in place on every Set up (each check reads first and writes only
 * what differs, so an unchanged spreadsheet costs no write): the Plan's column order (once per layout version), frozen
 * ID and activity columns, its filter, the overdue colouring, dates as dd.mm.yyyy, dropdowns in the current language,
 * an untouched default first sheet removed, and Jospar's state sheet protected.
 */
import { columnMoves } from '../core/sheets/arrange';
import {
  DATE_FORMAT,
  DATETIME_FORMAT,
  locateColumns,
  PLAN_FROZEN_COLUMNS,
  PLAN_SHEET,
  SETTINGS_SHEET,
  SHEETS,
  type SheetSpec,
} from '../core/sheets/layout';
import { settingValueList } from '../core/sheets/setting-words';
import type { Lang } from '../core/i18n/lang';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The Plan layout this code writes; a Plan sheet of an older layout is rearranged once. */
export const PLAN_LAYOUT_VERSION = '3';
const OVERDUE_ROW = '#f4cccc';
const OVERDUE_TEXT = '#990000';

/** 1 → A, 27 → AA. */
function columnLetterOf(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Moves the Plan's columns into the current order; returns whether anything moved. */
export function arrangePlanColumns(sheet: Sheet): boolean {
  const lastCol = sheet.getLastColumn();
  if (lastCol < 1) return false;
  const header = sheet.getRange(1, 1, 1, lastCol).getValues()[0].map(String);
  const moves = columnMoves(PLAN_SHEET, header);
  for (const m of moves) sheet.moveColumns(sheet.getRange(1, m.from, 1, m.count), m.to);
  return moves.length > 0;
}

/** Where a sheet's columns are now, read from its header (after a rearrangement). */
export function headerIndex(sheet: Sheet, spec: SheetSpec): Map<string, number> {
  const lastCol = sheet.getLastColumn();
  return lastCol < 1 ? new Map() : locateColumns(spec, sheet.getRange(1, 1, 1, lastCol).getValues()[0].map(String));
}

/** The Plan's frozen columns, filter and overdue colouring; `cols` says where its columns are. */
export function ensurePlanLook(sheet: Sheet, cols: ReadonlyMap<string, number>, width: number): void {
  const rows = sheet.getMaxRows();
  // Frozen up to the activity when ID and activity lead; a user's own choice (non-zero) stays.
  const lead = PLAN_FROZEN_COLUMNS.map((k) => cols.get(k) ?? 99);
  if (sheet.getFrozenColumns() === 0 && Math.max(...lead) < 4) sheet.setFrozenColumns(Math.max(...lead) + 1);
  if (!sheet.getFilter() && width > 0) sheet.getRange(1, 1, rows, width).createFilter();

  const overdue = cols.get('overdue');
  if (overdue === undefined) return;
  const letter = columnLetterOf(overdue + 1);
  // The row's first screen (up to the overdue count) turns red; the count itself is bold dark red.
  const firstScreen = Math.max(
    overdue + 1,
    ...['id', 'activity', 'nextDue', 'status', 'state'].map((k) => (cols.get(k) ?? 0) + 1),
  );
  const wanted = [
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(0)
      .setBackground(OVERDUE_ROW)
      .setFontColor(OVERDUE_TEXT)
      .setBold(true)
      .setRanges([sheet.getRange(2, overdue + 1, rows - 1, 1)])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=$${letter}2>0`)
      .setBackground(OVERDUE_ROW)
      .setRanges([sheet.getRange(2, 1, rows - 1, firstScreen)])
      .build(),
  ];
  const rules = sheet.getConditionalFormatRules();
  const ours = rules.filter(isJosparRule);
  if (ours.length === wanted.length && ours.every((r, i) => sameRule(r, wanted[i]))) return;
  sheet.setConditionalFormatRules([...rules.filter((r) => !isJosparRule(r)), ...wanted]);
}

function ruleKey(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string {
  const c = rule.getBooleanCondition();
  return JSON.stringify([c?.getCriteriaType(), c?.getCriteriaValues(), rule.getRanges().map((r) => r.getA1Notation())]);
}

function sameRule(
  a: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  b: GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
): boolean {
  return ruleKey(a) === ruleKey(b);
}

/** Jospar's rules are known by their colour. */
function isJosparRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const bg = rule.getBooleanCondition()?.getBackground();
  return String(bg).toLowerCase() === OVERDUE_ROW;
}

/** Date columns of an existing sheet in dd.mm.yyyy, and list dropdowns with the current language's values. */
export function ensureColumnLook(
  sheet: Sheet,
  spec: SheetSpec,
  cols: ReadonlyMap<string, number>,
  validations: Record<string, string[]>,
): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const c of spec.columns) {
    const i = cols.get(c.key);
    if (i === undefined) continue;
    const format = c.format === 'date' ? DATE_FORMAT : c.format === 'datetime' ? DATETIME_FORMAT : null;
    if (format && sheet.getRange(2, i + 1).getNumberFormat() !== format)
      sheet.getRange(2, i + 1, rows, 1).setNumberFormat(format);
    const list = validations[c.key];
    if (!list) continue;
    const current = sheet.getRange(2, i + 1).getDataValidation();
    const values = current?.getCriteriaValues()?.[0];
    if (!current || JSON.stringify(values) !== JSON.stringify(list))
      sheet
        .getRange(2, i + 1, rows, 1)
        .setDataValidation(
          SpreadsheetApp.newDataValidation().requireValueInList(list, true).setAllowInvalid(true).build(),
        );
  }
}

/** A new spreadsheet's empty "Sheet1" (in any language) goes once Jospar's sheets are there. */
export function removeUntouchedDefaultSheet(ss: Spreadsheet): void {
  const sheets = ss.getSheets();
  const jospar = new Set(SHEETS.flatMap((s) => [s.name.kk, s.name.ru, s.name.en]));
  const first = sheets[0];
  if (!first || sheets.length < 2 || jospar.has(first.getName())) return;
  if (!/^(sheet|лист|парақ|бет)\s?\d+$/i.test(first.getName().trim())) return;
  if (first.getLastRow() === 0 && first.getLastColumn() === 0) ss.deleteSheet(first);
}

/**
 * The state sheet is Jospar's alone: protected with a warning (the script runs as whoever clicks, so not harder). A
 * protection a cut-off run made but did not finish describing is finished, not doubled.
 */
export function protectStateSheet(sheet: Sheet | null): void {
  if (!sheet) return;
  const description = 'Jospar: its own records, not for editing';
  const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  if (p.getDescription() !== description) p.setDescription(description);
  if (!p.isWarningOnly()) p.setWarningOnly(true);
}

/**
 * The Settings sheet as a person reads it: the name of each setting first (a sheet of an older Jospar, whose codes led,
 * gets the name column moved beside them), the codes' column hidden, and a dropdown on each value that comes from a
 * list, in the current language. `rows` are the known settings' rows (header 0) after the writes.
 */
export function ensureSettingsLook(
  sheet: Sheet,
  planned: ReadonlyMap<string, number>,
  rows: ReadonlyArray<{ row: number; key: string }>,
  lang: Lang,
): void {
  let cols = planned;
  const name = cols.get('name');
  const value = cols.get('value');
  if (name !== undefined && value !== undefined && name > value) {
    // Its width first: it moves with the column, so a run cut off between the two ends the same.
    sheet.setColumnWidth(name + 1, SETTINGS_SHEET.columns.find((c) => c.key === 'name')!.width);
    sheet.moveColumns(sheet.getRange(1, name + 1, 1, 1), value + 1);
    cols = headerIndex(sheet, SETTINGS_SHEET);
  }
  for (const key of SETTINGS_SHEET.hiddenColumns ?? []) {
    const at = cols.get(key);
    if (at !== undefined && !sheet.isColumnHiddenByUser(at + 1)) sheet.hideColumns(at + 1);
  }
  const at = cols.get('value');
  if (at === undefined) return;
  for (const { row, key } of rows) {
    const list = settingValueList(key, lang);
    if (!list) continue;
    const cell = sheet.getRange(row + 1, at + 1);
    const current = cell.getDataValidation()?.getCriteriaValues()?.[0];
    if (JSON.stringify(current) !== JSON.stringify(list))
      cell.setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(list, true).setAllowInvalid(true).build(),
      );
  }
}
