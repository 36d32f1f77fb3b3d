/**
 * Reading Jospar's sheets from their text values (header first), columns found by their headers in any language.
 * Set up and onEdit both read through these, so a sheet means the same thing to both.
 */
import { readCalendarRows } from '../calendar/calendar-sheet';
import type { AcademicPeriod } from '../calendar/academic-calendar';
import { splitEmails, type RoleEntry } from '../roles/directory';
import { CALENDAR_SHEET, locateColumns, ROLES_SHEET, SETTINGS_SHEET, type SheetSpec } from './layout';
import { settingKeyOf, settingValueCode } from './setting-words';

export interface SheetText {
  name: string;
  values: string[][];
}

/** A cell of a data row by column key; '' where the sheet lacks the column. */
export function cellReader(
  spec: SheetSpec,
  header: readonly string[],
): (row: readonly string[], key: string) => string {
  const cols = locateColumns(spec, header);
  return (row, key) => {
    const i = cols.get(key);
    return i === undefined ? '' : String(row[i] ?? '');
  };
}

/**
 * Settings as key → value, in codes: a row is known by its code, or by its name in any language (a row a person typed,
 * or one a cut-off Set up had not yet given its code); a value from a list reads as its code in whatever language.
 */
export function readKeyValues(sheet: SheetText | null): Map<string, string> {
  const map = new Map<string, string>();
  if (!sheet) return map;
  const cell = cellReader(SETTINGS_SHEET, sheet.values[0] ?? []);
  for (const row of sheet.values.slice(1)) {
    const key = settingRowKey(cell(row, 'key'), cell(row, 'name'));
    if (key) map.set(key, settingValueCode(key, cell(row, 'value')));
  }
  return map;
}

/** A Settings row's key from its Code and Name cells: a known setting first, else the code as written (or ''). */
export function settingRowKey(code: string, name: string): string {
  return settingKeyOf(code) ?? settingKeyOf(name) ?? code.trim();
}

/** The Academic calendar's periods, and its unusable rows by sheet row number. */
export function readCalendarSheet(sheet: SheetText): {
  periods: AcademicPeriod[];
  problems: Array<{ row: number; message: string }>;
} {
  const cell = cellReader(CALENDAR_SHEET, sheet.values[0] ?? []);
  return readCalendarRows(
    sheet.values.slice(1).map((r, i) => ({
      row: i + 2,
      cells: {
        id: cell(r, 'id'),
        kind: cell(r, 'kind'),
        start: cell(r, 'start'),
        end: cell(r, 'end'),
        kk: cell(r, 'kk'),
        ru: cell(r, 'ru'),
        en: cell(r, 'en'),
      },
    })),
  );
}

/** The Roles sheet's entries, each with its row index (0-based, header 0). A role counts as described once it has a
 * full name. */
export function readRolesSheet(sheet: SheetText): Array<RoleEntry & { row: number }> {
  const cell = cellReader(ROLES_SHEET, sheet.values[0] ?? []);
  const entries: Array<RoleEntry & { row: number }> = [];
  sheet.values.slice(1).forEach((r, i) => {
    const name = cell(r, 'role').trim();
    if (!name) return;
    entries.push({
      row: i + 1,
      name,
      emails: splitEmails(cell(r, 'emails')),
      aliases: cell(r, 'aliases')
        .split(/\s*[,;]\s*/)
        .map((a) => a.trim())
        .filter(Boolean),
      escalateTo: cell(r, 'escalateTo').trim(),
      described: !!(cell(r, 'kk').trim() || cell(r, 'ru').trim() || cell(r, 'en').trim()),
    });
  });
  return entries;
}

/** Groups column indexes into runs of adjacent ones, so that each run is one range (one call) in Sheets. */
export function adjacentRuns(indexes: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs;
}
