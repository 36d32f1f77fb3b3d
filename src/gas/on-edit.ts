/**
 * The simple onEdit trigger: when a user edits what a Plan row's system columns derive from (Deadline, Responsible,
 * Calendar periods), those columns are recomputed for the edited rows at once. Simple triggers may read and write the
 * spreadsheet they are bound to and nothing that needs authorisation, and must finish in 30 s: this reads the three
 * sheets it needs once and writes one rectangle per run of adjacent system columns.
 */
import { calendarEstimate } from '../core/calendar/calendar-estimate';
import { evaluateRow } from '../core/plan/evaluate';
import { evaluatedColumns } from '../core/plan/system-values';
import { RoleDirectory } from '../core/roles/directory';
import {
  CALENDAR_SHEET,
  locateColumns,
  PLAN_SHEET,
  ROLES_SHEET,
  SETTINGS_SHEET,
  sheetNames,
} from '../core/sheets/layout';
import { adjacentRuns, readCalendarSheet, readKeyValues, readRolesSheet } from '../core/sheets/readers';
import { readSettings } from '../core/sheets/settings';
import { todayIn } from './context';
import { recordDoneDates } from './plan/item-status';
import { findSheet, readSheet, toText, zoneOffsetMinutes } from './sheet-io';

const WATCHED = ['deadline', 'responsible', 'links', 'status'];
const COMPUTED = ['nextDue', 'state', 'overdue', 'dueCount', 'onDemand', 'owners', 'warnings'] as const;

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  if (!sheetNames(PLAN_SHEET).includes(sheet.getName())) return;
  const firstRow = Math.max(2, range.getRow());
  const lastRow = range.getRow() + range.getNumRows() - 1;
  if (lastRow < firstRow) return;
  const ss = e.source;
  const tz = ss.getSpreadsheetTimeZone() || 'Asia/Almaty';
  const offset = zoneOffsetMinutes(tz);
  const lastCol = sheet.getLastColumn();
  const header = toText(sheet.getRange(1, 1, 1, lastCol).getValues(), offset)[0];
  const cols = locateColumns(PLAN_SHEET, header);
  const editedCols = Array.from({ length: range.getNumColumns() }, (_, i) => range.getColumn() + i - 1);
  // A status edit records (or clears) the row's date done.
  if (cols.has('status') && editedCols.includes(cols.get('status')!)) recordDoneDates(sheet, firstRow, lastRow, tz);
  if (!WATCHED.some((k) => cols.has(k) && editedCols.includes(cols.get(k)!))) return;

  const settings = readSettings(readKeyValues(readSheet(findSheet(ss, SETTINGS_SHEET), offset)));
  const calendarSheet = readSheet(findSheet(ss, CALENDAR_SHEET), offset);
  const calendar = calendarSheet ? readCalendarSheet(calendarSheet).periods : calendarEstimate(settings.year);
  const rolesSheet = readSheet(findSheet(ss, ROLES_SHEET), offset);
  const roles = new RoleDirectory(rolesSheet ? readRolesSheet(rolesSheet) : []);

  const rows = toText(sheet.getRange(firstRow, 1, lastRow - firstRow + 1, lastCol).getValues(), offset);
  const get = (r: string[], k: string) => (cols.has(k) ? (r[cols.get(k)!] ?? '') : '');
  const today = todayIn(tz);
  const daysOff = new Set(settings.daysOff);
  const computed = rows.map((r) =>
    evaluatedColumns(
      evaluateRow(
        { responsible: get(r, 'responsible'), deadline: get(r, 'deadline'), links: get(r, 'links') },
        { settings, calendar, roles, today, daysOff },
      ),
      settings.language,
      { status: get(r, 'status'), doneOn: get(r, 'doneOn'), today },
    ),
  );
  const keyAt = new Map(COMPUTED.filter((k) => cols.has(k)).map((k) => [cols.get(k)!, k]));
  for (const run of adjacentRuns([...keyAt.keys()])) {
    sheet
      .getRange(firstRow, run[0] + 1, rows.length, run.length)
      .setValues(computed.map((c) => run.map((i) => c[keyAt.get(i)!])));
  }
}
