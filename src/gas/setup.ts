/** "Set up plan": read each sheet once, let core decide, write each sheet at most once per rectangle, report. */
import type { PlanDocument } from '../core/plan/types';
import { PLAN_2025_2026 } from '../core/plan/plan-2025-2026';
import { SUGGESTED_LINKS_2025_2026 } from '../core/plan/suggested-links';
import { t } from '../core/i18n/messages';
import { planSetup, type SetupResult } from '../core/setup/plan-setup';
import { PLAN_SHEET, SHEETS, type SheetKey } from '../core/sheets/layout';
import { statusLabels } from '../core/sheets/status';
import { PERIOD_KINDS } from '../core/calendar/academic-calendar';
import { rememberedLang, rememberLang, tellUser, todayIn } from './context';
import { logRows, type LogEntry } from './log';
import { applySheetPlan, findSheet, readHeader, readSheet, zoneOffsetMinutes } from './sheet-io';
import {
  arrangePlanColumns,
  ensureColumnLook,
  ensurePlanLook,
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

export function readSpreadsheet(): Snapshot {
  const ss = SpreadsheetApp.getActive();
  const tz = ss.getSpreadsheetTimeZone() || Session.getScriptTimeZone();
  const offset = zoneOffsetMinutes(tz);
  const found = Object.fromEntries(SHEETS.map((spec) => [spec.key, findSheet(ss, spec)])) as Record<
    SheetKey,
    Sheet | null
  >;
  // The Log only grows and Set up needs only its header: it is the one sheet not read whole.
  const read = Object.fromEntries(
    SHEETS.map((spec) => [
      spec.key,
      spec.key === 'log' ? readHeader(found.log, offset) : readSheet(found[spec.key], offset),
    ]),
  ) as SheetTexts;
  return { ss, tz, found, read };
}

/** Carries out a Set up result, with the Log's new lines in the same write as the rest of that sheet. */
export function applySetup(snap: Snapshot, result: SetupResult, log: LogEntry[]): void {
  const lang = result.settings.language;
  const validations: Record<SheetKey, Record<string, string[]>> = {
    plan: { status: statusLabels(lang) },
    calendar: { kind: PERIOD_KINDS },
    roles: {},
    settings: {},
    log: {},
    state: {},
    templates: { pdf: ['yes', 'no'] },
    register: {},
  };
  if (log.length > 0) {
    const logPlan = result.sheets.find((s) => s.key === 'log')!;
    const rows = logRows(log, snap.tz);
    if (logPlan.create) logPlan.writes[0].values.push(...rows);
    else logPlan.writes.push({ row: snap.found.log!.getLastRow(), col: 0, values: rows });
  }
  const made: Partial<Record<SheetKey, Sheet>> = {};
  for (const spec of SHEETS)
    made[spec.key] = applySheetPlan(
      snap.ss,
      spec,
      result.sheets.find((s) => s.key === spec.key)!,
      snap.found[spec.key],
      lang,
      validations[spec.key],
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
  protectStateSheet(made.state ?? null);
  removeUntouchedDefaultSheet(snap.ss);
}

export function setUpPlan(
  plan: PlanDocument = PLAN_2025_2026,
  options: { interactive?: boolean; restoreMissing?: boolean } = {},
): SetupOutcome {
  const lang0 = rememberedLang();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30000)) {
    if (options.interactive !== false) tellUser('Jospar', t(lang0, 'busy'));
    return { ok: false, report: [t(lang0, 'busy')] };
  }
  try {
    const snap = readSpreadsheet();
    const result = planSetup({
      sheets: snap.read,
      plan,
      today: todayIn(snap.tz),
      defaultLang: lang0,
      restoreMissing: options.restoreMissing,
      suggestedLinks: plan === PLAN_2025_2026 ? SUGGESTED_LINKS_2025_2026 : undefined,
    });
    applySetup(
      snap,
      result,
      result.changed
        ? [
            { action: 'setup', result: result.report.join(' ') },
            ...result.problems.map((p) => ({ action: 'setup', item: `${p.sheet}:${p.row}`, result: p.message })),
          ]
        : [],
    );
    if (options.interactive !== false) tellUser(t(result.settings.language, 'setupTitle'), result.report.join('\n'));
    if (!snap.found.plan) snap.ss.setActiveSheet(findSheet(snap.ss, SHEETS[0])!);
    return { ok: true, report: result.report, result };
  } finally {
    lock.releaseLock();
  }
}
