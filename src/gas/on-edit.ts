/**
 * The simple onEdit trigger: when a user edits what a Plan row's system columns derive from (Deadline, Responsible,
 * Calendar periods), those columns are recomputed for the edited rows at once. Simple triggers may read and write the
 * spreadsheet they are bound to and nothing that needs authorisation, and must finish in 30 s: this reads the three
 * sheets it needs once and writes one rectangle per run of system columns.
 */
import { readCalendarRows } from '../core/calendar/calendar-sheet';
import { DEFAULT_CALENDAR_2025_2026 } from '../core/calendar/academic-calendar';
import { evaluateRow } from '../core/plan/evaluate';
import { RoleDirectory, splitEmails } from '../core/roles/directory';
import { CALENDAR_SHEET, locateColumns, PLAN_SHEET, ROLES_SHEET, SETTINGS_SHEET } from '../core/sheets/layout';
import { readSettings } from '../core/sheets/settings';
import { readKeyValues } from '../core/setup/plan-setup';
import { t } from '../core/i18n/messages';
import { todayIn } from './context';
import { findSheet, readSheet, toText, zoneOffsetMinutes } from './sheet-io';

const WATCHED = ['deadline', 'responsible', 'links'];

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  if (![PLAN_SHEET.name.kk, PLAN_SHEET.name.ru, PLAN_SHEET.name.en].includes(sheet.getName())) return;
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
  if (!WATCHED.some((k) => cols.has(k) && editedCols.includes(cols.get(k)!))) return;

  const settings = readSettings(readKeyValues(readSheet(findSheet(ss, SETTINGS_SHEET), offset)));
  const cal = readSheet(findSheet(ss, CALENDAR_SHEET), offset);
  const calendar = cal ? readCalendarRows(cal.values.slice(1).map((r, i) => {
    const c = locateColumns(CALENDAR_SHEET, cal.values[0]);
    const get = (k: string) => (c.has(k) ? r[c.get(k)!] ?? '' : '');
    return { row: i + 2, cells: { id: get('id'), kind: get('kind'), start: get('start'), end: get('end'), kk: get('kk'), ru: get('ru'), en: get('en') } };
  })).periods : DEFAULT_CALENDAR_2025_2026;
  const rolesSheet = readSheet(findSheet(ss, ROLES_SHEET), offset);
  const rc = locateColumns(ROLES_SHEET, rolesSheet?.values[0] ?? []);
  const roles = new RoleDirectory((rolesSheet?.values.slice(1) ?? []).filter((r) => r[rc.get('role') ?? 0]).map((r) => ({
    name: r[rc.get('role') ?? 0], emails: splitEmails(r[rc.get('emails') ?? 4] ?? ''), aliases: (r[rc.get('aliases') ?? 6] ?? '').split(/\s*[,;]\s*/).filter(Boolean),
    escalateTo: r[rc.get('escalateTo') ?? 5] ?? '', described: true,
  })));

  const rows = toText(sheet.getRange(firstRow, 1, lastRow - firstRow + 1, lastCol).getValues(), offset);
  const get = (r: string[], k: string) => (cols.has(k) ? r[cols.get(k)!] ?? '' : '');
  const lang = settings.language;
  const computed = rows.map((r) => {
    const ev = evaluateRow({ responsible: get(r, 'responsible'), deadline: get(r, 'deadline'), links: get(r, 'links') }, { settings, calendar, roles, today: todayIn(tz), daysOff: new Set(settings.daysOff) });
    return { nextDue: ev.nextDue, dueCount: ev.dueCount, onDemand: ev.onDemand ? t(lang, 'yes') : '', owners: ev.owners.join(', '), warnings: ev.warnings.join('; ') };
  });
  const keys = ['nextDue', 'dueCount', 'onDemand', 'owners', 'warnings'] as const;
  const present = keys.filter((k) => cols.has(k)).sort((a, b) => cols.get(a)! - cols.get(b)!);
  let i = 0;
  while (i < present.length) {
    let j = i;
    while (j + 1 < present.length && cols.get(present[j + 1]) === cols.get(present[j])! + 1) j++;
    const run = present.slice(i, j + 1);
    sheet.getRange(firstRow, cols.get(run[0])! + 1, rows.length, run.length).setValues(computed.map((c) => run.map((k) => c[k])));
    i = j + 1;
  }
}
