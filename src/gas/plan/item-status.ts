/**
 * Status changes and the "date done" they record, for the Plan sheet's onEdit and for the sidebar (which calls
 * setItemStatus). Rows are found by their ID, never by position.
 */
import { doneOnAfter } from '../../core/plan/done-date';
import { locateColumns, PLAN_SHEET, SETTINGS_SHEET } from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { parseStatus, STATUS_LABELS, type Status } from '../../core/sheets/status';
import { todayIn } from '../context';
import { findSheet, readSheet, toText, zoneOffsetMinutes } from '../sheet-io';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** After an edit of rows firstRow…lastRow (1-based): their Date done follows their Status; one write if any differ. */
export function recordDoneDates(sheet: Sheet, firstRow: number, lastRow: number, tz: string): void {
  const offset = zoneOffsetMinutes(tz);
  const header = toText(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues(), offset)[0];
  const cols = locateColumns(PLAN_SHEET, header);
  const status = cols.get('status');
  const done = cols.get('doneOn');
  if (status === undefined || done === undefined) return;
  const n = lastRow - firstRow + 1;
  const statuses = toText(sheet.getRange(firstRow, status + 1, n, 1).getValues(), offset);
  const doneRange = sheet.getRange(firstRow, done + 1, n, 1);
  const dates = toText(doneRange.getValues(), offset);
  const today = todayIn(tz);
  const next = statuses.map((s, i) => [doneOnAfter(s[0], dates[i][0], today)]);
  if (next.some((v, i) => v[0] !== dates[i][0])) doneRange.setValues(next);
}

export interface StatusOutcome {
  ok: boolean;
  id: string;
  status?: Status;
  doneOn?: string;
  message?: string;
}

/**
 * Sets an item's status (a Status key such as "done", or a label in any language) and records its date done.
 * For the sidebar: the row is found by ID; the label is written in the Settings language.
 */
export function setItemStatus(id: string, status: string): StatusOutcome {
  const wanted = (['planned', 'in-progress', 'done', 'late', 'cancelled'] as const).find((s) => s === status);
  const key = wanted ?? parseStatus(status);
  if (!key) return { ok: false, id, message: `unknown status "${status}"` };
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10000)) return { ok: false, id, message: 'busy' };
  try {
    const ss = SpreadsheetApp.getActive();
    const tz = ss.getSpreadsheetTimeZone() || 'Asia/Almaty';
    const offset = zoneOffsetMinutes(tz);
    const sheet = findSheet(ss, PLAN_SHEET);
    if (!sheet) return { ok: false, id, message: 'no Plan sheet' };
    const values = toText(sheet.getDataRange().getValues(), offset);
    const cols = locateColumns(PLAN_SHEET, values[0] ?? []);
    const at = values.findIndex((r, i) => i > 0 && String(r[cols.get('id') ?? -1] ?? '').trim() === id);
    const statusCol = cols.get('status');
    if (at < 1 || statusCol === undefined) return { ok: false, id, message: `no item ${id}` };
    const lang = readSettings(readKeyValues(readSheet(findSheet(ss, SETTINGS_SHEET), offset))).language;
    sheet.getRange(at + 1, statusCol + 1).setValue(STATUS_LABELS[key][lang]);
    const doneCol = cols.get('doneOn');
    const doneOn = doneOnAfter(
      key === 'done' ? 'done' : key,
      doneCol === undefined ? '' : values[at][doneCol],
      todayIn(tz),
    );
    if (doneCol !== undefined && doneOn !== values[at][doneCol]) sheet.getRange(at + 1, doneCol + 1).setValue(doneOn);
    return { ok: true, id, status: key, doneOn };
  } finally {
    lock.releaseLock();
  }
}
