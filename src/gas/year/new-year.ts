/**
 * "New academic year": next year's plan from this one, in NEW SHEETS of the same spreadsheet. Why not a new
 * spreadsheet: making one needs the `spreadsheets` (or full `drive`) scope where Jospar has only
 * `spreadsheets.currentonly`, and a new file would leave behind the bound script, its triggers, the Roles, Templates
 * and Settings people have filled in, and the one link everyone uses. So last year's Plan, Order register and Academic
 * calendar sheets are renamed with the year ("Жоспар 2025-2026") and protected with a warning; their documents stay
 * in Drive, and last year's calendar keeps its events (the new year gets a calendar of its own on its next sync).
 * Roles, templates, settings and the Log carry on.
 *
 * Safe to cut off: each step is recognisable in the spreadsheet (a renamed sheet, the Settings year), and a re-run
 * takes up where the last one stopped.
 */
import { planYear, type PlanYear } from '../../core/calendar/dates';
import { daysOffFor } from '../../core/calendar/year-days-off';
import { ty } from '../../core/i18n/year-messages';
import { planFromRows } from '../../core/plan/plan-from-sheet';
import { rollPlan } from '../../core/plan/rollover';
import { planSetup } from '../../core/setup/plan-setup';
import {
  CALENDAR_SHEET,
  locateColumns,
  PLAN_SHEET,
  REGISTER_SHEET,
  SETTINGS_SHEET,
  type SheetSpec,
} from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { rememberedLang, tellUser, todayIn } from '../context';
import { applySetup, readSpreadsheet, type Snapshot } from '../setup';
import { readSheet, zoneOffsetMinutes } from '../sheet-io';
import { CALENDAR_PROPERTY } from '../calendar/sync';

export interface NewYearOutcome {
  ok: boolean;
  report: string[];
  from?: string;
  to?: string;
  archived: string[];
}

const ARCHIVED = [PLAN_SHEET, REGISTER_SHEET, CALENDAR_SHEET];
/** `_jospar` records that belong to one year's plan: its calendar events and its rows marked by an import. */
const YEAR_RECORDS = /^(event:|removed:)/;

export const archiveName = (sheetName: string, year: PlanYear) => `${sheetName} ${year.label}`;

export function startNewYear(toLabel?: string, options: { interactive?: boolean } = {}): NewYearOutcome {
  const lang0 = rememberedLang();
  const fail = (message: string): NewYearOutcome => {
    if (options.interactive !== false) tellUser(ty(lang0, 'menuNewYear'), message);
    return { ok: false, report: [message], archived: [] };
  };
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) return fail('busy');
  try {
    const snap = readSpreadsheet();
    const settings = readSettings(readKeyValues(snap.read.settings));
    const lang = snap.read.settings ? settings.language : lang0;
    const to = planYear(toLabel ?? `${settings.year.startYear + 1}-${settings.year.startYear + 2}`);
    if (!to) return fail(ty(lang, 'newYearBadYear', { year: String(toLabel) }));
    const from = planYear(`${to.startYear - 1}-${to.startYear}`)!;
    const hasRows = (t: { values: string[][] } | null) => !!t && t.values.slice(1).some((r) => r.some((c) => c !== ''));
    if (settings.year.label === to.label && hasRows(snap.read.plan))
      return fail(ty(lang, 'newYearAlready', { year: to.label }));
    if (settings.year.label !== from.label && settings.year.label !== to.label)
      return fail(ty(lang, 'newYearNotNext', { year: settings.year.label, to: to.label }));
    if (options.interactive !== false) {
      const ui = SpreadsheetApp.getUi();
      const answer = ui.alert(
        ty(lang, 'menuNewYear'),
        ty(lang, 'newYearConfirm', { from: from.label, to: to.label }),
        ui.ButtonSet.YES_NO,
      );
      if (answer !== ui.Button.YES) return { ok: false, report: [], archived: [] };
    }

    // The plan to roll: the Plan sheet while it is still last year's, else (a re-run) its archived copy.
    const offset = zoneOffsetMinutes(snap.tz);
    const stillOld = settings.year.label === from.label;
    const source =
      stillOld && hasRows(snap.read.plan)
        ? snap.read.plan
        : readSheet(snap.ss.getSheetByName(archiveName(PLAN_SHEET.name[lang], from)), offset);
    if (!hasRows(source)) return fail(ty(lang, 'newYearNoPlan'));
    const today = todayIn(snap.tz);
    const old = planSetup({ sheets: { ...snap.read, plan: source }, today, restoreMissing: false });
    const rolled = rollPlan(planFromRows(old.rows, old.settings), from);

    const archived = stillOld ? archiveSheets(snap, from) : [];
    forgetCalendar();
    const state = archiveRecords(snap, from);
    const newSettings = writeSettings(snap, {
      academicYear: to.label,
      daysOff: daysOffFor(to, settings.movableHolidays).join(', '),
      daysOffSource: `computed ${to.label}`,
      calendarId: '',
    });

    const read = { ...snap.read, plan: null, register: null, calendar: null, settings: newSettings, state };
    const result = planSetup({
      sheets: read,
      plan: rolled,
      planSource: `rollover:${from.label}`,
      today,
      restoreMissing: true,
    });
    const report = [
      ty(lang, 'newYearDone', { from: from.label, to: to.label, items: rolled.items.length }),
      ty(lang, 'newYearArchived', { sheets: archived.join(', ') || '—' }),
      ty(lang, 'newYearDaysOff', { days: result.settings.daysOff.join(', ') }),
    ];
    const withErrors = result.rows.filter((r) => r.evaluation.schedule.errors.length > 0).map((r) => r.id);
    if (withErrors.length) report.push(ty(lang, 'newYearErrors', { ids: withErrors.join(', ') }));
    const unfound = { ...snap, found: { ...snap.found, plan: null, register: null, calendar: null }, read };
    applySetup(
      unfound,
      result,
      report.map((r) => ({ action: 'new-year', result: r })),
    );
    if (options.interactive !== false) tellUser(ty(lang, 'menuNewYear'), report.join('\n'));
    return { ok: true, report, from: from.label, to: to.label, archived };
  } finally {
    lock.releaseLock();
  }
}

function archiveSheets(snap: Snapshot, from: PlanYear): string[] {
  const names: string[] = [];
  for (const spec of ARCHIVED as SheetSpec[]) {
    const sheet = snap.found[spec.key];
    if (!sheet) continue;
    const name = archiveName(sheet.getName(), from);
    sheet.setName(name);
    sheet.protect().setDescription(`Jospar: ${from.label}`).setWarningOnly(true);
    names.push(name);
  }
  return names;
}

/**
 * The new year gets a calendar of its own on its first sync: event ids are made from the calendar and the item id,
 * which the new plan repeats, so sharing last year's calendar would touch last year's events.
 */
function forgetCalendar(): void {
  const props = PropertiesService.getDocumentProperties();
  if (props.getProperty(CALENDAR_PROPERTY) !== null) props.deleteProperty(CALENDAR_PROPERTY);
}

/** Last year's event and import records keep their values under the year's prefix: the new plan starts clean. */
function archiveRecords(snap: Snapshot, from: PlanYear): { name: string; values: string[][] } | null {
  const state = snap.read.state;
  if (!state) return null;
  const keys = state.values.map((r, i) => (i > 0 && YEAR_RECORDS.test(r[0]) ? `${from.label} ${r[0]}` : r[0]));
  if (keys.some((k, i) => k !== state.values[i][0]))
    snap.found.state!.getRange(1, 1, keys.length, 1).setValues(keys.map((k) => [k]));
  return { name: state.name, values: state.values.map((r, i) => [keys[i], ...r.slice(1)]) };
}

/** Settings values by key, in place (rows of missing keys appended); the sheet as it reads afterwards. */
function writeSettings(snap: Snapshot, values: Record<string, string>): { name: string; values: string[][] } | null {
  const sheet = snap.found.settings;
  const text = snap.read.settings;
  if (!sheet || !text) return text;
  const rows = text.values.map((r) => [...r]);
  const cols = locateColumns(SETTINGS_SHEET, rows[0]);
  const keyCol = cols.get('key') ?? 0;
  const valueCol = cols.get('value') ?? 1;
  for (const [key, value] of Object.entries(values)) {
    const at = rows.findIndex((r, i) => i > 0 && r[keyCol]?.trim() === key);
    if (at > 0) {
      if (rows[at][valueCol] === value) continue;
      rows[at][valueCol] = value;
      sheet.getRange(at + 1, valueCol + 1).setValue(value);
    } else {
      const row = rows[0].map((_x, i) => (i === keyCol ? key : i === valueCol ? value : ''));
      rows.push(row);
      sheet.getRange(rows.length, 1, 1, row.length).setValues([row]);
    }
  }
  return { name: text.name, values: rows };
}
