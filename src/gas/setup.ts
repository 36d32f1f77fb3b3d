/** "Set up plan": read each sheet once, let core decide, write each sheet at most once per rectangle, report. */
import type { PlanDocument } from '../core/plan/types';
import { PLAN_2025_2026 } from '../core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../core/plan/suggested-links';
import { NAMES_RU_2025_2026 } from '../core/plan/names-ru-2025-2026';
import { t } from '../core/i18n/messages';
import { PLAN_SOURCE, planSetup, stateValue, type SetupResult } from '../core/setup/plan-setup';
import { readKeyValues } from '../core/sheets/readers';
import { readSettings } from '../core/sheets/settings';
import { itemId } from '../core/plan/item-id';
import { locateColumns, PLAN_SHEET, SHEETS, type SheetKey } from '../core/sheets/layout';
import { sheetValidations } from './sheet-validations';
import { rememberedLang, rememberLang, tellUser, todayIn } from './context';
import { logRows, type LogEntry } from './log';
import { settingsGuard } from './settings-guard';
import { retrying } from './retry';
import { applySheetPlan, findSheet, readHeader, readSheet, zoneOffsetMinutes } from './sheet-io';
import {
  arrangePlanColumns,
  ensureColumnLook,
  ensurePlanLook,
  ensureSettingsLook,
  headerIndex,
  PLAN_LAYOUT_VERSION,
  protectStateSheet,
  removeUntouchedDefaultSheet,
} from './sheet-look';

const LAYOUT_PROPERTY = 'jospar.planLayout';

export interface SetupOutcome {
  ok: boolean;
  report: string[];
  result?: SetupResult;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type SheetTexts = Record<SheetKey, { name: string; values: string[][] } | null>;

/** The spreadsheet as Set up and the calendar sync read it: every Jospar sheet once (the Log only by its header). */
export interface Snapshot {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  tz: string;
  found: Record<SheetKey, Sheet | null>;
  read: SheetTexts;
}

/** Sheets that only grow (journals): read by their header unless a caller needs them whole. */
const JOURNALS: SheetKey[] = ['log', 'notifications'];

export function readSpreadsheet(whole: SheetKey[] = []): Snapshot {
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  const offset = zoneOffsetMinutes(tz);
  const found = Object.fromEntries(SHEETS.map((spec) => [spec.key, findSheet(ss, spec)])) as Record<
    SheetKey,
    Sheet | null
  >;
  // The Log and the Notifications only grow and Set up needs only their headers: they are not read whole.
  const read = Object.fromEntries(
    SHEETS.map((spec) => [
      spec.key,
      JOURNALS.includes(spec.key) && !whole.includes(spec.key)
        ? readHeader(found[spec.key], offset)
        : readSheet(found[spec.key], offset),
    ]),
  ) as SheetTexts;
  return { ss, tz, found, read };
}

/** Carries out a Set up result, with the Log's new lines in the same write as the rest of that sheet. */
export function applySetup(snap: Snapshot, result: SetupResult, log: LogEntry[]): void {
  const lang = result.settings.language;
  const validations = sheetValidations(lang);
  if (log.length > 0) {
    const logPlan = result.sheets.find((s) => s.key === 'log')!;
    const rows = logRows(log, snap.tz, lang);
    if (logPlan.create) logPlan.writes[0].values.push(...rows);
    else logPlan.writes.push({ row: snap.found.log!.getLastRow(), col: 0, values: rows });
  }
  // Each sheet's writes are safe to repeat (a sheet made before is found, protections reused, the same cells written
  // again), so a sheet whose write Sheets refused as transient is done again, with backoff.
  const made: Partial<Record<SheetKey, Sheet>> = {};
  for (const spec of SHEETS)
    made[spec.key] = retrying(() =>
      applySheetPlan(
        snap.ss,
        spec,
        result.sheets.find((s) => s.key === spec.key)!,
        snap.found[spec.key],
        lang,
        validations[spec.key],
      ),
    );
  arrangeAndLook(snap, result, made, validations);
  rememberLang(lang);
}

/**
 * After the values: an existing Plan of an older layout is rearranged once (columns moved whole, never rewritten), then
 * every sheet gets what a new one would (date formats, dropdowns in the current language, the Plan's frozen columns,
 * filter and overdue colouring); the state sheet is protected and an untouched default first sheet removed.
 */
function arrangeAndLook(
  snap: Snapshot,
  result: SetupResult,
  made: Partial<Record<SheetKey, Sheet>>,
  validations: Record<SheetKey, Record<string, string[]>>,
): void {
  const props = PropertiesService.getDocumentProperties();
  const planSheet = made.plan!;
  const planPlan = result.sheets.find((s) => s.key === 'plan')!;
  let planCols = new Map(Object.entries(planPlan.columnIndex));
  if (props.getProperty(LAYOUT_PROPERTY) !== PLAN_LAYOUT_VERSION) {
    if (snap.found.plan && arrangePlanColumns(planSheet)) planCols = headerIndex(planSheet, PLAN_SHEET);
    props.setProperty(LAYOUT_PROPERTY, PLAN_LAYOUT_VERSION);
  }
  for (const spec of SHEETS) {
    const sheet = made[spec.key];
    const plan = result.sheets.find((s) => s.key === spec.key)!;
    if (!sheet || plan.create || spec.hidden) continue;
    const cols = spec.key === 'plan' ? planCols : new Map(Object.entries(plan.columnIndex));
    ensureColumnLook(sheet, spec, cols, validations[spec.key]);
  }
  ensurePlanLook(planSheet, planCols, planPlan.columns);
  const settingsPlan = result.sheets.find((s) => s.key === 'settings')!;
  if (made.settings)
    ensureSettingsLook(
      made.settings,
      new Map(Object.entries(settingsPlan.columnIndex)),
      result.settingRows,
      result.settings.language,
    );
  protectStateSheet(made.state ?? null);
  removeUntouchedDefaultSheet(snap.ss);
}

/** The source `_jospar` records for a spreadsheet laid out from the embedded plan. */
export const EMBEDDED_SOURCE = `embedded:${PLAN_2025_2026.academicYear}`;

/**
 * What Set up lays out or restores from when no plan is given: the embedded plan on an empty Plan sheet, and again
 * (to bring back rows a user deleted) only while the sheet still holds that embedded plan for its year; otherwise
 * nothing, because the spreadsheet is the plan.
 */
export function embeddedPlanFor(read: SheetTexts): PlanDocument | undefined {
  const hasRows = !!read.plan && read.plan.values.slice(1).some((r) => r.some((c) => String(c).trim() !== ''));
  if (!hasRows) return PLAN_2025_2026;
  const year = readSettings(readKeyValues(read.settings)).year.label;
  if (year !== PLAN_2025_2026.academicYear) return undefined;
  const source = stateValue(read.state?.values, PLAN_SOURCE);
  if (source) return source === EMBEDDED_SOURCE ? PLAN_2025_2026 : undefined;
  // No source recorded: a Set up cut off before it wrote `_jospar`, or a spreadsheet older than the record. It holds
  // the embedded plan if every id on the sheet is one of that plan's.
  const embedded = new Set(PLAN_2025_2026.items.map((i) => itemId(i.section, i.no)));
  const id = locateColumns(PLAN_SHEET, read.plan!.values[0] ?? []).get('id');
  const ids = read.plan!.values.slice(1).map((r) => (id === undefined ? '' : String(r[id] ?? '').trim()));
  return ids.every((x) => x === '' || embedded.has(x)) ? PLAN_2025_2026 : undefined;
}

/**
 * Set up (no plan: the embedded one where embeddedPlanFor says so), a refresh (restoreMissing false: the sheet's own
 * rows only), or laying out a given plan (an import).
 */
export function setUpPlan(
  given?: PlanDocument,
  options: { interactive?: boolean; restoreMissing?: boolean; planSource?: string } = {},
): SetupOutcome {
  const lang0 = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) {
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return { ok: false, report: [t(lang0, 'busy')] };
  }
  try {
    const snap = readSpreadsheet();
    const plan = given ?? (options.restoreMissing === false ? undefined : embeddedPlanFor(snap.read));
    const result = planSetup({
      sheets: snap.read,
      settingsGuard: settingsGuard(false, readKeyValues(snap.read.settings)),
      plan,
      planSource:
        options.planSource ??
        (plan === PLAN_2025_2026 && !stateValue(snap.read.state?.values, PLAN_SOURCE) ? EMBEDDED_SOURCE : undefined),
      today: todayIn(snap.tz),
      defaultLang: lang0,
      restoreMissing: options.restoreMissing,
      suggestedLinks: plan === PLAN_2025_2026 ? SUGGESTED_LINKS_2025_2026 : undefined,
      namesRu: plan === PLAN_2025_2026 ? NAMES_RU_2025_2026 : undefined,
    });
    applySetup(
      snap,
      result,
      // A value that cannot be used is reported on its row at every run until it is fixed, changed or not.
      [
        ...(result.changed ? [{ action: 'setup', result: result.report.join(' ') }] : []),
        ...result.problems.map((p) => ({ action: 'setup', item: `${p.sheet}:${p.row}`, result: p.message })),
      ],
    );
    if (options.interactive !== false) tellUser(t(result.settings.language, 'setupTitle'), result.report.join('\n'));
    if (!snap.found.plan) snap.ss.setActiveSheet(findSheet(snap.ss, SHEETS[0])!);
    return { ok: true, report: result.report, result };
  } finally {
    lock.releaseLock();
  }
}
