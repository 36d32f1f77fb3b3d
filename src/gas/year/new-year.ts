/**
 * "New academic year": next year's plan from this one, in NEW SHEETS of the same spreadsheet. Why not a new
 * spreadsheet: making one needs the `spreadsheets` (or full `drive`) scope where Jospar has only
 * `spreadsheets.currentonly`, and a new file would leave behind the bound script, its triggers, the Roles, Templates
 * and Settings people have filled in, and the one link everyone uses. So last year's Plan, Order register and Academic
 * calendar sheets are renamed with the year ("Жоспар 2025-2026") and protected with a warning; their documents stay
 * in Drive, and last year's calendar keeps its events (the new year gets a calendar of its own on its next sync).
 * Roles, templates, settings and the Log carry on.
 *
 * Safe to cut off anywhere: the rollover is a sequence of steps each safe to repeat (archive each sheet and protect it,
 * forget last year's calendar, move last year's records aside, write the new Settings, lay out the new sheets as Set
 * up would), and its progress — that a rollover from→to is under way, and last year's calendar — is recorded in
 * document properties before the first write and removed after the last. A re-run (New academic year again, or Set
 * up) that finds the record takes the steps again from the spreadsheet as it is, finishes, and says so.
 */
import { planYear, type PlanYear } from '../../core/calendar/dates';
import { daysOffFor } from '../../core/calendar/year-days-off';
import { dottedList } from '../../core/text/dotted-date';
import { ty } from '../../core/i18n/year-messages';
import { planFromRows } from '../../core/plan/plan-from-sheet';
import { splitLinks } from '../../core/plan/evaluate';
import { rollPlan } from '../../core/plan/rollover';
import { planSetup } from '../../core/setup/plan-setup';
import {
  CALENDAR_SHEET,
  locateColumns,
  PLAN_SHEET,
  REGISTER_SHEET,
  SETTINGS_SHEET,
  sheetNames,
  type SheetSpec,
} from '../../core/sheets/layout';
import { readKeyValues } from '../../core/sheets/readers';
import { readSettings } from '../../core/sheets/settings';
import { SETTING_LABELS } from '../../core/sheets/setting-words';
import { rememberedLang, tellUser, todayIn } from '../context';
import { applySetup, readSpreadsheet, type Snapshot } from '../setup';
import { readSheet, zoneOffsetMinutes } from '../sheet-io';
import { settingsGuard } from '../settings-guard';
import { CALENDAR_PROPERTY } from '../calendar/own-calendar';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface NewYearOutcome {
  ok: boolean;
  report: string[];
  from?: string;
  to?: string;
  archived: string[];
}

const ARCHIVED = [PLAN_SHEET, REGISTER_SHEET, CALENDAR_SHEET];
/** Document property: a rollover under way, what it moves from and to, and last year's calendar. */
const ROLLOVER = 'jospar.rollover';

interface Rollover {
  from: string;
  to: string;
  calendar?: string;
}
/**
 * `_jospar` records that belong to one year's plan: its calendar events, its rows marked by an import, and the note of
 * its calendar (own-calendar.ts).
 */
const YEAR_RECORDS = /^(event:|removed:|calendar$)/;

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
    const pending = pendingRollover();
    const to = planYear(toLabel ?? pending?.to ?? `${settings.year.startYear + 1}-${settings.year.startYear + 2}`);
    if (!to) return fail(ty(lang, 'newYearBadYear', { year: String(toLabel) }));
    const from = planYear(`${to.startYear - 1}-${to.startYear}`)!;
    const resuming = pending?.to === to.label;
    const hasRows = (t: { values: string[][] } | null) => !!t && t.values.slice(1).some((r) => r.some((c) => c !== ''));
    if (!resuming && settings.year.label === to.label && hasRows(snap.read.plan))
      return fail(ty(lang, 'newYearAlready', { year: to.label }));
    if (settings.year.label !== from.label && settings.year.label !== to.label)
      return fail(ty(lang, 'newYearNotNext', { year: settings.year.label, to: to.label }));
    if (options.interactive !== false && !resuming) {
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
    const archivedPlan = archivedSheet(snap.ss, PLAN_SHEET, from);
    const source = archivedPlan ? readSheet(archivedPlan, offset) : snap.read.plan;
    if (!hasRows(source)) return fail(ty(lang, 'newYearNoPlan'));
    const today = todayIn(snap.tz);
    const old = planSetup({ sheets: { ...snap.read, plan: source }, today, restoreMissing: false });
    const rolled = rollPlan(planFromRows(old.rows, old.settings), from);

    // Step 0: the record a re-run finds, before anything is written.
    const props = PropertiesService.getDocumentProperties();
    const record: Rollover = pending && resuming ? pending : { from: from.label, to: to.label };
    if (!resuming) {
      record.calendar = props.getProperty(CALENDAR_PROPERTY) ?? '';
      props.setProperty(ROLLOVER, JSON.stringify(record));
    }
    const archived = archiveSheets(snap, from);
    forgetCalendar(record.calendar ?? '');
    archiveRecords(snap, from);
    writeSettings(snap, {
      academicYear: to.label,
      daysOff: dottedList(daysOffFor(to, settings.movableHolidays)),
      daysOffSource: `computed ${to.label}`,
      calendarId: '',
    });

    // The new sheets, laid out as Set up would, from the spreadsheet as it now is (a re-run finds what a cut left).
    const now = readSpreadsheet();
    const result = planSetup({
      sheets: now.read,
      settingsGuard: settingsGuard(false, readKeyValues(now.read.settings)),
      plan: rolled,
      // The items' Russian names are the department's words: the new year keeps them (an item keeps its id).
      namesRu: Object.fromEntries(old.rows.filter((r) => r.cells.nameRu).map((r) => [r.id, r.cells.nameRu])),
      // So are the academic-calendar periods an item is linked to ("Академиялық күнтізбеге сәйкес" → ap-1): the period
      // ids are the same every year, and without them the item has no due date, reminder or event in the new year.
      suggestedLinks: Object.fromEntries(
        old.rows.filter((r) => r.cells.links).map((r) => [r.id, splitLinks(r.cells.links)]),
      ),
      planSource: `rollover:${from.label}`,
      today,
      restoreMissing: true,
    });
    const report = [
      ...(resuming ? [ty(lang, 'newYearResumed', { to: to.label })] : []),
      ty(lang, 'newYearDone', { from: from.label, to: to.label, items: rolled.items.length }),
      ty(lang, 'newYearArchived', { sheets: archived.join(', ') || '—' }),
      // As the Settings sheet shows them: the setting's name in the person's language, dates dd.MM.yyyy.
      ty(lang, 'newYearDaysOff', {
        movable: SETTING_LABELS.movableHolidays[lang],
        days: dottedList(result.settings.daysOff),
      }),
    ];
    const withErrors = result.rows.filter((r) => r.evaluation.schedule.errors.length > 0).map((r) => r.id);
    if (withErrors.length) report.push(ty(lang, 'newYearErrors', { ids: withErrors.join(', ') }));
    applySetup(
      now,
      result,
      report.map((r) => ({ action: 'new-year', result: r })),
    );
    // The last step: the rollover is over, a re-run has nothing to finish.
    props.deleteProperty(ROLLOVER);
    if (options.interactive !== false) tellUser(ty(lang, 'menuNewYear'), report.join('\n'));
    return { ok: true, report, from: from.label, to: to.label, archived };
  } finally {
    lock.releaseLock();
  }
}

/** A rollover under way (cut off before its last step), or null. */
export function pendingRollover(): Rollover | null {
  try {
    const r = JSON.parse(PropertiesService.getDocumentProperties().getProperty(ROLLOVER) ?? 'null') as Rollover | null;
    return r && typeof r.to === 'string' && typeof r.from === 'string' ? r : null;
  } catch {
    return null;
  }
}

/** Set up, or a run that needs the plan: a rollover cut off is finished first (and its report says so). */
export function finishRollover(interactive = true): NewYearOutcome | null {
  const pending = pendingRollover();
  return pending ? startNewYear(pending.to, { interactive }) : null;
}

/** The archived copy of a sheet (its name in any language, then the year), or null. */
function archivedSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec, from: PlanYear): Sheet | null {
  for (const name of sheetNames(spec)) {
    const sheet = ss.getSheetByName(archiveName(name, from));
    if (sheet) return sheet;
  }
  return null;
}

/** Each of last year's sheets renamed with its year and protected with a warning; one already archived is kept. */
function archiveSheets(snap: Snapshot, from: PlanYear): string[] {
  const names: string[] = [];
  const description = `Jospar: ${from.label}`;
  for (const spec of ARCHIVED as SheetSpec[]) {
    let sheet = archivedSheet(snap.ss, spec, from);
    if (!sheet) {
      sheet = snap.found[spec.key];
      if (!sheet) continue;
      sheet.setName(archiveName(sheet.getName(), from));
    }
    // A protection a cut left half-made (no description yet) is the one to finish, not a reason for a second.
    const ours = sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .filter((p) => p.getDescription() === description || p.getDescription() === '');
    const protection = ours.find((p) => p.getDescription() === description) ?? ours[0] ?? sheet.protect();
    if (!protection.isWarningOnly()) protection.setWarningOnly(true);
    if (protection.getDescription() !== description) protection.setDescription(description);
    names.push(sheet.getName());
  }
  return names;
}

/**
 * The new year gets a calendar of its own on its first sync: event ids are made from the calendar and the item id,
 * which the new plan repeats, so sharing last year's calendar would touch last year's events. Only last year's
 * calendar (as the rollover's record noted it) is forgotten: one a sync made after a cut is the new year's.
 */
function forgetCalendar(lastYears: string): void {
  const props = PropertiesService.getDocumentProperties();
  const now = props.getProperty(CALENDAR_PROPERTY);
  if (now !== null && now === lastYears) props.deleteProperty(CALENDAR_PROPERTY);
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
